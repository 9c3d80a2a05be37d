import { APIRequestContext, Page, expect, test } from '@playwright/test';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The server of the current project (one per database, see backends.ts). */
export const baseUrl = (): string => {
  const url = test.info().project.metadata?.baseUrl;
  if (!url) throw new Error('each project names its server in playwright.config.ts');
  return url;
};

/** The project's database, for screenshot names and messages. */
export const backendName = (): string => test.info().project.name;

/**
 * The messages the SMTP sink received for `email` whose subject contains `subject`, waiting up to
 * ten seconds for at least one (headers unfolded, quoted-printable soft breaks undone).
 */
export async function mailFor(email: string, subject: string): Promise<string[]> {
  const folder = join(process.env.E2E_MAILDIR ?? '', 'new');
  const deadline = Date.now() + 10_000;
  for (;;) {
    const found = existsSync(folder)
      ? readdirSync(folder)
          .map((f) => readFileSync(join(folder, f), 'utf8').replace(/\r?\n[ \t]+/g, ' ').replace(/=\r?\n/g, ''))
          .filter((m) => m.includes(email) && (m.match(/^Subject: (.*)$/m)?.[1] ?? '').includes(subject))
      : [];
    if (found.length > 0 || Date.now() > deadline) return found;
    await new Promise((r) => setTimeout(r, 200));
  }
}

export const PHONE = { width: 360, height: 740 };
export const DESKTOP = { width: 1280, height: 900 };

/** Waits until a page's plain script (/js/venue.js, on every page) has run: pages load no WASM. */
export async function waitForPage(page: Page) {
  await expect(page.locator('html[data-venue="ready"]')).toHaveCount(1, { timeout: 30_000 });
}

/** Saves a full-page screenshot under end2end/screenshots/ (ignored by git) for people to look at. */
export async function screenshot(page: Page, name: string) {
  const dir = join(__dirname, '..', 'screenshots');
  mkdirSync(dir, { recursive: true });
  // SQLite keeps the plain name: the screenshots people look at come from the default set-up.
  const suffix = backendName() === 'sqlite' ? '' : `-${backendName()}`;
  await page.screenshot({ path: join(dir, `${name}${suffix}.png`), fullPage: true });
}

/**
 * Collects console errors and uncaught exceptions, so a test can assert the page ran cleanly.
 * A refused form submission (a 4xx answer the test provoked on purpose) is not a problem.
 */
export function watchForErrors(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (msg) => {
    const text = msg.text();
    if (msg.type() === 'error' && !/status of 4\d\d/.test(text)) problems.push(`console at ${page.url()}: ${text}`);
  });
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  // A page must carry its own CSP, whose nonce lets Leptos's inline data scripts run.
  page.on('response', (r) => {
    const html = (r.headers()['content-type'] ?? '').startsWith('text/html');
    if (r.request().resourceType() === 'document' && r.status() === 200 && html
      && !(r.headers()['content-security-policy'] ?? '').includes('nonce-')) {
      problems.push(`page without its CSP nonce: ${r.url()} ${JSON.stringify(r.headers())}`);
    }
  });
  return problems;
}

export const PASSWORD = 'a long enough passphrase';

/** The newest confirmation link emailed to `email` (sign-up, or a change of address). */
export async function confirmationLink(email: string): Promise<string> {
  const messages = await mailFor(email, 'Confirm your');
  expect(messages.length, `a confirmation email to ${email}`).toBeGreaterThan(0);
  const links = messages.map((m) => m.replace(/=3D/g, '=').match(/https?:\/\/\S+\/confirm-email\?token=[0-9a-f]{32}/)?.[0]);
  const link = links.filter((l): l is string => !!l).pop();
  if (!link) throw new Error(`no confirmation link in the mail to ${email}`);
  return link;
}

/**
 * Signs up through the API as a person does: the sign-up emails a link and starts no session,
 * so the emailed link is used and the person signs in. The request context (and its browser
 * context) keeps the session. Answers the account as `/api/accounts/sign_in` does.
 */
export async function signUpConfirmed(api: APIRequestContext, name: string, email: string, password = PASSWORD): Promise<{ id: number; name: string; email: string }> {
  const headers = { origin: baseUrl() };
  const signUp = await api.post(baseUrl() + '/api/accounts/sign_up', { form: { name, email, password }, headers });
  expect(signUp.status(), await signUp.text()).toBe(200);
  const token = new URL(await confirmationLink(email)).searchParams.get('token')!;
  const confirmed = await api.post(baseUrl() + '/api/accounts/confirm_email', { form: { token }, headers });
  expect(confirmed.status(), await confirmed.text()).toBe(200);
  const signedIn = await api.post(baseUrl() + '/api/accounts/sign_in', { form: { email, password }, headers });
  expect(signedIn.status(), await signedIn.text()).toBe(200);
  return signedIn.json();
}

/** Opens the emailed confirmation link in `page` and presses its button. */
export async function confirmInBrowser(page: Page, email: string) {
  await page.goto(await confirmationLink(email));
  await waitForPage(page);
  await page.getByRole('button', { name: 'Confirm my email address' }).click();
  await expect(page.getByText('Your email address is confirmed.')).toBeVisible();
}

/**
 * Signs up through the sign-up page, opens the emailed link, confirms and signs in, as a person
 * does; ends on the account page.
 */
export async function signUpInBrowser(page: Page, name: string, email: string, password = PASSWORD) {
  await page.goto(baseUrl() + '/sign-up');
  await waitForPage(page);
  await page.getByLabel('Your name').fill(name);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.locator('#sign-up-sent')).toContainText(`We sent a link to ${email.toLowerCase()}.`);
  await confirmInBrowser(page, email.toLowerCase());
  await signIn(page, email.toLowerCase(), password);
}

/** Signs in through the sign-in page and waits for the account page. */
export async function signIn(page: Page, email: string, password: string) {
  await page.goto(baseUrl() + '/sign-in');
  await waitForPage(page);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByTestId('account-email')).toHaveText(email);
}

/** How far the page is wider than the screen (0 when nothing scrolls sideways). */
export async function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}
