// Issue 20's walk through trust and mail, in Chromium on each database: a newcomer proves their
// address, asks to join an organization, is approved by its admin and only then reads what the
// network keeps to its members; the secretariat sees the approval in the audit trail. And a
// Forum registration made while the mail server is down answers at once; its mail arrives later.
import { Browser, BrowserContext, Page, expect, test } from '@playwright/test';
import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { backends } from '../backends';
import { baseUrl, mailFor, signIn, screenshot, waitForPage, watchForErrors } from './helpers';

const PASSWORD = 'a long enough passphrase';
const MEMBERS_ONLY = 'Asset Management Manual: From Register to Renewal Plan';
const ORGANIZATION = 'Davao City Water District';

/** The first link in `message` whose path starts with `path`. */
function linkIn(message: string, path: string): string {
  const unfolded = message.replace(/=3D/g, '=');
  const found = unfolded.match(new RegExp(`https?://[^\\s"<>]+${path.replace(/[?]/g, '\\?')}[^\\s"<>]*`));
  expect(found, `a ${path} link in:\n${unfolded.slice(0, 2000)}`).not.toBeNull();
  return found![0];
}

async function signUp(page: Page, name: string, email: string) {
  await page.goto(baseUrl() + '/sign-up');
  await waitForPage(page);
  await page.getByLabel('Your name').fill(name);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.locator('#sign-up-sent')).toContainText(`We sent a link to ${email}`);
}

async function confirmFromMail(page: Page, email: string) {
  const [message] = await mailFor(email, 'Confirm');
  expect(message, `a confirmation email to ${email}`).toBeTruthy();
  await page.goto(linkIn(message, '/confirm-email?token='));
  await waitForPage(page);
  const confirm = page.getByRole('button', { name: /Confirm/ });
  if (await confirm.count()) await confirm.first().click();
  await expect(page.locator('#email-confirmed')).toContainText('Your email address is confirmed');
}

/** Whether a library search for the members-only manual finds it. */
async function seesMembersOnly(page: Page): Promise<boolean> {
  await page.goto(`${baseUrl()}/library?q=${encodeURIComponent('Asset Management Manual')}`);
  await waitForPage(page);
  return (await page.getByRole('link', { name: MEMBERS_ONLY }).count()) > 0;
}

async function organizationPath(page: Page): Promise<string> {
  await page.goto(`${baseUrl()}/partners?q=${encodeURIComponent(ORGANIZATION)}`);
  await waitForPage(page);
  const href = await page.getByRole('link', { name: ORGANIZATION, exact: true }).first().getAttribute('href');
  expect(href).toMatch(/^\/partners\/\d+$/);
  return href!;
}

test('a newcomer confirms their email, is approved by an organization admin and only then reads members-only content; the audit shows it', async ({ browser }) => {
  test.setTimeout(180_000);
  const stamp = `${Date.now()}.${Math.floor(Math.random() * 1e6)}`;
  const newcomer = { name: 'Nguyen Thi Lan', email: `lan.${stamp}@e2e.example` };
  const orgAdmin = { name: 'Ramon Dela Cruz', email: `ramon.${stamp}@e2e.example` };

  // 1. The newcomer signs up: no session, a confirmation email.
  const n: BrowserContext = await browser.newContext();
  const page = await n.newPage();
  const problems = watchForErrors(page);
  await signUp(page, newcomer.name, newcomer.email);
  await screenshot(page, 'sign-up-check-your-email');

  // 2. Signed in but unconfirmed, the newcomer is a visitor: the members-only manual stays hidden.
  await signIn(page, newcomer.email, PASSWORD);
  await expect(page.locator('#email-not-confirmed')).toContainText('Your email address is not confirmed yet');
  expect(await seesMembersOnly(page)).toBe(false);

  // 3. The emailed link confirms the address; confirmed alone is still not a member.
  await confirmFromMail(page, newcomer.email);
  expect(await seesMembersOnly(page)).toBe(false);

  // 4. The newcomer asks to join the organization.
  const orgPath = await organizationPath(page);
  await page.goto(baseUrl() + orgPath);
  await waitForPage(page);
  await page.getByRole('button', { name: 'Ask to join this organization' }).click();
  await expect(page.getByText(/Your request to join .* is waiting for a decision/)).toBeVisible();

  // 5. The organization's admin (made so by the secretariat) approves it.
  const secretariat = await browser.newContext();
  const s = await secretariat.newPage();
  await signIn(s, process.env.E2E_ADMIN_EMAIL!, process.env.E2E_ADMIN_PASSWORD!);
  const a = await (await browser.newContext()).newPage();
  await signUp(a, orgAdmin.name, orgAdmin.email);
  await confirmFromMail(a, orgAdmin.email);
  const accounts = await (await s.request.post(baseUrl() + '/api/admin/accounts', { form: { search: orgAdmin.email } })).json();
  const adminAccount = accounts.find((x: { email: string }) => x.email === orgAdmin.email);
  const organizationId = orgPath.split('/').pop()!;
  const made = await s.request.post(baseUrl() + '/api/admin/set_membership', {
    form: { account_id: String(adminAccount.id), organization_id: organizationId, is_admin: 'true' },
  });
  expect(made.status(), await made.text()).toBe(200);
  await signIn(a, orgAdmin.email, PASSWORD);
  await a.goto(baseUrl() + orgPath);
  await waitForPage(a);
  await expect(a.getByRole('heading', { name: /Requests to join/ })).toBeVisible();
  await screenshot(a, 'organization-join-requests');
  await a.getByRole('button', { name: `Approve ${newcomer.name}` }).click();
  await expect(a.getByRole('button', { name: `Approve ${newcomer.name}` })).toHaveCount(0);

  // 6. The newcomer is told by email, and now reads members-only content.
  const [approved] = await mailFor(newcomer.email, 'approved');
  expect(approved).toContain(ORGANIZATION);
  expect(await seesMembersOnly(page)).toBe(true);

  // 7. The secretariat sees who approved whom in the audit trail.
  await s.goto(baseUrl() + '/admin');
  await waitForPage(s);
  const trail = s.locator('section', { has: s.getByRole('heading', { name: 'Audit trail' }) });
  const row = trail.locator('tr', { hasText: newcomer.name }).filter({ hasText: 'Membership approved' });
  await expect(row.first()).toBeVisible();
  await expect(row.first()).toContainText(orgAdmin.name);
  await screenshot(s, 'admin-audit-trail');
  expect(problems).toEqual([]);
});

/** A server of its own on a fresh copy of the demo (own data dir, own PostgreSQL database), whose mail goes to `smtpPort`. */
function ownServer(port: number, smtpPort: number): { server: () => ChildProcess; stop: () => void } {
  const root = resolve(__dirname, '..', '..');
  const bin = process.env.E2E_SERVER_BIN ?? join(root, 'target/release/waterlinks');
  const backend = backends().find((b) => b.name === test.info().project.name.replace('-xss', ''))!;
  const dataDir = mkdtempSync(join(tmpdir(), 'waterlinks-e2e-mail-'));
  let databaseUrl = '';
  if (backend.databaseUrl) {
    const url = new URL(backend.databaseUrl);
    url.pathname = `/wl_e2e_mail_${port}`;
    databaseUrl = url.toString();
    const admin = process.env.TEST_DATABASE_URL!;
    for (const sql of [`DROP DATABASE IF EXISTS "wl_e2e_mail_${port}" WITH (FORCE)`, `CREATE DATABASE "wl_e2e_mail_${port}"`]) {
      execFileSync('psql', [admin, '-q', '-c', sql], { stdio: 'inherit' });
    }
  }
  const env = {
    ...process.env,
    WATERLINKS_DATA_DIR: dataDir,
    WATERLINKS_LISTEN_ADDR: `127.0.0.1:${port}`,
    WATERLINKS_PUBLIC_BASE_URL: `http://127.0.0.1:${port}`,
    WATERLINKS_SITE_ROOT: join(root, 'target/site'),
    DATABASE_URL: databaseUrl,
    WATERLINKS_SMTP__HOST: '127.0.0.1',
    WATERLINKS_SMTP__PORT: String(smtpPort),
    WATERLINKS_SMTP__FROM: 'WaterLinks Hub <no-reply@waterlinks.example>',
    WATERLINKS_SMTP__TLS: 'none',
    // Retries soon after the mail server comes back, as a short outage at the venue needs.
    WATERLINKS_SMTP__RETRY_FIRST_SECS: '2',
    WATERLINKS_SMTP__RETRY_MAX_SECS: '5',
  };
  execFileSync(bin, ['seed-demo'], { env, cwd: root, stdio: 'ignore' });
  let child: ChildProcess | undefined;
  return {
    server: () => (child = spawn(bin, ['serve'], { env, cwd: root, stdio: ['ignore', 'ignore', 'inherit'] })),
    stop: () => {
      child?.kill('SIGTERM');
      if (databaseUrl) setTimeout(() => {
        try { execFileSync('psql', [process.env.TEST_DATABASE_URL!, '-q', '-c', `DROP DATABASE IF EXISTS "wl_e2e_mail_${port}" WITH (FORCE)`]); } catch { /* left for the next run */ }
      }, 500);
    },
  };
}

function sink(port: number, maildir: string): ChildProcess {
  return spawn('/usr/bin/python3', ['-m', 'aiosmtpd', '-n', '-l', `127.0.0.1:${port}`, '-c', 'aiosmtpd.handlers.Mailbox', maildir], { stdio: 'ignore' });
}

function received(maildir: string, email: string, subject: string): string[] {
  const folder = join(maildir, 'new');
  return existsSync(folder)
    ? readdirSync(folder).map((f) => readFileSync(join(folder, f), 'utf8').replace(/\r?\n[ \t]+/g, ' '))
      .filter((m) => m.includes(email) && (m.match(/^Subject: (.*)$/m)?.[1] ?? '').includes(subject))
    : [];
}

test('a Forum registration answers at once while the mail server is down, and its email arrives when it is back', async ({ browser }: { browser: Browser }) => {
  test.setTimeout(240_000);
  const port = 40000 + Math.floor(Math.random() * 10000);
  const smtpPort = port + 10000;
  const maildir = join(mkdtempSync(join(tmpdir(), 'waterlinks-e2e-sink-')), 'maildir');
  const own = ownServer(port, smtpPort);
  own.server();
  let mailServer: ChildProcess | undefined;
  try {
    const url = `http://127.0.0.1:${port}`;
    await expect.poll(async () => { try { return (await fetch(url + '/healthz')).ok; } catch { return false; } },
      { timeout: 30_000, intervals: [200] }).toBe(true);
    const email = `ana.offline.${Date.now()}@e2e.example`;
    const g = await (await browser.newContext()).newPage();
    await g.goto(url + '/forum');
    await waitForPage(g);
    await g.getByLabel('Name (as on your badge)').fill('Ana Reyes');
    await g.getByLabel('Email').fill(email);
    await g.getByLabel('Organization', { exact: true }).fill(ORGANIZATION);
    await g.getByLabel('I am attending as').selectOption('utility');
    await g.locator('fieldset', { hasText: 'welcome dinner' }).getByLabel('No').check();
    await g.getByLabel('Which field visit').selectOption('No field visit');
    const asked = Date.now();
    await g.getByRole('button', { name: 'Register' }).click();
    // The mail server is down: the page still answers, without waiting for it.
    await expect(g.locator('#forum-registered')).toContainText('emailed a confirmation link', { timeout: 5_000 });
    expect(Date.now() - asked).toBeLessThan(5_000);

    await new Promise((r) => setTimeout(r, 30_000));
    expect(received(maildir, email, 'Confirm your registration')).toEqual([]);
    mailServer = sink(smtpPort, maildir);
    await expect.poll(() => received(maildir, email, 'Confirm your registration').length,
      { timeout: 30_000, intervals: [500] }).toBe(1);
  } finally {
    mailServer?.kill('SIGTERM');
    own.stop();
  }
});
