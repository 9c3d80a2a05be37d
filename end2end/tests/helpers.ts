import { Page, expect } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

export const baseUrl = () => {
  const url = process.env.BASE_URL;
  if (!url) throw new Error('BASE_URL is set by global-setup.ts');
  return url;
};

export const PHONE = { width: 360, height: 740 };
export const DESKTOP = { width: 1280, height: 900 };

/** Waits until the WASM app has hydrated the page (the header turns interactive). */
export async function waitForHydration(page: Page) {
  await expect(page.locator('header.site-header--interactive')).toHaveCount(1, { timeout: 15_000 });
}

/** Saves a full-page screenshot under end2end/screenshots/ (ignored by git) for people to look at. */
export async function screenshot(page: Page, name: string) {
  const dir = join(__dirname, '..', 'screenshots');
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: join(dir, `${name}.png`), fullPage: true });
}

/**
 * Collects console errors and uncaught exceptions, so a test can assert the page ran cleanly.
 * A refused form submission (a 4xx answer the test provoked on purpose) is not a problem.
 */
export function watchForErrors(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (msg) => {
    const text = msg.text();
    if (msg.type() === 'error' && !/status of 4\d\d/.test(text)) problems.push(`console: ${text}`);
  });
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  return problems;
}

/** Signs in through the sign-in page and waits for the account page. */
export async function signIn(page: Page, email: string, password: string) {
  await page.goto(baseUrl() + '/sign-in');
  await waitForHydration(page);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByTestId('account-email')).toHaveText(email);
}

/** How far the page is wider than the screen (0 when nothing scrolls sideways). */
export async function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}
