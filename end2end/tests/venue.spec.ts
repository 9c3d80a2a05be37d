// At the venue: light pages without the WASM, offline use, the offline check-in desk, the
// ballot that never queues a vote, and the big screen that reconnects by itself.
import { BrowserContext, Page, expect, test } from '@playwright/test';
import { ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { backends } from '../backends';
import { Attendee, CATEGORY, newAttendee, openCategory } from './attendees';
import { baseUrl, DESKTOP, PHONE, screenshot, signIn, waitForPage } from './helpers';

/** Every request a page makes, to check that no WASM is fetched. */
function watchRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (r) => urls.push(r.url()));
  return urls;
}

async function controlledByServiceWorker(page: Page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
}

test('the Forum pages load no WASM, work on a phone, and open with no network once visited', async ({ browser }) => {
  test.setTimeout(120_000);
  const attendee = await newAttendee(browser, 'offline-pages');
  const context = await browser.newContext({ viewport: PHONE });
  const page = await context.newPage();
  const requests = watchRequests(page);
  const pages = ['/forum', '/awards', '/awards/vote', `/forum/badge/${attendee.badge}`, `/awards/vote/${attendee.personal}`];
  await page.goto(baseUrl() + '/forum');
  await waitForPage(page);
  await controlledByServiceWorker(page);
  for (const path of pages) {
    await page.goto(baseUrl() + path);
    await waitForPage(page);
  }
  expect(requests.filter((u) => u.endsWith('.wasm'))).toEqual([]);

  await context.setOffline(true);
  for (const path of pages) {
    await page.goto(baseUrl() + path);
    await expect(page.locator('.offline-banner')).toBeVisible();
    await expect(page.locator('.offline-banner')).toContainText('You are offline');
  }
  await page.goto(baseUrl() + `/forum/badge/${attendee.badge}`);
  await expect(page.getByRole('heading', { name: attendee.name })).toBeVisible();
  await page.goto(baseUrl() + '/forum');
  await expect(page.getByRole('heading', { name: 'Agenda' })).toBeVisible();
  // A page never opened says so plainly instead of the browser's error.
  await page.goto(baseUrl() + '/library');
  await expect(page.getByRole('heading', { name: 'You are offline' })).toBeVisible();
  await screenshot(page, 'offline-phone');
  await context.setOffline(false);
  await page.goto(baseUrl() + '/forum');
  await expect(page.locator('.offline-banner')).toBeHidden();
  await context.close();
});

test('the check-in desk keeps working offline: 20 check-ins wait, then sync once each, earliest time kept', async ({ browser }) => {
  test.setTimeout(240_000);
  const attendees: Attendee[] = [];
  for (let i = 0; i < 20; i++) attendees.push(await newAttendee(browser, `desk${i}`));

  const desk = await browser.newContext({ viewport: PHONE });
  const d = await desk.newPage();
  await signIn(d, process.env.E2E_ADMIN_EMAIL!, process.env.E2E_ADMIN_PASSWORD!);
  await d.goto(baseUrl() + '/forum/check-in');
  await waitForPage(d);
  const before = await desk.request.post(baseUrl() + '/api/forum/count', { form: {} }).then((r) => r.json());

  await desk.setOffline(true);
  await expect(d.locator('.offline-banner')).toBeVisible();
  const code = d.getByLabel('Badge code');
  for (const [i, a] of attendees.entries()) {
    await code.fill(a.badge);
    await code.press('Enter');
    await expect(d.locator('.sync-queue__waiting')).toHaveCount(i + 1);
  }
  // The first badge shown again, at another moment: a conflict the desk sees once synced.
  await code.fill(attendees[0].badge);
  await code.press('Enter');
  await expect(d.locator('.sync-queue__waiting')).toHaveCount(21);
  // The queue is in the browser's storage: a reload (from the service worker) keeps it.
  await d.reload();
  await expect(d.locator('.sync-queue__waiting')).toHaveCount(21);
  await screenshot(d, 'check-in-offline-queue-phone');

  await desk.setOffline(false);
  await expect(d.locator('.sync-queue__waiting')).toHaveCount(0, { timeout: 30_000 });
  await expect(d.locator('.sync-queue__synced')).toHaveCount(20);
  await expect(d.locator('.sync-queue__conflict')).toHaveCount(1);
  await expect(d.locator('.sync-queue__conflict')).toContainText('Already checked in at');
  await expect(d.locator('.sync-queue__conflict')).toContainText(attendees[0].name);

  // Each of the 20 is recorded once, at the time the desk saw the badge (other desks may check
  // other people in meanwhile: the registrant list, not the total, is what is compared).
  const rows: { name: string; checked_in: string | null }[] = await desk.request
    .post(baseUrl() + '/api/forum/registrants', { form: { status: '', attendee_type: '' } })
    .then((r) => r.json());
  for (const a of attendees) {
    const mine = rows.filter((r) => r.name === a.name);
    expect(mine, a.name).toHaveLength(1);
    expect(mine[0].checked_in, `${a.name} is checked in`).toBeTruthy();
  }
  const after = await desk.request.post(baseUrl() + '/api/forum/count', { form: {} }).then((r) => r.json());
  expect(after.checked_in - before.checked_in).toBeGreaterThanOrEqual(20);
  await expect(d.locator('#forum-count')).toContainText('checked in of');
  for (const a of attendees.slice(0, 3)) {
    const again = await desk.request.post(baseUrl() + '/api/forum/check_in', { form: { code: a.badge } });
    expect(again.status()).toBe(409);
  }
  await desk.close();
});

test('an offline check-in synced after an online one keeps the earlier time and says so', async ({ browser }) => {
  const attendee = await newAttendee(browser, 'earliest');
  const desk = await browser.newContext();
  const admin = await desk.newPage();
  await signIn(admin, process.env.E2E_ADMIN_EMAIL!, process.env.E2E_ADMIN_PASSWORD!);
  const seenAt = new Date(Date.now() - 20 * 60_000).toISOString();
  expect((await desk.request.post(baseUrl() + '/api/forum/check_in', { form: { code: attendee.badge } })).status()).toBe(200);
  const late = await desk.request.post(baseUrl() + '/api/forum/check_in', { form: { code: attendee.badge, seen_at: seenAt } });
  expect(late.status()).toBe(409);
  expect(JSON.stringify(await late.json())).toContain('the earlier time is kept');
  // A time from the future is not believed.
  const future = await desk.request.post(baseUrl() + '/api/forum/check_in', {
    form: { code: attendee.badge, seen_at: new Date(Date.now() + 3_600_000).toISOString() },
  });
  expect(future.status()).toBe(400);
  await desk.close();
});

test('a ballot says when the phone is offline and sends nothing until the network is back', async ({ browser }) => {
  const attendee = await newAttendee(browser, 'ballot-offline');
  await openCategory(browser);
  const phone = await browser.newContext({ viewport: PHONE });
  const page = await phone.newPage();
  await page.goto(`${baseUrl()}/awards/vote/${attendee.personal}`);
  await waitForPage(page);
  const note = page.getByText('Your phone is offline');
  await expect(note).toBeHidden();
  const buttons = page.locator('.ballot__button:not([disabled])');
  const enabled = await buttons.count();
  expect(enabled).toBeGreaterThan(0);
  await phone.setOffline(true);
  await expect(note).toBeVisible();
  await expect(page.locator('.ballot__button:not([disabled])')).toHaveCount(0);
  await screenshot(page, 'ballot-offline-phone');
  await phone.setOffline(false);
  await expect(note).toBeHidden();
  await expect(page.locator('.ballot__button:not([disabled])')).toHaveCount(enabled);
  await phone.close();
});

/** The server binary and the environment global-setup.ts gave this project's server. */
function secondServer(port: number): ChildProcess {
  const root = resolve(__dirname, '..', '..');
  const bin = process.env.E2E_SERVER_BIN ?? join(root, 'target/release/waterlinks');
  const backend = backends().find((b) => b.name === test.info().project.name.replace('-xss', ''))!;
  const state = readFileSync(process.env.E2E_STATE_FILE!, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  const own = state.find((s) => s.dataDir && s.databaseUrl === backend.databaseUrl);
  return spawn(bin, ['serve'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      WATERLINKS_DATA_DIR: own.dataDir,
      WATERLINKS_LISTEN_ADDR: `127.0.0.1:${port}`,
      WATERLINKS_PUBLIC_BASE_URL: `http://127.0.0.1:${port}`,
      WATERLINKS_SITE_ROOT: join(root, 'target/site'),
      DATABASE_URL: backend.databaseUrl,
    },
  });
}

async function healthy(url: string) {
  await expect.poll(async () => {
    try { return (await fetch(url + '/healthz')).ok; } catch { return false; }
  }, { timeout: 30_000, intervals: [100] }).toBe(true);
}

test('the big screen reconnects by itself after a server restart and shows the tally within 5 s', async ({ browser }) => {
  test.setTimeout(180_000);
  // The screen is served by a second instance on the same database, which the test restarts.
  const port = 40000 + Math.floor(Math.random() * 20000);
  const other = `http://127.0.0.1:${port}`;
  let server = secondServer(port);
  try {
    await healthy(other);
    const adminContext: BrowserContext = await browser.newContext({ viewport: DESKTOP });
    const admin = await adminContext.newPage();
    await signIn(admin, process.env.E2E_ADMIN_EMAIL!, process.env.E2E_ADMIN_PASSWORD!);
    const voter = await newAttendee(browser, 'screen-restart');
    expect((await adminContext.request.post(baseUrl() + '/api/forum/check_in', { form: { code: voter.badge } })).status()).toBe(200);
    const category = await openCategory(browser);

    const screenPage = await (await browser.newContext({ viewport: DESKTOP })).newPage();
    await screenPage.goto(`${other}/awards/${category.id}/screen`);
    await waitForPage(screenPage);
    const total = screenPage.locator('.screen__total');
    const before = Number(await total.getAttribute('data-total'));
    await expect(screenPage.locator('[data-connection]')).toBeHidden();

    server.kill('SIGTERM');
    await new Promise((r) => server.once('exit', r));
    await expect(screenPage.getByText('Reconnecting…')).toBeVisible();
    await screenshot(screenPage, 'big-screen-reconnecting');

    // A vote cast through the other instance while this one is down.
    const phone = await (await browser.newContext({ viewport: PHONE })).newPage();
    await phone.goto(`${baseUrl()}/awards/vote/${voter.personal}`);
    await waitForPage(phone);
    const ballot = phone.locator('section.ballot__category', { has: phone.getByRole('heading', { name: CATEGORY }) });
    await ballot.locator('.ballot__button').first().click();
    await expect(phone.locator('.ballot__counted')).toContainText('is counted');

    server = secondServer(port);
    await healthy(other);
    const back = Date.now();
    await expect(total).toHaveAttribute('data-total', String(before + 1), { timeout: 5_000 });
    await expect(screenPage.locator('[data-connection]')).toBeHidden();
    expect(Date.now() - back).toBeLessThan(5_000);
  } finally {
    server.kill('SIGTERM');
  }
});
