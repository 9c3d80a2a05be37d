// Bytes a phone transfers on a first visit to each page (empty cache, compressed as served),
// by type, measured from Chromium's network events. Used by bench/pages.sh.
//   node pages-bench.mjs BASE_URL [--check]   (--check: exit 1 when a page is over its budget)
import { chromium } from '@playwright/test';
import { execFileSync } from 'node:child_process';

const base = process.argv[2];
const check = process.argv.includes('--check');
const EVENT_BUDGET = 100 * 1024;
const OTHER_BUDGET = 200 * 1024;
const ADMIN = { email: process.env.BENCH_ADMIN_EMAIL, password: process.env.BENCH_ADMIN_PASSWORD };

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run'],
});

// An attendee (a member registered for the Forum) for the badge, the ballot and "my agenda".
const ATTENDEE = { email: `bench.${Date.now()}@bench.example`, password: 'a long enough passphrase' };
const attendee = await (async () => {
  const context = await browser.newContext();
  const api = context.request;
  const headers = { origin: base };
  const signUp = await api.post(`${base}/api/accounts/sign_up`, { form: { name: 'Lê Thị Mai', ...ATTENDEE }, headers });
  if (!signUp.ok()) throw new Error(`signing up the bench attendee: ${signUp.status()}`);
  // Sign-up emails a link (to the outbox: the bench server has no mail server) and starts no
  // session; a confirmed member's Forum registration is confirmed at once.
  const token = execFileSync('python3', ['-c', `import re, sqlite3, sys
import time
for _ in range(200):  # the sign-up writes its message just after answering
    row = sqlite3.connect(sys.argv[1]).execute("SELECT body FROM outbox_message WHERE recipient = ? ORDER BY id DESC", (sys.argv[2],)).fetchone()
    if row: break
    time.sleep(0.05)
print(re.search(r"/confirm-email\\?token=([0-9a-f]+)", row[0]).group(1))`, process.env.BENCH_DB, ATTENDEE.email]).toString().trim();
  const confirmed = await api.post(`${base}/api/accounts/confirm_email`, { form: { token }, headers });
  if (!confirmed.ok()) throw new Error(`confirming the bench attendee: ${confirmed.status()}`);
  const signedIn = await api.post(`${base}/api/accounts/sign_in`, { form: ATTENDEE, headers });
  if (!signedIn.ok()) throw new Error(`signing in the bench attendee: ${signedIn.status()}`);
  const edition = await (await api.post(`${base}/api/forum/edition`, { form: {}, headers })).json();
  const form = { name: 'Lê Thị Mai', email: ATTENDEE.email, organization: 'Da Nang Water Supply JSC', attendee_type: 'utility' };
  for (const q of edition.questions) {
    if (q.shown_if) continue;
    if (q.kind === 'yes_no') form[`answers[q${q.id}]`] = 'no';
    else if (q.kind === 'choice') form[`answers[q${q.id}]`] = q.choices[q.choices.length - 1];
    else if (q.required) form[`answers[q${q.id}]`] = 'None';
  }
  const registered = await api.post(`${base}/api/forum/register`, { form, headers });
  if (!registered.ok()) throw new Error(`registering the bench attendee: ${registered.status()}`);
  const body = await registered.json();
  await context.close();
  return { badge: body.badge_code, personal: body.personal_code };
})();

// The pages people use at the Forum, and the rest; `signedIn` pages need the secretariat,
// `asAttendee` ones the attendee.
const pages = [
  { path: '/forum', event: true },
  { path: '/forum', event: true, asAttendee: true, label: '/forum (my agenda)' },
  { path: `/forum/badge/${attendee.badge}`, event: true, label: '/forum/badge/…' },
  { path: `/awards/vote/${attendee.personal}`, event: true, label: '/awards/vote/… (ballot)' },
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

let over = 0;
const failed = [];
console.log('page'.padEnd(26) + ['total', 'html', 'css', 'js', 'wasm', 'other'].map((h) => h.padStart(9)).join('') + '   budget');
for (const page of pages) {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true });
  if (page.signedIn || page.asAttendee) {
    const res = await context.request.post(`${base}/api/accounts/sign_in`, {
      form: page.asAttendee ? ATTENDEE : ADMIN, headers: { origin: base },
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
  if (!ok) failed.push(page.label ?? page.path);
  const kb = (n) => `${(n / 1024).toFixed(1)}`.padStart(9);
  console.log((page.label ?? page.path).padEnd(26) + kb(total) + ['html', 'css', 'js', 'wasm', 'other'].map((k) => kb(bytes[k])).join('')
    + `   ${ok ? 'ok' : 'OVER'} (${budget / 1024} KB)`);
  await context.close();
}
await browser.close();
console.log(`${over} of ${pages.length} pages over their budget (event pages ${EVENT_BUDGET / 1024} KB, others ${OTHER_BUDGET / 1024} KB; KB = 1024 bytes, as transferred)`);
if (check && failed.length > 0) {
  console.log(`over budget: ${failed.join(', ')}`);
  process.exit(1);
}
