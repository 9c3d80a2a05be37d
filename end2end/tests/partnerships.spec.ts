import { test, expect, Browser, BrowserContext, Page } from '@playwright/test';
import {
  baseUrl, DESKTOP, PHONE, screenshot, sidewaysOverflow, signIn, signUpConfirmed, waitForPage, watchForErrors,
} from './helpers';

/** A signed-up person in their own browser context (the cookie stays with the context). */
async function person(browser: Browser, name: string, viewport = DESKTOP): Promise<{ context: BrowserContext; page: Page; id: number }> {
  const context = await browser.newContext({ viewport });
  const email = `${name.toLowerCase().replace(/[^a-z]/g, '.')}.${Date.now()}@e2e.example`;
  const user = await signUpConfirmed(context.request, name, email);
  return { context, page: await context.newPage(), id: user.id };
}

async function organizationId(page: Page, name: string): Promise<number> {
  const res = await page.request.get(baseUrl() + '/partners.json?q=' + encodeURIComponent(name));
  const found = await res.json();
  return found.organizations.find((o: { name: string }) => o.name === name).id;
}

test('a need becomes a partnership whose results the public page shows', async ({ browser }) => {
  test.setTimeout(180_000);
  // Set-up through the admin API: the people and their roles (the admin page is tested elsewhere).
  const admin = await browser.newContext({ viewport: DESKTOP });
  const adminPage = await admin.newPage();
  await signIn(adminPage, process.env.E2E_ADMIN_EMAIL!, process.env.E2E_ADMIN_PASSWORD!);
  const grant = async (path: string, form: Record<string, string>) => {
    const res = await admin.request.post(baseUrl() + path, { form, headers: { origin: baseUrl() } });
    expect(res.status(), path).toBe(200);
  };
  const recipient = await person(browser, 'Kila Vagi', PHONE);
  const mentor = await person(browser, 'Ramon Cruz');
  const facilitator = await person(browser, 'Mei Lin');
  const png = await organizationId(adminPage, 'Water PNG');
  await grant('/api/admin/set_membership', { account_id: String(recipient.id), organization_id: String(png), is_admin: 'on' });
  await grant('/api/admin/set_role', { account_id: String(facilitator.id), role: 'facilitator', granted: 'true' });
  const problems = watchForErrors(recipient.page);

  // 1. The recipient posts a need, on a phone.
  const r = recipient.page;
  await r.goto(baseUrl() + '/needs');
  await waitForPage(r);
  await r.getByLabel('Topic').first().selectOption('gis_modelling');
  await r.getByLabel('The challenge').fill('Our hydraulic model is ten years old; we need GIS mapping of the network before we plan DMAs.');
  await r.getByLabel('Preferred languages').fill('English');
  await r.getByRole('button', { name: 'Post the need' }).click();
  await expect(r.getByText('Your need is posted.')).toBeVisible();
  await expect(r.getByRole('link', { name: 'Water PNG: GIS, mapping and hydraulic modelling' })).toBeVisible();
  expect(await sidewaysOverflow(r)).toBeLessThanOrEqual(0);
  await screenshot(r, 'needs-360');

  // 2. The facilitator sees ranked mentors, explained, and introduces the first.
  const f = facilitator.page;
  await f.goto(baseUrl() + '/needs');
  await waitForPage(f);
  await f.getByRole('link', { name: 'Water PNG: GIS, mapping and hydraulic modelling' }).click();
  const first = f.locator('.candidate-list > li').first();
  await expect(first.locator('.factor-list li')).toHaveCount(7);
  await expect(first.locator('.factor-list')).toContainText('Topic fit');
  await screenshot(f, 'need-candidates-1280');
  const mentorName = (await first.locator('.candidate__name a').innerText()).trim();
  await first.getByText('Introduce', { exact: true }).first().click();
  await first.getByLabel('Concept note for both partners').fill('Both partners work in English; the mentor mapped its whole network in GIS.');
  await first.getByRole('button', { name: 'Introduce' }).click();
  await expect(f).toHaveURL(/\/partnerships\/\d+$/);
  const partnershipUrl = f.url();
  await expect(f.locator('.tag--introduced')).toBeVisible();

  // The mentor's organization admin is whoever leads the chosen mentor.
  const mentorOrg = await organizationId(adminPage, mentorName);
  await grant('/api/admin/set_membership', { account_id: String(mentor.id), organization_id: String(mentorOrg), is_admin: 'on' });

  // 3. Both sides sign the letter of intent.
  const m = mentor.page;
  await m.goto(partnershipUrl);
  await waitForPage(m);
  await m.getByRole('button', { name: 'Sign the letter of intent (mentor)' }).click();
  await expect(m.getByRole('button', { name: 'Sign the letter of intent (mentor)' })).toHaveCount(0);
  await r.goto(partnershipUrl);
  await waitForPage(r);
  await r.getByRole('button', { name: 'Sign the letter of intent (recipient)' }).click();
  await expect(r.locator('.tag--agreed')).toBeVisible();

  // 4. The agreement: 6 months is refused next to the end date; 18 months is recorded.
  const today = new Date();
  const iso = (d: Date) => d.toISOString().slice(0, 10);
  const start = new Date(today.getFullYear(), today.getMonth() - 2, 1);
  const plus = (months: number) => new Date(start.getFullYear(), start.getMonth() + months, start.getDate());
  await r.getByLabel('Signatories').fill('Managing Director, Water PNG; General Manager, ' + mentorName);
  await r.getByLabel('Start date').fill(iso(start));
  await r.getByLabel('End date').fill(iso(plus(6)));
  await r.getByLabel('Scope').fill('GIS mapping of the Port Moresby network and a calibrated hydraulic model.');
  await r.getByRole('button', { name: 'Save the agreement' }).click();
  await expect(r.locator('#end_date-error')).toContainText('12 to 24 months');
  await r.getByLabel('End date').fill(iso(plus(18)));
  await r.getByRole('button', { name: 'Save the agreement' }).click();
  await expect(r.getByRole('heading', { name: 'Correct the agreement' })).toBeVisible();
  await r.getByLabel('Signed agreement (PDF, up to 10 MB)').setInputFiles({
    name: 'letter-of-agreement.pdf', mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.7\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n'),
  });
  await r.getByRole('button', { name: 'Upload' }).click();
  await expect(r.getByRole('link', { name: 'letter-of-agreement.pdf' })).toBeVisible();
  await waitForPage(r);
  await r.getByRole('button', { name: 'Start the partnership' }).click();
  await expect(r.locator('.tag--active')).toBeVisible();

  // 5. The work plan: a commitment, an activity, a resource and an outcome.
  await r.getByText('Add a commitment').click();
  await r.locator('#commitment-side').selectOption('recipient');
  await r.getByLabel('What this partner promises').fill('A GIS team of three, full time, and all network records');
  await r.getByRole('button', { name: 'Add the commitment' }).click();
  await expect(r.locator('li', { hasText: 'Recipient: A GIS team of three, full time' })).toHaveCount(1);
  await r.getByText('Plan an activity').click();
  await r.locator('#activity-kind').selectOption('on_the_job_training');
  await r.locator('#activity-title').fill('GIS field survey training');
  await r.locator('#activity-start_date').fill(iso(plus(1)));
  await r.locator('#activity-end_date').fill(iso(plus(1)));
  await r.locator('#activity-place').fill('Port Moresby');
  await r.getByRole('button', { name: 'Add the activity' }).click();
  await expect(r.locator('.timeline')).toContainText('GIS field survey training');
  await r.getByText('Add a resource').click();
  await r.locator('#resource-amount').fill('45000');
  await r.locator('#resource-currency').fill('USD');
  await r.locator('#resource-description').fill('GNSS receivers and GIS licences');
  await r.locator('#resource-source').fill('Australian Water Partnership');
  await r.getByRole('button', { name: 'Add the resource' }).click();
  await expect(r.getByText('USD 45,000 — GNSS receivers and GIS licences')).toBeVisible();
  await r.getByText('Set an outcome').click();
  await r.locator('#outcome-kpi').selectOption('non_revenue_water');
  await r.locator('#outcome-baseline_value').fill('52');
  await r.locator('#outcome-baseline_date').fill(iso(start));
  await r.locator('#outcome-target_value').fill('40');
  await r.locator('#outcome-target_date').fill(iso(plus(18)));
  await r.getByRole('button', { name: 'Save the outcome' }).click();
  await expect(r.locator('.outcome-item')).toContainText('Non-revenue water: 52 %');

  // 6. A progress report, reviewed by the facilitator.
  await r.getByText('Submit a progress report').click();
  await r.locator('#report-period_start').fill(iso(start));
  await r.locator('#report-period_end').fill(iso(today));
  await r.locator('#report-achievements').fill('Survey teams trained; 40 % of the network mapped.');
  await r.getByRole('button', { name: 'Submit the report' }).click();
  await expect(r.getByText('Awaiting the facilitator\'s review.')).toBeVisible();
  await f.goto(partnershipUrl);
  await waitForPage(f);
  await f.getByLabel('Review comment').fill('Good progress; keep the monthly data coming.');
  await f.getByLabel('Corrective actions (one per line, optional)').fill('Send the survey data to the mentor every month');
  await f.getByRole('button', { name: 'Save the review' }).click();
  await expect(f.getByRole('heading', { name: 'Corrective actions to resolve' })).toBeVisible();

  // 7. A new measured value appears on the outcome chart beside baseline and target.
  await r.reload();
  await waitForPage(r);
  await expect(r.getByRole('heading', { name: 'Corrective actions to resolve' })).toBeVisible();
  const valueField = r.getByLabel('Measured non-revenue water (%)');
  await valueField.fill('47.5');
  await r.getByRole('button', { name: 'Record the value' }).click();
  await expect(r.locator('svg.outcome-chart desc')).toContainText('Measured: 47.5 %');
  await expect(r.locator('svg.outcome-chart circle.outcome-chart__value')).toHaveCount(1);
  await r.getByRole('button', { name: 'Mark as resolved' }).click();
  await expect(r.getByRole('heading', { name: 'Corrective actions to resolve' })).toHaveCount(0);
  expect(await sidewaysOverflow(r)).toBeLessThanOrEqual(0);
  await screenshot(r, 'partnership-insider-360');

  // 8. The facilitator completes it; a visitor sees the result.
  await f.reload();
  await waitForPage(f);
  await f.getByRole('button', { name: 'Mark as completed' }).click();
  await expect(f.locator('.tag--completed')).toBeVisible();
  const visitor = await browser.newContext({ viewport: PHONE });
  const v = await visitor.newPage();
  await v.goto(partnershipUrl);
  await expect(v.locator('.tag--completed')).toBeVisible();
  await expect(v.locator('figure.outcome figcaption')).toContainText('Non-revenue water: 52 % → 47.5 %');
  await expect(v.getByText('Work plan')).toHaveCount(0);
  await expect(v.getByRole('link', { name: 'letter-of-agreement.pdf' })).toHaveCount(0);
  await screenshot(v, 'partnership-public-360');
  expect(problems).toEqual([]);
  for (const c of [admin, recipient.context, mentor.context, facilitator.context, visitor]) await c.close();
});

test('the partnership list filters by status and exports CSV', async ({ page }) => {
  const problems = watchForErrors(page);
  await page.setViewportSize(PHONE);
  await page.goto(baseUrl() + '/partnerships');
  await waitForPage(page);
  await expect(page.locator('#wop-count')).toContainText('partnerships');
  await page.getByLabel('Status').selectOption('completed');
  await page.getByRole('button', { name: 'Filter' }).click();
  await expect(page).toHaveURL(/status=completed/);
  await expect(page.locator('.card-list .tag--completed').first()).toBeVisible();
  await expect(page.locator('.card-list .tag--active')).toHaveCount(0);
  const csv = await page.request.get(baseUrl() + '/partnerships.csv?status=completed');
  expect(await csv.text()).toContain('Phnom Penh Water Supply Authority mentors Siem Reap Water Supply Authority');
  expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
  await screenshot(page, 'partnerships-360');
  await page.getByRole('link', { name: /Phnom Penh Water Supply Authority mentors/ }).click();
  await expect(page.locator('figure.outcome figcaption', { hasText: 'Non-revenue water' })).toContainText('Non-revenue water: 31 % → 19.4 %');
  await screenshot(page, 'partnership-demo-360');
  expect(problems).toEqual([]);
});
