import { test, expect, Browser } from '@playwright/test';
import { baseUrl, DESKTOP, PHONE, screenshot, sidewaysOverflow, signIn, signUpConfirmed, waitForPage, watchForErrors } from './helpers';

/** A signed-up member in a phone-sized browser, made a facilitator by the secretariat admin. */
async function facilitator(browser: Browser) {
  const admin = await browser.newContext({ viewport: DESKTOP });
  const a = await admin.newPage();
  await signIn(a, process.env.E2E_ADMIN_EMAIL!, process.env.E2E_ADMIN_PASSWORD!);
  const context = await browser.newContext({ viewport: PHONE });
  const email = `fac.${Date.now()}.${Math.floor(Math.random() * 1e6)}@e2e.example`;
  const user = await signUpConfirmed(context.request, 'Maria Santos', email);
  const granted = await admin.request.post(baseUrl() + '/api/admin/set_role', {
    form: { account_id: String(user.id), role: 'facilitator', granted: 'true' },
    headers: { origin: baseUrl() },
  });
  expect(granted.status()).toBe(200);
  await admin.close();
  return { context, page: await context.newPage() };
}

test('a facilitator publishes a story from a partnership and it shows the figures, on a phone', async ({ browser }) => {
  test.setTimeout(180_000);
  const { context, page } = await facilitator(browser);
  const problems = watchForErrors(page);
  const title = `Zamboanga cuts its water losses ${Date.now()}`;

  await page.goto(baseUrl() + '/stories/new');
  await waitForPage(page);
  const option = page.locator('#story-partnership_id option', { hasText: 'Zamboanga City Water District' }).first();
  const value = await option.getAttribute('value');
  expect(value).toBeTruthy();
  await page.getByLabel('Partnership').selectOption(value!);
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('Summary').fill('District metering cut non-revenue water by a third.');
  await page.getByLabel('The story').fill('It began with **two DMAs**.\n\n<script>window.hacked = 1</script>\n\n[bad](javascript:window.hacked=2)');
  await page.getByLabel('Countries').fill('Philippines');
  await page.getByLabel('Topic').selectOption('nrw');
  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(page).toHaveURL(/\/stories\/\d+$/);
  const storyUrl = page.url();
  await expect(page.getByText('Status: Draft')).toBeVisible();

  // Hidden from visitors while a draft.
  const hidden = await browser.newContext();
  expect((await hidden.request.get(storyUrl)).status()).toBe(404);

  await page.getByRole('button', { name: 'Submit for review' }).click();
  await expect(page.getByText('Status: In review')).toBeVisible();
  await page.getByRole('button', { name: 'Publish' }).click();
  await expect(page.getByText('Status:')).toHaveCount(0);

  // A visitor sees the partnership's figures: baseline, target and achieved, with units.
  const visitor = await hidden.newPage();
  await visitor.setViewportSize(PHONE);
  await visitor.goto(storyUrl);
  await waitForPage(visitor);
  await expect(visitor.getByRole('heading', { level: 1 })).toHaveText(title);
  const figure = visitor.locator('.figure', { hasText: 'Non-revenue water' });
  await expect(figure).toContainText('52 %');
  await expect(figure).toContainText('35 %');
  await expect(figure).toContainText('36.5 %');
  await expect(visitor.locator('.story__body strong')).toHaveText('two DMAs');
  expect(await visitor.evaluate(() => (window as unknown as { hacked?: number }).hacked)).toBeUndefined();
  await expect(visitor.locator('.story__body a[href^="javascript"]')).toHaveCount(0);
  await expect(visitor.locator('meta[property="og:title"]')).toHaveAttribute('content', title);
  expect(await sidewaysOverflow(visitor)).toBeLessThanOrEqual(0);
  await screenshot(visitor, 'story-phone');

  // The Atom feed lists it.
  const feed = await visitor.request.get(baseUrl() + '/feed.atom');
  expect(feed.status()).toBe(200);
  expect(feed.headers()['content-type']).toContain('application/atom+xml');
  const xml = await feed.text();
  expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
  expect(xml).toContain(title);
  expect(xml).toContain(storyUrl);
  expect(problems).toEqual([]);
  await context.close();
  await hidden.close();
});

test('events show in a month calendar and as calendar files, on a phone', async ({ browser }) => {
  const context = await browser.newContext({ viewport: PHONE });
  const page = await context.newPage();
  await page.goto(baseUrl() + '/events?view=upcoming');
  await waitForPage(page);
  const card = page.locator('.card', { hasText: 'Asia Water Forum' }).first();
  await expect(card).toBeVisible();
  const href = await card.getByRole('link', { name: 'Add to calendar (.ics)' }).getAttribute('href');
  expect(href).toMatch(/^\/events\/\d+\/event\.ics$/);
  const ics = await page.request.get(baseUrl() + href!);
  expect(ics.status()).toBe(200);
  const text = await ics.text();
  expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
  expect(text.trimEnd().endsWith('END:VCALENDAR')).toBe(true);
  expect(text).toContain('BEGIN:VEVENT');
  expect(text).toMatch(/DTSTART;VALUE=DATE:\d{8}\r\n/);
  expect(text).toContain('SUMMARY;LANGUAGE=en:Asia Water Forum');
  expect((await page.request.get(baseUrl() + '/events/999999/event.ics')).status()).toBe(404);
  const feed = await page.request.get(baseUrl() + '/events.ics');
  expect(await feed.text()).toContain('SUMMARY;LANGUAGE=en:Singapore International Water Week');

  // The month of the Asia Water Forum, as a calendar that stacks on a phone.
  const start = text.match(/DTSTART;VALUE=DATE:(\d{4})(\d{2})/)!;
  await page.goto(`${baseUrl()}/events?view=calendar&month=${start[1]}-${start[2]}`);
  await waitForPage(page);
  await expect(page.locator('.calendar__grid caption')).toBeVisible();
  await expect(page.locator('.calendar__event', { hasText: 'Asia Water Forum' }).first()).toBeVisible();
  expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
  await screenshot(page, 'events-phone');
  await context.close();
});
