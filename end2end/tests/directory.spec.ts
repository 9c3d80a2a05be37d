import { test, expect } from '@playwright/test';
import {
  baseUrl, DESKTOP, mailFor, PHONE, screenshot, sidewaysOverflow, signIn, signUpInBrowser, waitForPage, watchForErrors,
} from './helpers';

test('a visitor searches and filters the directory on a phone', async ({ page }) => {
  const problems = watchForErrors(page);
  await page.setViewportSize(PHONE);
  await page.goto(baseUrl() + '/partners');
  await waitForPage(page);
  await expect(page.locator('#directory-count')).toContainText('organizations');
  expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
  await screenshot(page, 'directory-360');

  await page.getByLabel('Country').selectOption('Viet Nam');
  await page.getByLabel('Kind').selectOption('utility');
  await page.getByRole('button', { name: 'Search' }).click();
  // The filters travel in the URL, so the list can be shared.
  await expect(page).toHaveURL(/country=Viet(\+|%20)Nam/);
  await expect(page).toHaveURL(/kind=utility/);
  await expect(page.locator('#directory-count')).toHaveText('4 organizations');
  await expect(page.getByRole('link', { name: 'Da Nang Water Supply JSC' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Manila Water Company' })).toHaveCount(0);
  await screenshot(page, 'directory-filtered-360');

  // Opening the shared URL fresh gives the same list, with the filters still chosen.
  const shared = page.url();
  await page.goto(shared);
  await waitForPage(page);
  await expect(page.locator('#directory-count')).toHaveText('4 organizations');
  await expect(page.getByLabel('Country')).toHaveValue('Viet Nam');

  await page.getByLabel('Search by name or city').fill('hue');
  await page.getByLabel('Search by name or city').press('Enter');
  await expect(page.locator('#directory-count')).toHaveText('1 organization');

  await page.getByRole('link', { name: 'Hue Water Supply JSC' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hue Water Supply JSC');
  await expect(page.locator('figure.kpi-chart').first()).toBeVisible();
  await expect(page.locator('[data-kpi="non_revenue_water"] svg')).toHaveAttribute('aria-label', /Non-revenue water from/);
  expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
  await screenshot(page, 'organization-360');
  expect(problems).toEqual([]);
});

test('a new member is made organization admin, edits the profile and records a KPI value', async ({ browser }) => {
  const email = `thu.${Date.now()}@huewaco.vn`;
  const password = 'a long enough passphrase';

  // The member signs up.
  const memberContext = await browser.newContext({ viewport: PHONE });
  const member = await memberContext.newPage();
  const problems = watchForErrors(member);
  await signUpInBrowser(member, 'Le Thi Thu', email, password);
  await expect(member.getByTestId('account-email')).toHaveText(email);
  await expect(member.getByText('Organizations you manage')).toHaveCount(0);

  // A secretariat admin makes them admin of their utility.
  const adminContext = await browser.newContext({ viewport: DESKTOP });
  const admin = await adminContext.newPage();
  await signIn(admin, process.env.E2E_ADMIN_EMAIL!, process.env.E2E_ADMIN_PASSWORD!);
  await admin.getByRole('link', { name: 'Administration' }).click();
  await expect(admin.getByRole('heading', { name: 'People and roles' })).toBeVisible();
  await admin.getByLabel('Find people by name or email').fill(email);
  await admin.getByLabel('Find people by name or email').press('Enter');
  const card = admin.locator(`li[data-account="${email}"]`);
  await expect(card).toHaveCount(1);
  const org = card.getByLabel('Add to organization');
  const hue = await org.locator('option', { hasText: 'Hue Water Supply JSC' }).getAttribute('value');
  await org.selectOption(hue!);
  await card.getByLabel('as organization admin').check();
  await card.getByRole('button', { name: 'Add' }).click();
  await expect(card).toContainText('Hue Water Supply JSC: organization admin');
  await screenshot(admin, 'admin-people-1280');
  await adminContext.close();

  // The member now manages the utility and edits its profile.
  await member.goto(baseUrl() + '/account');
  await waitForPage(member);
  await member.getByRole('link', { name: 'Edit profile' }).click();
  await expect(member.getByRole('heading', { level: 1 })).toHaveText('Edit Hue Water Supply JSC');
  await waitForPage(member);
  await member.getByLabel('Languages').fill('Vietnamese, English, French');
  await member.getByLabel('Description').fill('Serves Hue city. <script>window.__injected = true</script><b>not bold</b>');
  await member.getByRole('button', { name: 'Save profile' }).click();
  await expect(member.getByText('Profile saved.')).toBeVisible();

  // A percentage over 100 is refused next to its field, and nothing is recorded.
  await member.getByLabel('KPI', { exact: true }).selectOption('non_revenue_water');
  await member.getByLabel('Value', { exact: true }).fill('150');
  await member.getByLabel('Measured on').fill('2026-06-30');
  await member.getByRole('button', { name: 'Record value' }).click();
  await expect(member.locator('[data-field="value"]')).toContainText('between 0 and 100');
  await expect(member.getByLabel('Value', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  expect(await sidewaysOverflow(member)).toBeLessThanOrEqual(0);
  await screenshot(member, 'edit-kpi-error-360');

  await member.getByLabel('Value', { exact: true }).fill('21.7');
  await member.getByRole('button', { name: 'Record value' }).click();
  await expect(member.getByText('Value recorded.')).toBeVisible();
  await expect(member.locator('[data-kpi-values="non_revenue_water"] summary')).toContainText('latest 21.7 % (30 Jun 2026)');

  // The public profile shows the new value; the script is shown as text and never ran.
  await member.getByRole('link', { name: '← Back to the profile' }).click();
  await expect(member.locator('[data-kpi="non_revenue_water"] .kpi-chart__latest')).toHaveText('21.7 %');
  await expect(member.locator('.profile__description')).toContainText('<script>window.__injected = true</script><b>not bold</b>');
  expect(await member.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
  await expect(member.locator('.profile__description b')).toHaveCount(0);
  await screenshot(member, 'organization-edited-360');

  // And signs out.
  await member.goto(baseUrl() + '/account');
  await waitForPage(member);
  await member.getByRole('button', { name: 'Sign out', exact: true }).click();
  await expect(member.locator('header .user-menu')).toHaveText('Sign in');
  expect(problems).toEqual([]);
  await memberContext.close();
});

test('a forgotten password is reset with the emailed link', async ({ browser }) => {
  const context = await browser.newContext({ viewport: PHONE });
  const page = await context.newPage();
  const email = `sok.${Date.now()}@ppwsa.com.kh`;
  await signUpInBrowser(page, 'Sok Dara', email, 'my first long passphrase');
  await expect(page.getByTestId('account-email')).toHaveText(email);
  await page.getByRole('button', { name: 'Sign out', exact: true }).click();
  await expect(page.locator('header .user-menu')).toHaveText('Sign in');

  await page.goto(baseUrl() + '/sign-in');
  await waitForPage(page);
  await page.getByRole('link', { name: 'Forgot your password?' }).click();
  await page.getByLabel('Email').fill(email);
  await page.getByRole('button', { name: 'Send the link' }).click();
  await expect(page.getByRole('status')).toContainText('a link to reset its password is on its way');

  // The link arrives at the mail server (the test SMTP sink).
  const [message] = await mailFor(email, 'Reset your');
  expect(message, 'a reset email').toBeTruthy();
  const link = message.replace(/=3D/g, '=').match(/https?:\/\/\S+reset-password\?token=[A-Za-z0-9_-]+/)![0];

  await page.goto(link);
  await waitForPage(page);
  await page.getByLabel('New password').fill('my second long passphrase');
  await page.getByRole('button', { name: 'Save the new password' }).click();
  await expect(page.getByRole('status')).toContainText('Your password is changed');
  await signIn(page, email, 'my second long passphrase');
  await context.close();
});
