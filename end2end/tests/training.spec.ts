import { test, expect, Browser, BrowserContext, Page } from '@playwright/test';
import {
  baseUrl, DESKTOP, mailFor, PHONE, screenshot, sidewaysOverflow, signIn, signUpConfirmed, waitForPage, watchForErrors,
} from './helpers';
import { sessionNow } from './sessions';

/** A signed-up person in their own browser context (the cookie stays with the context). */
async function person(browser: Browser, name: string, viewport = DESKTOP): Promise<{ context: BrowserContext; page: Page; id: number; email: string }> {
  const context = await browser.newContext({ viewport, acceptDownloads: true });
  const email = `${name.toLowerCase().replace(/[^a-z]/g, '.')}.${Date.now()}@e2e.example`;
  const user = await signUpConfirmed(context.request, name, email);
  return { context, page: await context.newPage(), id: user.id, email };
}

test('a member waits for a full program, gets the freed place by email, completes it and proves it', async ({ browser }) => {
  test.setTimeout(180_000);
  const admin = await browser.newContext({ viewport: DESKTOP });
  const a = await admin.newPage();
  await signIn(a, process.env.E2E_ADMIN_EMAIL!, process.env.E2E_ADMIN_PASSWORD!);
  const trainer = await person(browser, 'Rosa Dizon');
  const first = await person(browser, 'Sok Dara');
  const waiting = await person(browser, 'Nguyen Thi Lan', PHONE);
  const res = await admin.request.post(baseUrl() + '/api/admin/set_role', {
    form: { account_id: String(trainer.id), role: 'trainer', granted: 'true' },
    headers: { origin: baseUrl() },
  });
  expect(res.status()).toBe(200);
  const problems = watchForErrors(waiting.page);

  // 1. The secretariat creates a one-place program with the trainer, and a session running now.
  const title = `Leak detection in the field ${Date.now()}`;
  await a.goto(baseUrl() + '/training/new');
  await waitForPage(a);
  await a.getByLabel('Title').fill(title);
  await a.getByLabel('What participants learn').fill('Acoustic leak detection: listening sticks, correlators and step tests.');
  await a.getByLabel('Format').selectOption('in_person');
  const session = sessionNow();
  await a.getByLabel('Venue time zone').selectOption(session.zone);
  await a.getByLabel('Venue', { exact: true }).fill('Davao City Water District training centre');
  await a.getByLabel('Places').fill('1');
  await a.getByLabel('Main topic').selectOption('nrw');
  await a.getByLabel("Trainers' emails").fill(trainer.email);
  await a.getByRole('button', { name: 'Save the program' }).click();
  await expect(a).toHaveURL(/\/training\/\d+$/);
  const programUrl = a.url();
  await a.getByLabel('Day').fill(session.day);
  await a.getByLabel('Starts').fill(session.starts);
  await a.getByLabel('Ends').fill(session.ends);
  await a.getByRole('button', { name: 'Add the session' }).click();
  await expect(a.locator('.session-list li')).toHaveCount(1);

  // 2. The only place goes to the first member; the next lands on the waitlist, on a phone.
  await first.page.goto(programUrl);
  await waitForPage(first.page);
  await first.page.getByRole('button', { name: 'Enrol' }).click();
  await expect(first.page.getByText('You have a place.')).toBeVisible();

  const w = waiting.page;
  await w.goto(programUrl);
  await waitForPage(w);
  await w.getByRole('button', { name: 'Join the waitlist' }).click();
  await expect(w.getByText('You are number 1 on the waitlist')).toBeVisible();
  expect(await sidewaysOverflow(w)).toBeLessThanOrEqual(0);
  await screenshot(w, 'training-waitlist-360');

  // 3. The first member cancels: the place passes on, and the email reaches the mail server.
  await first.page.getByRole('button', { name: 'Cancel my place' }).click();
  await expect(first.page.getByRole('button', { name: 'Join the waitlist' })).toBeVisible();
  const mails = await mailFor(waiting.email, 'Your place in');
  expect(mails, 'the promotion email').toHaveLength(1);
  expect(mails[0]).toContain(programUrl.replace(/^https?:\/\/[^/]+/, ''));
  await w.reload();
  await waitForPage(w);
  await expect(w.getByText('You have a place.')).toBeVisible();

  // 4. The trainer marks attendance; the rule (all sessions) completes the program.
  const t = trainer.page;
  await t.goto(programUrl);
  await waitForPage(t);
  const row = t.locator('tr', { hasText: 'Nguyen Thi Lan' });
  const toggle = row.getByRole('button', { name: /^Present: Nguyen Thi Lan/ });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(row.locator('td').last()).toHaveText('Yes');
  await screenshot(t, 'training-trainer-1280');

  // 5. The member downloads the certificate, and its verification page confirms it.
  await w.reload();
  await waitForPage(w);
  await expect(w.getByText('You have completed this program.')).toBeVisible();
  const [download] = await Promise.all([
    w.waitForEvent('download'),
    w.getByRole('link', { name: 'Download your certificate (PDF)' }).click(),
  ]);
  const pdf = await download.path();
  const { readFileSync } = await import('node:fs');
  expect(readFileSync(pdf!).subarray(0, 5).toString()).toBe('%PDF-');
  await w.getByRole('link', { name: 'Verification page' }).click();
  await expect(w.getByRole('heading', { name: 'Valid certificate' })).toBeVisible();
  await expect(w.locator('.panel--success')).toContainText('Nguyen Thi Lan');
  await expect(w.locator('.panel--success')).toContainText(title);
  await screenshot(w, 'certificate-360');

  // 6. The evaluation, once; the trainers see it add up.
  await w.goto(programUrl);
  await waitForPage(w);
  for (const question of ['The content was relevant to my work', 'The trainers explained things clearly', 'I will apply what I learned at my utility']) {
    await w.getByRole('group', { name: question }).getByLabel('5').check();
  }
  await w.getByLabel('Comments (optional)').fill('The correlator practice on real mains was excellent.');
  await w.getByRole('button', { name: 'Send my evaluation' }).click();
  await expect(w.getByText('Thank you for your evaluation.')).toBeVisible();
  await t.goto(programUrl + '/evaluations');
  await expect(t.getByText('1 of 1 people who completed the program answered.')).toBeVisible();
  await expect(t.getByText('Average 5 of 5').first()).toBeVisible();

  expect(problems).toEqual([]);
  for (const c of [admin, trainer.context, first.context, waiting.context]) await c.close();
});

test('visitors browse the catalogue on a phone and take a session to their calendar', async ({ page }) => {
  const problems = watchForErrors(page);
  await page.setViewportSize(PHONE);
  await page.goto(baseUrl() + '/training');
  await waitForPage(page);
  await expect(page.getByRole('heading', { name: 'Designing district metered areas for non-revenue water reduction' })).toBeVisible();
  // Past programs are apart.
  await expect(page.getByText('Energy audits for pumping stations')).toHaveCount(0);
  await page.getByLabel('When').selectOption('past');
  await page.getByRole('button', { name: 'Show programs' }).click();
  await expect(page.getByText('Energy audits for pumping stations')).toBeVisible();
  await page.getByLabel('When').selectOption('upcoming');
  await page.getByLabel('Format').selectOption('online');
  await page.getByRole('button', { name: 'Show programs' }).click();
  await expect(page.getByText('Water safety planning: from risk assessment to verification')).toBeVisible();
  await expect(page.getByText('Designing district metered areas')).toHaveCount(0);
  // Times in the reader's own zone appear once the page is live.
  await expect(page.locator('.local-time').first()).toContainText('Your time:');
  expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
  await screenshot(page, 'training-catalogue-360');
  await page.getByRole('link', { name: 'Water safety planning: from risk assessment to verification' }).click();
  await expect(page.getByRole('main').getByRole('link', { name: 'Sign in' })).toBeVisible();
  const ics = page.getByRole('link', { name: 'Add to my calendar (.ics)' }).first();
  const res = await page.request.get(baseUrl() + (await ics.getAttribute('href')));
  expect(res.headers()['content-type']).toContain('text/calendar');
  expect(await res.text()).toContain('BEGIN:VEVENT');
  expect(problems).toEqual([]);
});
