// Bytes a phone transfers on a first visit to each page (empty cache, compressed as served),
// by type, measured from Chromium's network events. Used by bench/pages.sh.
//   node pages-bench.mjs BASE_URL [--check]   (--check: exit 1 when a page is over its budget)
import { chromium } from '@playwright/test';

const base = process.argv[2];
const check = process.argv.includes('--check');
const EVENT_BUDGET = 100 * 1024;
const OTHER_BUDGET = 200 * 1024;
const ADMIN = { email: process.env.BENCH_ADMIN_EMAIL, password: process.env.BENCH_ADMIN_PASSWORD };

// The pages people use at the Forum, and the rest; `signedIn` pages need the secretariat.
const pages = [
  { path: '/forum', event: true },
  { path: '/forum/confirm', event: true },
  { path: '/awards', event: true },
  { path: '/awards/vote', event: true },
  { path: '/awards/1/screen', event: true },
  { path: '/forum/check-in', event: true, signedIn: true },
  { path: '/' },
  { path: '/partners' },
  { path: '/partners/1' },
  { path: '/partnerships' },
  { path: '/needs' },
  { path: '/library' },
  { path: '/training' },
  { path: '/results' },
  { path: '/stories' },
  { path: '/events' },
  { path: '/sign-in' },
  { path: '/account', signedIn: true },
  { path: '/admin', signedIn: true },
];

const kindOf = (type, mime) => {
  if (type === 'Document') return 'html';
  if (type === 'Stylesheet') return 'css';
  if (type === 'Script') return 'js';
  if (mime.includes('wasm')) return 'wasm';
  return 'other';
};

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run'],
});
let over = 0;
console.log('page'.padEnd(22) + ['total', 'html', 'css', 'js', 'wasm', 'other'].map((h) => h.padStart(9)).join('') + '   budget');
for (const page of pages) {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true });
  if (page.signedIn) {
    const res = await context.request.post(`${base}/api/accounts/sign_in`, {
      form: ADMIN, headers: { origin: base },
    });
    if (!res.ok()) throw new Error(`signing in for ${page.path}: ${res.status()}`);
  }
  const tab = await context.newPage();
  const cdp = await context.newCDPSession(tab);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const kinds = new Map();
  const bytes = { html: 0, css: 0, js: 0, wasm: 0, other: 0 };
  cdp.on('Network.responseReceived', (e) => kinds.set(e.requestId, kindOf(e.type, e.response.mimeType)));
  cdp.on('Network.loadingFinished', (e) => { bytes[kinds.get(e.requestId) ?? 'other'] += e.encodedDataLength; });
  await tab.goto(base + page.path, { waitUntil: 'load' });
  // Whatever the page fetches after load (the WASM, its data) counts too.
  await tab.waitForLoadState('networkidle', { timeout: 15_000 }).catch(() => {});
  const total = Object.values(bytes).reduce((a, b) => a + b, 0);
  const budget = page.event ? EVENT_BUDGET : OTHER_BUDGET;
  const ok = total <= budget;
  if (!ok) over += 1;
  const kb = (n) => `${(n / 1024).toFixed(1)}`.padStart(9);
  console.log(page.path.padEnd(22) + kb(total) + ['html', 'css', 'js', 'wasm', 'other'].map((k) => kb(bytes[k])).join('')
    + `   ${ok ? 'ok' : 'OVER'} (${budget / 1024} KB)`);
  await context.close();
}
await browser.close();
console.log(`${over} of ${pages.length} pages over their budget (event pages ${EVENT_BUDGET / 1024} KB, others ${OTHER_BUDGET / 1024} KB; KB = 1024 bytes, as transferred)`);
if (check && over > 0) process.exit(1);
