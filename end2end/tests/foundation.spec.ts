import { test, expect } from '@playwright/test';
import { baseUrl, PHONE, DESKTOP, waitForPage, screenshot, watchForErrors, sidewaysOverflow } from './helpers';

test('the home page renders the network figures, without loading the app\'s WASM', async ({ page }) => {
  const problems = watchForErrors(page);
  const wasm: string[] = [];
  page.on('request', (r) => { if (r.url().endsWith('.wasm')) wasm.push(r.url()); });
  await page.setViewportSize(DESKTOP);
  await page.goto(baseUrl() + '/');
  await expect(page).toHaveTitle('WaterLinks Hub');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Utilities helping utilities');
  const utilities = Number(await page.getByTestId('stat-utilities').innerText());
  expect(utilities).toBeGreaterThanOrEqual(40);
  await expect(page.locator('footer')).toContainText('Ortigas Center');
  await page.waitForLoadState('networkidle');
  expect(wasm).toEqual([]);
  expect(problems).toEqual([]);
});

test('on a phone the navigation scrolls sideways and its links lead to light pages (no WASM anywhere)', async ({ page }) => {
  const problems = watchForErrors(page);
  await page.setViewportSize(PHONE);
  await page.goto(baseUrl() + '/training');
  await waitForPage(page);
  const wasm: string[] = [];
  page.on('request', (r) => { if (r.url().endsWith('.wasm')) wasm.push(r.url()); });
  const nav = page.getByRole('navigation', { name: 'Main' });
  // The row is wider than the phone but scrolls within the header, not the page.
  const row = await nav.locator('ul').evaluate((ul) => ({ scroll: ul.scrollWidth, client: ul.clientWidth }));
  expect(row.scroll).toBeGreaterThan(row.client);
  expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
  const contact = nav.getByRole('link', { name: 'Contact', exact: true });
  await contact.focus();
  await expect(contact).toBeInViewport();
  const partners = nav.getByRole('link', { name: 'Partners', exact: true });
  await partners.click();
  await expect(page).toHaveURL(/\/partners$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Partner directory');
  await expect(partners).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('link', { name: 'Asian Development Bank' })).toBeVisible();
  expect(wasm).toEqual([]);
  expect(problems).toEqual([]);
});

test('unknown addresses show the 404 page', async ({ page }) => {
  const res = await page.goto(baseUrl() + '/this/does/not/exist');
  expect(res?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await page.getByRole('link', { name: 'Go to the home page' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Utilities helping utilities');
});

test('the contact form shows messages next to fields, then sends', async ({ page }) => {
  const problems = watchForErrors(page);
  await page.setViewportSize(PHONE);
  await page.goto(baseUrl() + '/contact');
  await waitForPage(page);
  await page.getByLabel('Email').fill('not-an-email');
  await page.getByRole('button', { name: 'Send message' }).click();
  await expect(page.locator('[data-field="name"]')).toHaveText('Please enter your name.');
  await expect(page.locator('[data-field="email"]')).toContainText('does not look like an email address');
  await expect(page.locator('[data-field="message"]')).toHaveText('Please write your message.');
  await screenshot(page, 'contact-errors-360');

  await page.getByLabel('Your name').fill('Ana Reyes');
  await page.getByLabel('Email').fill('ana.reyes@mcwd.gov.ph');
  await page.getByLabel('Message').fill('We would like a mentor on pressure management.');
  await page.getByRole('button', { name: 'Send message' }).click();
  await expect(page.getByRole('status')).toContainText('Your message has reached the secretariat');
  expect(problems).toEqual([]);
});

for (const [name, size] of [
  ['360', PHONE],
  ['1280', DESKTOP],
] as const) {
  test(`screenshots at ${name} px`, async ({ page }) => {
    await page.setViewportSize(size);
    for (const [path, label] of [
      ['/', 'home'],
      ['/partners', 'partners'],
      ['/contact', 'contact'],
      ['/missing-page', 'not-found'],
    ]) {
      await page.goto(baseUrl() + path);
      await waitForPage(page);
      // Nothing may stick out sideways on a phone.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${path} scrolls sideways at ${name} px`).toBeLessThanOrEqual(0);
      await screenshot(page, `${label}-${name}`);
    }
  });
}
