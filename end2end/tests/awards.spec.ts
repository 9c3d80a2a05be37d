import { APIRequestContext, BrowserContext, expect, test } from '@playwright/test';
import {
  baseUrl, DESKTOP, PHONE, screenshot, sidewaysOverflow, signIn, waitForPage, watchForErrors,
} from './helpers';
import { registerAttendee } from './attendees';

const CATEGORY = 'Best partnership in non-revenue water';

async function checkIn(admin: APIRequestContext, code: string) {
  const res = await admin.post(baseUrl() + '/api/forum/check_in', { form: { code } });
  expect(res.status(), await res.text()).toBe(200);
}

test('the audience votes from phones, the big screen follows live, and the winner is published', async ({ browser }) => {
  test.setTimeout(240_000);
  // The secretariat signs in and checks three new attendees in.
  const adminContext = await browser.newContext({ viewport: DESKTOP });
  const admin = await adminContext.newPage();
  await signIn(admin, process.env.E2E_ADMIN_EMAIL!, process.env.E2E_ADMIN_PASSWORD!);
  const phones: BrowserContext[] = [];
  const codes: string[] = [];
  const badges: string[] = [];
  for (const n of [1, 2, 3]) {
    const phone = await browser.newContext({ viewport: PHONE });
    phones.push(phone);
    const attendee = await registerAttendee(phone.request, `voter${n}`);
    expect(attendee.badge).toMatch(/^[0-9a-f]{32}$/);
    expect(attendee.personal).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    await checkIn(adminContext.request, attendee.badge);
    codes.push(attendee.personal);
    badges.push(attendee.badge);
  }
  const overview = await (await adminContext.request.post(baseUrl() + '/api/awards/overview', { form: {} })).json();
  const category = overview.categories.find((c: { name: string }) => c.name === CATEGORY);
  expect(category.state).toBe('draft');
  const [first, second] = category.nominees as { nomination_id: number; title: string }[];

  // 1. The admin opens the category.
  await admin.goto(baseUrl() + '/awards');
  await waitForPage(admin);
  const section = admin.locator('section.award-category', { has: admin.getByRole('heading', { name: CATEGORY }) });
  await section.getByRole('button', { name: 'Open voting' }).click();
  await expect(section.locator('.award-state')).toHaveText('Voting open');

  // 2. The big screen, in its own context, is loaded once and never reloaded.
  const screenContext = await browser.newContext({ viewport: DESKTOP });
  const screen = await screenContext.newPage();
  const screenProblems = watchForErrors(screen);
  await screen.goto(`${baseUrl()}/awards/${category.id}/screen`);
  await waitForPage(screen);
  await expect(screen.getByRole('heading', { name: CATEGORY })).toBeVisible();
  await expect(screen.getByRole('img', { name: 'QR code of the voting page' })).toBeVisible();
  await expect(screen.locator('.screen__url')).toHaveText(`${baseUrl()}/awards/vote`);
  await screen.evaluate(() => { (window as unknown as { notReloaded: boolean }).notReloaded = true; });
  const count = (nomination: number) => screen.locator(`li[data-nomination="${nomination}"] .screen__count`);
  await expect(count(first.nomination_id)).toHaveText('0');
  await expect(screen.locator('.screen__total')).toHaveText('0 votes cast');

  // 3. Three attendees vote from 360 px phones: two for the first nominee, one for the second.
  const choices = [first, first, second];
  const pages = [];
  for (const [i, phone] of phones.entries()) {
    const page = await phone.newPage();
    pages.push(page);
    if (i === 0) {
      // The first attendee comes from the big screen's QR code and types the personal code
      // from their email; their badge's code is refused (a photographed badge is no ballot).
      await page.goto(`${baseUrl()}/awards/vote`);
      await page.getByLabel('Personal code').fill(badges[i]);
      await page.getByRole('button', { name: 'Open my ballot' }).click();
      await expect(page.locator('#vote-code-message')).toContainText('The code on your badge is not it');
      await page.getByLabel('Personal code').fill(codes[i].toLowerCase().replaceAll('-', ' '));
      await page.getByRole('button', { name: 'Open my ballot' }).click();
      await expect(page).toHaveURL(`${baseUrl()}/awards/vote/${codes[i]}`);
    } else {
      await page.goto(`${baseUrl()}/awards/vote/${codes[i]}`);
    }
    await waitForPage(page);
    const ballot = page.locator('section.ballot__category', { has: page.getByRole('heading', { name: CATEGORY }) });
    await ballot.getByRole('button', { name: choices[i].title }).click();
    await expect(page.locator('.ballot__counted')).toContainText(`Your vote for ${choices[i].title} is counted`);
    await expect(page.getByText('your last vote counts')).toBeVisible();
    await expect(ballot.getByRole('button', { name: choices[i].title })).toHaveAttribute('aria-pressed', 'true');
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
  }
  await screenshot(pages[0], 'awards-vote-phone');
  await expect(screen.locator('.screen__total')).toHaveText('3 votes cast');
  await expect(count(first.nomination_id)).toHaveText('2');
  await expect(count(second.nomination_id)).toHaveText('1');

  // 4. The third attendee changes their vote: the bars follow, still three votes.
  const third = pages[2];
  const ballot = third.locator('section.ballot__category', { has: third.getByRole('heading', { name: CATEGORY }) });
  await ballot.getByRole('button', { name: first.title }).click();
  await expect(third.locator('.ballot__counted')).toContainText(`Your vote for ${first.title} is counted`);
  await expect(count(first.nomination_id)).toHaveText('3');
  await expect(count(second.nomination_id)).toHaveText('0');
  await expect(screen.locator('.screen__total')).toHaveText('3 votes cast');
  expect(await screen.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
  await screenshot(screen, 'awards-big-screen');

  // 5. The admin closes and reveals; the screen says so, and voting is refused.
  await section.getByRole('button', { name: 'Close voting' }).click();
  await expect(section.locator('.award-state')).toHaveText('Voting closed');
  await section.getByRole('button', { name: 'Reveal results' }).click();
  await expect(section.locator('.award-state')).toHaveText('Results revealed');
  await expect(screen.locator('.screen__state')).toHaveText('Results revealed');
  expect(screenProblems).toEqual([]);

  // 6. The public awards page names the winner.
  const visitor = await (await browser.newContext({ viewport: PHONE })).newPage();
  await visitor.goto(baseUrl() + '/awards');
  const published = visitor.locator('section.award-category', { has: visitor.getByRole('heading', { name: CATEGORY }) });
  await expect(published.locator('.award-winner')).toContainText(`Winner: ${first.title}`);
  expect(await sidewaysOverflow(visitor)).toBeLessThanOrEqual(0);
  await screenshot(visitor, 'awards-public-phone');
});
