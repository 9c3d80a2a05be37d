// No barrier for anyone: axe-core on the pages people reach, on a phone and a desktop, signed
// out and as the secretariat; and the event pages' actions done with the keyboard alone.
import AxeBuilder from '@axe-core/playwright';
import { Locator, Page, expect, test } from '@playwright/test';
import { baseUrl, DESKTOP, PHONE, sidewaysOverflow, signIn, signUpConfirmed, waitForPage } from './helpers';
import { newAttendee, openCategory, registerAttendee } from './attendees';

const PUBLIC_PAGES = [
  '/', '/forum', '/awards', '/awards/vote', '/forum/confirm?token=0123456789abcdef0123456789abcdef',
  '/partners', '/partnerships', '/needs', '/results', '/training', '/library', '/stories', '/news', '/events',
  '/contact', '/developers', '/sign-in', '/sign-up', '/forgot-password', '/no-such-page',
];
const SECRETARIAT_PAGES = ['/forum/check-in', '/forum/admin', '/awards/jury', '/account', '/admin'];

/** One detail page of each kind, found from its list (ids differ between databases). */
async function detailPages(page: Page): Promise<string[]> {
  const found: string[] = [];
  for (const list of ['/partners', '/partnerships', '/needs', '/training', '/library', '/stories', '/news']) {
    await page.goto(baseUrl() + list);
    const href = await page.locator(`main a[href^="${list}/"]`).evaluateAll((links) =>
      links.map((l) => l.getAttribute('href')!).find((h) => /^\/[a-z]+\/\d+$/.test(h)));
    if (href) found.push(href);
  }
  expect(found.length, `detail pages found: ${found.join(', ')}`).toBeGreaterThanOrEqual(6);
  return found;
}

async function violations(page: Page, path: string): Promise<string[]> {
  await page.goto(baseUrl() + path);
  await waitForPage(page);
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations.map((v) => `${path}: ${v.id} (${v.impact}) ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

for (const [size, viewport] of [['phone', PHONE], ['desktop', DESKTOP]] as const) {
  test(`axe finds no violation on the pages a visitor and an attendee reach (${size})`, async ({ browser }) => {
    test.setTimeout(240_000);
    const a = await newAttendee(browser, 'access');
    const category = await openCategory(browser);
    const page = await (await browser.newContext({ viewport })).newPage();
    const found: string[] = [];
    const details = await detailPages(page);
    for (const path of [...PUBLIC_PAGES, ...details, '/results/map', `/forum/badge/${a.badge}`, `/awards/vote/${a.personal}`, `/awards/${category.id}/screen`]) {
      found.push(...(await violations(page, path)));
    }
    expect(found).toEqual([]);
  });

  test(`axe finds no violation on a member's pages (${size})`, async ({ browser }) => {
    test.setTimeout(180_000);
    const context = await browser.newContext({ viewport });
    // A member registered for the Forum: the account, "my agenda", and the members' view of details.
    await registerAttendee(context.request, 'member-axe');
    const page = await context.newPage();
    const found: string[] = [];
    for (const path of ['/account', '/forum', '/library/new', '/stories/new', '/matching', ...(await detailPages(page))]) {
      found.push(...(await violations(page, path)));
    }
    expect(found).toEqual([]);
  });

  test(`axe finds no violation on a facilitator's pages (${size})`, async ({ browser }) => {
    test.setTimeout(180_000);
    // A facilitator, made so by the secretariat through the admin API.
    const admin = await browser.newContext();
    await signIn(await admin.newPage(), process.env.E2E_ADMIN_EMAIL!, process.env.E2E_ADMIN_PASSWORD!);
    const context = await browser.newContext({ viewport });
    const email = `facilitator.${Date.now()}.${Math.floor(Math.random() * 1e6)}@e2e.example`;
    const { id } = await signUpConfirmed(context.request, 'Mei Lin', email);
    const granted = await admin.request.post(baseUrl() + '/api/admin/set_role', {
      form: { account_id: String(id), role: 'facilitator', granted: 'true' },
    });
    expect(granted.status()).toBe(200);
    await admin.close();
    const page = await context.newPage();
    const found: string[] = [];
    // The facilitator sees the matching and each partnership's facilitation controls.
    for (const path of ['/account', '/matching', '/needs', '/partnerships', ...(await detailPages(page))]) {
      found.push(...(await violations(page, path)));
    }
    expect(found).toEqual([]);
  });

  test(`axe finds no violation on the secretariat's pages (${size})`, async ({ browser }) => {
    test.setTimeout(240_000);
    const page = await (await browser.newContext({ viewport })).newPage();
    await signIn(page, process.env.E2E_ADMIN_EMAIL!, process.env.E2E_ADMIN_PASSWORD!);
    const found: string[] = [];
    const details = await detailPages(page);
    const partner = details.find((d) => d.startsWith('/partners/'));
    const program = details.find((d) => d.startsWith('/training/'));
    const edits = [`${partner}/edit`, `${program}/evaluations`, '/library/new', '/training/new', '/stories/new'];
    for (const path of [...SECRETARIAT_PAGES, ...details, ...edits]) found.push(...(await violations(page, path)));
    expect(found).toEqual([]);
  });
}

/** Presses Tab until `target` has the focus (as a keyboard user would), and checks the focus ring. */
async function tabTo(page: Page, target: Locator) {
  const handle = await target.elementHandle();
  for (let i = 0; i < 120; i++) {
    if (await page.evaluate((el) => document.activeElement === el, handle)) {
      const outline = await target.evaluate((el) => getComputedStyle(el).outlineStyle);
      expect(outline, 'the focused element shows a focus ring').not.toBe('none');
      return;
    }
    await page.keyboard.press('Tab');
  }
  throw new Error('could not reach the element with Tab');
}

test('register, vote and check in with the keyboard alone', async ({ browser }) => {
  test.setTimeout(180_000);
  const phone = await (await browser.newContext({ viewport: PHONE })).newPage();
  await phone.goto(baseUrl() + '/forum');
  await waitForPage(phone);
  const email = `keyboard.${Date.now()}@e2e.example`;
  await tabTo(phone, phone.getByLabel('Name (as on your badge)'));
  await phone.keyboard.type('Siti Rahmawati');
  await tabTo(phone, phone.getByLabel('Email'));
  await phone.keyboard.type(email);
  await tabTo(phone, phone.getByLabel('Organization', { exact: true }));
  await phone.keyboard.type('PDAM Tirta Pakuan Bogor');
  await tabTo(phone, phone.getByLabel('I am attending as'));
  await phone.keyboard.press('ArrowDown');
  await expect(phone.getByLabel('I am attending as')).not.toHaveValue('');
  // A radio group is one stop for Tab; the arrow keys choose within it.
  const dinner = phone.locator('fieldset', { hasText: 'welcome dinner' });
  await tabTo(phone, dinner.getByLabel('Yes'));
  await phone.keyboard.press('Space');
  await expect(dinner.getByLabel('Yes')).toBeChecked();
  await expect(phone.getByLabel('Dietary needs for the dinner?')).toBeVisible();
  await phone.keyboard.press('ArrowDown');
  await expect(dinner.getByLabel('No')).toBeChecked();
  await expect(phone.getByLabel('Dietary needs for the dinner?')).toBeHidden();
  const visit = phone.getByLabel('Which field visit');
  await tabTo(phone, visit);
  await phone.keyboard.press('ArrowDown');
  await expect(visit).not.toHaveValue('');
  await tabTo(phone, phone.getByRole('button', { name: 'Register' }));
  await phone.keyboard.press('Enter');
  await expect(phone.locator('#forum-registered')).toContainText('emailed a confirmation link');

  // The desk checks an attendee in, then the attendee votes: keyboard only, both.
  const a = await newAttendee(browser, 'keyboard');
  await openCategory(browser);
  const desk = await (await browser.newContext({ viewport: PHONE })).newPage();
  await signIn(desk, process.env.E2E_ADMIN_EMAIL!, process.env.E2E_ADMIN_PASSWORD!);
  await desk.goto(baseUrl() + '/forum/check-in');
  await waitForPage(desk);
  await tabTo(desk, desk.getByLabel('Badge code'));
  await desk.keyboard.type(a.badge);
  await desk.keyboard.press('Enter');
  await expect(desk.locator('#checkin-result')).toContainText(`Checked in: ${a.name} (Cebu Water District)`);
  await expect(desk.getByLabel('Badge code')).toBeFocused();

  const voter = await (await browser.newContext({ viewport: PHONE })).newPage();
  await voter.goto(`${baseUrl()}/awards/vote/${a.personal}`);
  await waitForPage(voter);
  const choice = voter.locator('.ballot__button:not([disabled])').first();
  await tabTo(voter, choice);
  await voter.keyboard.press('Enter');
  await expect(voter.locator('.ballot__counted')).toContainText('is counted');
});

test('the event pages reflow at 320 px (text enlarged to 200 % on a 640 px screen): nothing scrolls sideways', async ({ browser }) => {
  test.setTimeout(120_000);
  const a = await newAttendee(browser, 'reflow');
  const page = await (await browser.newContext({ viewport: { width: 320, height: 640 } })).newPage();
  const wide: string[] = [];
  for (const path of ['/', '/forum', '/awards', '/awards/vote', `/awards/vote/${a.personal}`, `/forum/badge/${a.badge}`]) {
    await page.goto(baseUrl() + path);
    await waitForPage(page);
    const overflow = await sidewaysOverflow(page);
    if (overflow > 0) wide.push(`${path}: ${overflow} px`);
  }
  expect(wide).toEqual([]);
});
