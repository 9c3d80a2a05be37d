import { test, expect } from '@playwright/test';
import { baseUrl, confirmInBrowser, PHONE, waitForPage, screenshot, watchForErrors } from './helpers';

test('a new member signs up on a phone, confirms the address, signs in, out and back in', async ({ page }) => {
  const problems = watchForErrors(page);
  const email = `lan.${Date.now()}@dawaco.vn`;
  await page.setViewportSize(PHONE);
  await page.goto(baseUrl() + '/sign-up');
  await waitForPage(page);

  // A short password and a malformed email are refused next to their fields.
  await page.getByLabel('Your name').fill('Nguyen Thi Lan');
  await page.getByLabel('Email').fill('lan at dawaco');
  await page.getByLabel('Password').fill('short');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.locator('[data-field="email"]')).toContainText('does not look like an email address');
  await expect(page.locator('[data-field="password"]')).toContainText('12 characters');
  await screenshot(page, 'sign-up-errors-360');

  // Signing up starts no session: it sends a link to the address.
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('a long enough passphrase');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.locator('#sign-up-sent')).toContainText(`We sent a link to ${email}. Open it to confirm your address, then sign in.`);
  await expect(page.locator('header .user-menu')).toHaveText('Sign in');
  await screenshot(page, 'sign-up-sent-360');

  await confirmInBrowser(page, email);
  await screenshot(page, 'email-confirmed-360');
  await page.getByRole('link', { name: 'Sign in' }).last().click();
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('a long enough passphrase');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByTestId('account-email')).toHaveText(email);
  await expect(page.locator('header .user-menu')).toHaveText('Nguyen Thi Lan');
  await expect(page.locator('#email-not-confirmed')).toHaveCount(0);
  // The signed-in header (with the name) still fits a 360 px screen.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await screenshot(page, 'account-360');

  await page.getByRole('button', { name: 'Sign out', exact: true }).click();
  await expect(page).toHaveURL(baseUrl() + '/');
  await expect(page.locator('header .user-menu')).toHaveText('Sign in');

  await page.locator('header .user-menu').click();
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('the wrong passphrase');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.locator('[data-field="password"]')).toHaveText('That email and password do not match an account.');
  await page.getByLabel('Password').fill('a long enough passphrase');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByTestId('account-email')).toHaveText(email);
  expect(problems).toEqual([]);
});
