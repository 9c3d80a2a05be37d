import { test, expect } from '@playwright/test';
import {
  baseUrl, mailFor, PHONE, screenshot, sidewaysOverflow, signIn, waitForPage, watchForErrors,
} from './helpers';

test('a guest registers for the Forum on a phone, confirms by email, shows the badge and is checked in once', async ({ browser }) => {
  // server/tests/api/forum.rs covers registration, confirmation, badge and check-in on both databases.
  test.setTimeout(180_000);
  const guest = await browser.newContext({ viewport: PHONE });
  const g = await guest.newPage();
  const problems = watchForErrors(g);
  const email = `ana.reyes.${Date.now()}@e2e.example`;

  // 1. The guest registers; the dietary question appears only once they say they come to dinner.
  await g.goto(baseUrl() + '/forum');
  await waitForPage(g);
  await expect(g.getByRole('heading', { name: 'WaterLinks Forum 2027' })).toBeVisible();
  await g.getByLabel('Name (as on your badge)').fill('Ana Reyes');
  await g.getByLabel('Email').fill(email);
  await g.getByLabel('Organization', { exact: true }).fill('Davao City Water District');
  await g.getByLabel('I am attending as').selectOption('utility');
  const diet = g.getByLabel('Dietary needs for the dinner?');
  await expect(diet).toBeHidden();
  await g.locator('fieldset', { hasText: 'welcome dinner' }).getByLabel('Yes').check();
  await expect(diet).toBeVisible();
  await g.getByLabel('Which field visit').selectOption('No field visit');
  // Forgetting the conditional answer is refused next to the question.
  await g.getByRole('button', { name: 'Register' }).click();
  await expect(g.locator('.field__error', { hasText: 'Dietary needs' })).toBeVisible();
  await diet.fill('Vegetarian');
  await g.getByRole('button', { name: 'Register' }).click();
  await expect(g.locator('#forum-registered')).toContainText('emailed a confirmation link');
  expect(await sidewaysOverflow(g)).toBeLessThanOrEqual(0);

  // 2. The emailed link confirms the registration and leads to the badge.
  const [message] = await mailFor(email, 'Confirm your registration');
  const link = message.replace(/=3D/g, '=').match(/https?:\/\/\S+\/forum\/confirm\?token=[0-9a-f]{32}/)![0];
  await g.goto(link);
  await waitForPage(g);
  await g.getByRole('button', { name: 'Confirm my registration' }).click();
  await expect(g.locator('#forum-confirmed')).toContainText('You are registered');
  // The personal code (voting, cancelling) is shown this once; it is never on the badge.
  const personal = (await g.locator('#forum-personal-code .personal-code__value').textContent())!.trim();
  expect(personal).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
  await screenshot(g, 'forum-confirmed-phone');
  await g.getByRole('link', { name: 'Open my badge' }).click();
  await expect(g.getByRole('heading', { name: 'Ana Reyes' })).toBeVisible();
  await expect(g.locator('svg.badge__qr')).toBeVisible();
  const code = g.url().split('/').pop()!;
  expect(code).toMatch(/^[0-9a-f]{32}$/);
  expect(await g.content()).not.toContain(personal);
  expect(await sidewaysOverflow(g)).toBeLessThanOrEqual(0);
  await screenshot(g, 'forum-badge-phone');
  // Printed (or reprinted at the desk), the page is the badge alone.
  await expect(g.getByRole('button', { name: 'Print the badge' })).toBeVisible();
  await g.emulateMedia({ media: 'print' });
  await expect(g.locator('.site-header')).toBeHidden();
  await expect(g.getByRole('button', { name: 'Print the badge' })).toBeHidden();
  await expect(g.locator('svg.badge__qr')).toBeVisible();
  await g.emulateMedia({ media: 'screen' });
  expect(problems).toEqual([]);

  // 3. The secretariat scans the badge with the desk phone's camera; a second check-in, typed,
  // gives the time of the first. Chromium on Linux has no BarcodeDetector and this machine no
  // camera, so the page gets stand-ins with the browser's own interfaces: a canvas stream as the
  // camera and a detector that reads the code the test shows it (only once the video plays).
  const desk = await browser.newContext({ viewport: PHONE });
  await desk.addInitScript(() => {
    const w = window as unknown as { BarcodeDetector: unknown; shownBadge?: string };
    w.BarcodeDetector = class {
      constructor(options: { formats: string[] }) {
        if (!options.formats.includes('qr_code')) throw new Error('QR codes not asked for');
      }
      async detect(video: HTMLVideoElement) {
        return video.srcObject && !video.paused && w.shownBadge ? [{ rawValue: w.shownBadge, format: 'qr_code' }] : [];
      }
    };
    navigator.mediaDevices.getUserMedia = async () => {
      const canvas = document.createElement('canvas');
      canvas.getContext('2d')!.fillRect(0, 0, 10, 10);
      return canvas.captureStream(5);
    };
  });
  const d = await desk.newPage();
  await signIn(d, process.env.E2E_ADMIN_EMAIL!, process.env.E2E_ADMIN_PASSWORD!);
  await d.goto(baseUrl() + '/forum/check-in');
  await waitForPage(d);
  await d.getByRole('button', { name: 'Scan a badge with the camera' }).click();
  await expect(d.getByLabel(/Camera preview/)).toBeVisible();
  await expect(d.locator('#checkin-result')).toBeEmpty();
  // The badge's QR code holds its code.
  await d.evaluate((c) => { (window as unknown as { shownBadge: string }).shownBadge = c; }, code);
  await expect(d.locator('#checkin-result')).toContainText('Checked in: Ana Reyes (Davao City Water District)');
  await expect(d.getByLabel(/Camera preview/)).toBeHidden();
  await d.getByLabel('Badge code').fill(code);
  await d.getByRole('button', { name: 'Check in' }).click();
  await expect(d.locator('#checkin-result')).toContainText(/Already checked in at \d\d:\d\d/);
  await d.getByLabel('Badge code').fill('0123456789abcdef0123456789abcdef');
  await d.getByRole('button', { name: 'Check in' }).click();
  await expect(d.locator('.field__error')).toContainText('No registration with this code');
  await expect(d.locator('#forum-count')).toContainText('checked in');
  expect(await sidewaysOverflow(d)).toBeLessThanOrEqual(0);
  await screenshot(d, 'forum-check-in-phone');

  // 4. Ana cannot come after all: the cancel link of her email asks before it cancels.
  const [registered] = await mailFor(email, 'You are registered');
  const cancelLink = registered.match(/https?:\/\/\S+\/forum\/cancel\/[A-Z2-9-]{14}/)![0];
  expect(cancelLink).toContain(personal);
  await g.goto(cancelLink);
  await waitForPage(g);
  await g.getByRole('button', { name: 'Cancel my registration' }).click();
  await expect(g.locator('#forum-cancelled')).toContainText('Your registration is cancelled');
  await d.getByLabel('Badge code').fill(code);
  await d.getByRole('button', { name: 'Check in' }).click();
  await expect(d.getByText(/cancelled/).first()).toBeVisible();
});
