// The XSS sweep: signed in as the secretariat, the browser finds every form a person can fill
// (following links from the home page), types script payloads into each text field and submits.
// Then it opens every page it can reach, as the secretariat and as a visitor, and checks that no
// payload ran (`window.__xss` stays unset, no dialog opens) and none reached the page as markup
// (an event-handler attribute, a `javascript:` link, a script without the page's nonce). The CSP
// would stop most injected scripts anyway; the markup check catches the injection behind it.
import { Browser, BrowserContext, Page, expect, test } from '@playwright/test';
import { baseUrl, signIn, signUpInBrowser } from './helpers';

const ADMIN_EMAIL = 'admin@waterlinks.example';
const ADMIN_PASSWORD = 'e2e admin passphrase';

const ONE_LINE = [
  '<script>window.__xss=1</script>',
  '"><img src=x onerror="window.__xss=1">',
  "'><svg onload=window.__xss=1>",
  '</title></script><script>window.__xss=1</script>',
  '<details open ontoggle=window.__xss=1>',
  'javascript:window.__xss=1',
];
const MULTI_LINE = [
  '# Heading <script>window.__xss=1</script>',
  '',
  '[a link](javascript:window.__xss=1) and <a href="jav&#x61;script:window.__xss=1">another</a>',
  '',
  '![picture](x" onerror="window.__xss=1)',
  '',
  '<iframe srcdoc="<script>parent.__xss=1</script>"></iframe> <svg><script>window.__xss=1</script></svg>',
  '',
  '</textarea><img src=x onerror=window.__xss=1>',
].join('\n');

/** Submit buttons the sweep leaves alone: they end, remove or hand over, and type nothing. */
const LEAVE_ALONE =
  /sign out|sign in|close|delete|remove|merge|cancel|do not accept|decline|reject|leave|check in|withdraw|make admin|make member|send back|print|open my ballot|search|filter|^show|password|send the link|resend/i;

/** Addresses the crawl does not open: downloads, the API, static files, signing out. */
const NOT_A_PAGE = /^\/(api|pkg|files|uploads|healthz|metrics)(\/|$)|\.(pdf|ics|csv|xlsx|png|jpe?g|svg|zip|txt|xml|json|webp)$|sign-out/i;

let counter = 0;
const next = () => ++counter;

/** Same pages of one kind (`/partners/7`, `/partners/8`) share a pattern. */
const pattern = (path: string) => path.replace(/\/\d+(?=\/|$)/g, '/N').replace(/\/[A-Za-z0-9_-]{10,}(?=\/|$)/g, '/C');

/** Waits for the page to load and its script to run. */
async function settle(page: Page) {
  await page.waitForLoadState('load');
  await page.locator('html[data-venue="ready"]').waitFor({ state: 'attached', timeout: 30_000 }).catch(() => {});
  await page.waitForTimeout(200);
}

interface Link { path: string; marked: boolean }

async function linksOf(page: Page): Promise<Link[]> {
  const origin = new URL(baseUrl()).origin;
  const raw = await page.$$eval('a[href]', (as) =>
    as.map((a) => ({ href: (a as HTMLAnchorElement).href, text: a.textContent ?? '' })));
  return raw.flatMap(({ href, text }) => {
    let url: URL;
    try { url = new URL(href); } catch { return []; }
    if (url.origin !== origin || NOT_A_PAGE.test(url.pathname)) return [];
    return [{ path: url.pathname, marked: text.includes('__xss') }];
  });
}

/** Opens pages breadth-first from `start`: at most `perPattern` of each kind, except pages that
 *  links showing a payload lead to, which are always opened (up to `limit` pages in all). */
async function crawl(page: Page, start: string[], limit: number, perPattern: number,
  visit: (path: string) => Promise<void>) {
  const seen = new Set<string>();
  const perKind = new Map<string, number>();
  const queue: Link[] = start.map((path) => ({ path, marked: true }));
  let opened = 0;
  while (queue.length > 0 && opened < limit) {
    queue.sort((a, b) => Number(b.marked) - Number(a.marked));
    const link = queue.shift()!;
    if (seen.has(link.path)) continue;
    seen.add(link.path);
    const kind = pattern(link.path);
    const count = perKind.get(kind) ?? 0;
    if (!link.marked && count >= perPattern) continue;
    perKind.set(kind, count + 1);
    const res = await page.goto(baseUrl() + link.path).catch(() => null);
    if (!res || !(res.headers()['content-type'] ?? '').includes('text/html')) continue;
    opened += 1;
    if (process.env.XSS_VERBOSE) console.log(`open ${link.path}`);
    await settle(page);
    await visit(link.path);
    for (const l of await linksOf(page)) if (!seen.has(l.path)) queue.push(l);
  }
  return opened;
}

interface FormSpot { path: string; index: number; action: string; label: string }

/** The forms on the page the sweep fills: posted, with a field to type in, and not one that ends
 *  or removes something. */
async function fillableForms(page: Page, path: string): Promise<FormSpot[]> {
  const forms = await page.$$eval('form', (fs) => fs.map((f, index) => {
    const form = f as HTMLFormElement;
    const button = form.querySelector('button[type="submit"], input[type="submit"], button:not([type])');
    const typed = form.querySelectorAll(
      'textarea, input:not([type]), input[type="text"], input[type="url"], input[type="email"], input[type="search"], input[type="tel"]');
    return {
      index,
      action: form.getAttribute('action') ?? '',
      method: (form.getAttribute('method') ?? 'get').toLowerCase(),
      label: (button?.textContent ?? (button as HTMLInputElement | null)?.value ?? '').trim(),
      typed: typed.length,
      password: !!form.querySelector('input[type="password"]'),
      file: !!form.querySelector('input[type="file"][required]'),
    };
  }));
  return forms
    .filter((f) => f.method === 'post' && f.typed > 0 && !f.password && !f.file && !LEAVE_ALONE.test(f.label))
    .map((f) => ({ path, index: f.index, action: f.action, label: f.label }));
}

/** Fills every field of the form: payloads in text fields, except fields the server refused a
 *  payload in, which step through values a server accepts (`levels`: field → step); other
 *  inputs get a plausible value when empty. */
async function fill(page: Page, spot: FormSpot, levels: Record<string, number>) {
  const n = next();
  await page.locator('form').nth(spot.index).evaluate((f, args) => {
    const { n, oneLine, multiLine, levels } = args;
    const form = f as HTMLFormElement;
    form.noValidate = true;
    let i = 0;
    const set = (el: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, value: string) => {
      el.value = value;
      el.dispatchEvent(new Event('input', { bubbles: true }));
      el.dispatchEvent(new Event('change', { bubbles: true }));
    };
    const pick = <T,>(values: T[], level: number) => values[Math.min(level, values.length) - 1];
    // What a person would type in a field of this name, most likely first.
    const plainValues = (name: string, n: number) => {
      if (/currency/.test(name)) return ['USD'];
      if (/trainers|email/.test(name)) return [args.account];
      if (/^topic$/.test(name)) return ['nrw'];
      if (/date|_on$|^ends|^starts/.test(name)) return /target|end|until/.test(name) ? ['2027-12-31'] : ['2025-01-31'];
      if (/year/.test(name)) return ['2025'];
      if (/value|amount|latitude|longitude|population|connections|weight|sessions/.test(name)) return ['5', '12.5', '1'];
      return [`Plain ${n}`, '5', '2025'];
    };
    for (const el of Array.from(form.elements)) {
      const name = (el as HTMLInputElement).name;
      if (!name) continue;
      const level = levels[name] ?? levels[name.replace(/\[\]$/, '')] ?? 0;
      if (el instanceof HTMLTextAreaElement) {
        set(el, level ? `Plain text ${n}` : `X${n} ${multiLine}`);
      } else if (el instanceof HTMLSelectElement) {
        const options = Array.from(el.options).filter((o) => o.value);
        if (el.multiple && level) options.slice(0, 1).forEach((o) => { o.selected = true; });
        else if (level && options.length) set(el, options[Math.min(level, options.length) - 1].value);
        else if (!el.value && options.length) set(el, options[0].value);
        el.dispatchEvent(new Event('change', { bubbles: true }));
      } else if (el instanceof HTMLInputElement) {
        const type = (el.getAttribute('type') ?? 'text').toLowerCase();
        const payload = oneLine[(n + i++) % oneLine.length];
        if (type === 'email') set(el, level ? args.account : `xss.${n}.${i}@example.org`);
        else if (type === 'url') set(el, level ? 'https://example.org/xss' : payload.startsWith('javascript:') ? payload : `https://example.org/?q=${payload}`);
        else if (['text', 'search', 'tel'].includes(type)) {
          set(el, level ? pick(plainValues(name, n), level) : `X${n} ${payload}`);
        } else if (type === 'number' && (level || !el.value)) set(el, level ? pick(['5', '2025', '1'], level) : '5');
        else if (type === 'date' && (level || !el.value)) set(el, level ? pick(plainValues(name, n), level) : '2027-03-15');
        else if (type === 'datetime-local' && (level || !el.value)) set(el, level ? '2027-03-15T17:30' : '2027-03-15T09:30');
        else if (type === 'time' && (level || !el.value)) set(el, level ? '17:30' : '09:30');
        else if (type === 'checkbox' && (el.required || level)) {
          if (!form.querySelector(`input[type="checkbox"][name="${name}"]:checked`)) el.checked = true;
        } else if (type === 'radio' && !form.querySelector(`input[type="radio"][name="${name}"]:checked`)) el.checked = true;
      }
    }
  }, { n, oneLine: ONE_LINE, multiLine: MULTI_LINE, levels, account: ADMIN_EMAIL });
}

/** Submits the form and reports the fields it was refused for (empty: stored), or the whole
 *  form's refusal. */
async function submit(page: Page, spot: FormSpot, levels: Record<string, number>): Promise<string[] | string> {
  await page.goto(baseUrl() + spot.path);
  await settle(page);
  // Forms come and go as records are added (a commitment brings its own "Remove"): find this
  // one by where it posts and what its button says.
  const here = await fillableForms(page, spot.path);
  const now = here.find((f) => f.action === spot.action && f.label === spot.label);
  if (!now) return 'the form is gone';
  await fill(page, now, levels);
  await page.locator('form').nth(now.index).evaluate((f) => {
    const form = f as HTMLFormElement;
    const button = form.querySelector('button[type="submit"], input[type="submit"], button:not([type])') as HTMLButtonElement | null;
    form.requestSubmit(button ?? undefined);
  });
  await page.waitForLoadState('load');
  await page.waitForTimeout(1_000);
  await page.waitForLoadState('load');
  const refused = await page.$$eval('.field__error[data-field]', (es) => es.map((e) => e.getAttribute('data-field') ?? ''));
  if (refused.length > 0) return refused;
  const alerts = await page.locator('.form__alert').allTextContents();
  return alerts.length > 0 ? alerts.join(' ') : [];
}

interface Finding { path: string; problem: string }

/** What a payload did on the page that is open; and whether the page shows one as text. */
async function inspect(page: Page, path: string, findings: Finding[], dialogs: string[]) {
  const { problems, shows } = await page.evaluate(() => {
    const problems: string[] = [];
    if ((window as unknown as { __xss?: unknown }).__xss) problems.push('a payload ran (window.__xss is set)');
    for (const el of Array.from(document.querySelectorAll('*'))) {
      for (const a of Array.from(el.attributes)) {
        const name = a.name.toLowerCase();
        if (name.startsWith('on') && a.value.includes('__xss')) problems.push(`<${el.tagName.toLowerCase()} ${name}> from a payload in ${el.parentElement?.outerHTML.slice(0, 200)}`);
        if (['href', 'src', 'action', 'formaction', 'xlink:href', 'data'].includes(name) && /^\s*javascript:/i.test(a.value)) {
          problems.push(`<${el.tagName.toLowerCase()} ${name}="${a.value}">`);
        }
        if (name === 'srcdoc') problems.push(`<${el.tagName.toLowerCase()} srcdoc>`);
      }
      if (el instanceof HTMLScriptElement && !el.nonce && (el.textContent ?? '').includes('__xss')) {
        problems.push(`a script element from a payload in ${el.parentElement?.outerHTML.slice(0, 200)}`);
      }
    }
    return { problems, shows: document.body.innerText.includes('__xss') };
  });
  for (const problem of problems) findings.push({ path, problem });
  for (const d of dialogs.splice(0)) findings.push({ path, problem: `a dialog opened: ${d}` });
  return shows;
}

async function watched(browser: Browser, signedIn: boolean) {
  const context: BrowserContext = await browser.newContext();
  const page = await context.newPage();
  // A page that never settles is skipped, not waited on for the whole test.
  page.setDefaultTimeout(20_000);
  page.setDefaultNavigationTimeout(30_000);
  const dialogs: string[] = [];
  const blocked: string[] = [];
  page.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss().catch(() => {}); });
  // An inline script the CSP refused is an injection that reached the page.
  page.on('console', (m) => { if (/Content Security Policy/i.test(m.text())) blocked.push(m.text()); });
  if (signedIn) await signIn(page, ADMIN_EMAIL, ADMIN_PASSWORD);
  return { context, page, dialogs, blocked };
}

test('script typed into any form never runs on any page that shows it', async ({ browser }) => {
  test.setTimeout(30 * 60_000);

  // A visitor's own forms: an account whose name is a payload.
  const visitor = await browser.newContext();
  const signUp = await visitor.newPage();
  await signUpInBrowser(signUp, `Visitor ${ONE_LINE[1]}`, `xss.visitor.${Date.now()}@example.org`);
  await settle(signUp);
  await expect(signUp.getByTestId('account-email')).toBeVisible();
  await visitor.close();

  // The secretariat fills every form it can reach, twice round: forms appear on what the first
  // round created (a partnership's work plan, a category's ballot).
  const admin = await watched(browser, true);
  const done = new Set<string>();
  let stored = 0;
  const refusedFields: string[] = [];
  for (let round = 0; round < 2; round++) {
    const spots: FormSpot[] = [];
    await crawl(admin.page, ['/', '/account', '/admin'], 250, 2, async (path) => {
      for (const spot of await fillableForms(admin.page, path)) {
        const key = `${pattern(path)} ${spot.action} ${spot.label}`;
        if (!done.has(key)) { done.add(key); spots.push(spot); }
      }
    });
    for (const spot of spots) {
      const levels: Record<string, number> = {};
      for (let attempt = 0; attempt < 5; attempt++) {
        const refused = await submit(admin.page, spot, levels).catch((e: Error) => e.message.split('\n')[0]);
        if (process.env.XSS_VERBOSE) console.log(`form ${spot.path} ${spot.label}: ${JSON.stringify(refused)}`);
        if (typeof refused === 'string') break;
        if (refused.length === 0) { stored += 1; break; }
        for (const f of refused) {
          if (!levels[f]) refusedFields.push(`${spot.action} ${f}`);
          levels[f] = (levels[f] ?? 0) + 1;
        }
      }
    }
  }
  test.info().annotations.push({ type: 'forms stored', description: `${stored} of ${done.size}` });
  test.info().annotations.push({ type: 'fields that refused a payload', description: refusedFields.join(', ') });
  // The sweep is only worth something if payloads were stored: a form that refuses every
  // payload would let this test pass without showing anything.
  expect(stored, `forms stored with payloads, of ${done.size}`).toBeGreaterThanOrEqual(20);

  // Every page, as the secretariat and as a visitor.
  const findings: Finding[] = [];
  let showing = 0;
  let opened = 0;
  admin.blocked.splice(0);
  for (const signedIn of [true, false]) {
    const who = signedIn ? admin : await watched(browser, false);
    opened += await crawl(who.page, ['/', '/account', '/admin'], 400, 3, async (path) => {
      if (await inspect(who.page, path, findings, who.dialogs)) showing += 1;
      for (const b of who.blocked.splice(0)) findings.push({ path, problem: `the CSP refused: ${b}` });
    });
    await who.context.close();
  }
  test.info().annotations.push({ type: 'pages', description: `${opened} opened, ${showing} show a payload as text` });
  console.log(`XSS sweep: ${stored} of ${done.size} forms stored payloads; ${opened} pages opened, ${showing} show a payload as text`);
  expect(showing, 'pages that show a payload as text').toBeGreaterThanOrEqual(10);
  expect(findings).toEqual([]);
});
