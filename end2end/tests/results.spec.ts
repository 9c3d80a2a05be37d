import { test, expect, Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { baseUrl, backendName, PHONE, DESKTOP, screenshot, watchForErrors, sidewaysOverflow } from './helpers';

/** Runs one SQL query returning one number against this project's database (sqlite3 or psql). */
function sqlLines(query: string): string[] {
  const lines = readFileSync(process.env.E2E_STATE_FILE!, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  const servers = lines.filter((l) => 'dataDir' in l);
  const mine = backendName() === 'postgres' ? servers.find((s) => s.databaseUrl) : servers.find((s) => !s.databaseUrl);
  const out =
    backendName() === 'postgres'
      ? execFileSync('psql', [mine.databaseUrl, '-At', '-c', query], { encoding: 'utf8' })
      : execFileSync('sqlite3', [join(mine.dataDir, 'waterlinks.db'), query], { encoding: 'utf8' });
  return out.split('\n').map((l) => l.trim()).filter(Boolean);
}

function sql(query: string): number {
  return Number(sqlLines(query)[0] ?? 'NaN');
}

/** The headline figures computed here from the database, not by the app. */
function expectedFigures(): Record<string, number> {
  return {
    'fig-active': sql("SELECT COUNT(*) FROM partnership WHERE state = 'active'"),
    'fig-completed': sql("SELECT COUNT(*) FROM partnership WHERE state = 'completed'"),
    'fig-utilities': sql(
      'SELECT COUNT(*) FROM organization WHERE id IN (SELECT mentor_id FROM partnership UNION SELECT recipient_id FROM partnership)',
    ),
    'fig-people': sql(
      "SELECT CAST(COALESCE(SUM(v.value - o.baseline_value), 0) AS INTEGER) FROM outcome o JOIN outcome_value v ON v.outcome_id = o.id " +
        "WHERE o.kpi = 'people_with_new_access' AND o.is_public = TRUE " +
        'AND v.measured_on = (SELECT MAX(w.measured_on) FROM outcome_value w WHERE w.outcome_id = o.id)',
    ),
    'fig-trained': sql('SELECT COUNT(*) FROM training_enrolment WHERE completed_at IS NOT NULL'),
    'fig-downloads': sql(
      "SELECT COALESCE(SUM(f.downloads), 0) FROM knowledge_file f JOIN knowledge_product p ON p.id = f.product_id WHERE p.status = 'published'",
    ),
  };
}

/** Loads `path` and compares its figures with the database's. Other specs add partnerships
 *  and trainings in parallel, so a figure may change between the query and the page: the pair
 *  is taken again until both are read at a quiet moment (and must then agree). */
async function expectFigures(page: Page, path: string): Promise<Record<string, number>> {
  let expected: Record<string, number> = {};
  await expect(async () => {
    expected = expectedFigures();
    await page.goto(baseUrl() + path);
    for (const [id, value] of Object.entries(expected)) {
      expect(await page.getByTestId(id).innerText(), id).toBe(value.toLocaleString('en-US'));
    }
  }).toPass({ timeout: 30_000 });
  return expected;
}

for (const [label, size] of [['phone', PHONE], ['desktop', DESKTOP]] as const) {
  test(`home page and dashboard show the database's figures on a ${label}`, async ({ page }) => {
    const problems = watchForErrors(page);
    await page.setViewportSize(size);
    const expected = await expectFigures(page, '/');
    expect(expected['fig-active']).toBeGreaterThan(0);
    expect(expected['fig-people']).toBeGreaterThan(0);
    await expect(page.getByRole('heading', { name: 'Latest stories' })).toBeVisible();
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(1);
    await screenshot(page, `results-home-${label}`);

    await expectFigures(page, '/results');
    await expect(page.locator('figure.chart svg[role="img"]').first()).toBeVisible();
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(1);
    await screenshot(page, `results-dashboard-${label}`);

    // A filter with no data says so.
    await page.goto(baseUrl() + '/results?year_from=2001&year_to=2002');
    await expect(page.getByTestId('results-empty')).toBeVisible();
    expect(problems).toEqual([]);
  });
}

test('the map draws one line per partnership, each a link to it', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await page.goto(baseUrl() + '/results/map');
  // Other specs may add partnerships meanwhile (between utilities without coordinates, too), so
  // the check is: every demo partnership has its line, and no partnership has two.
  const demo = sqlLines('SELECT id FROM partnership WHERE is_demo = TRUE ORDER BY id');
  expect(demo.length).toBeGreaterThan(5);
  const drawn = await page.locator('[data-testid="partnership-map"] line').evaluateAll((lines) =>
    lines.map((l) => l.getAttribute('data-partnership') ?? ''),
  );
  for (const id of demo) expect(drawn.filter((d) => d === id), `partnership ${id}`).toHaveLength(1);
  expect(new Set(drawn).size).toBe(drawn.length);
  const first = page.locator('[data-testid="partnership-map"] a').first();
  const href = await first.getAttribute('href');
  expect(href).toMatch(/^\/partnerships\/\d+$/);
  await page.setViewportSize(DESKTOP);
  await screenshot(page, 'results-map');
});

test('the reports download with the dashboard totals', async ({ request }) => {
  // Retaken until quiet, as above: other specs change the figures in parallel.
  await expect(async () => {
    const expected = expectedFigures();
    const csv = await request.get(baseUrl() + '/results/tables/summary.csv');
    expect(csv.status()).toBe(200);
    const rows = new Map(
      (await csv.text()).split('\n').slice(1).filter(Boolean).map((l) => {
        const i = l.indexOf(',');
        return [l.slice(0, i), l.slice(i + 1).replace(/"/g, '')] as [string, string];
      }),
    );
    expect(Number(rows.get('Partnerships active'))).toBe(expected['fig-active']);
    expect(Number(rows.get('People with new or improved access'))).toBe(expected['fig-people']);
    const pdf = await request.get(baseUrl() + '/results/report.pdf');
    expect(pdf.status()).toBe(200);
    const body = await pdf.body();
    expect(body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // The text is glyphs of embedded fonts: poppler reads it back through the ToUnicode maps.
    const text = execFileSync('pdftotext', ['-', '-'], { input: body, encoding: 'utf8' });
    expect(text).toContain(`Partnerships active: ${expected['fig-active']}`);
  }).toPass({ timeout: 30_000 });
  const xlsx = await request.get(baseUrl() + '/results/report.xlsx');
  expect(xlsx.status()).toBe(200);
  expect((await xlsx.body()).subarray(0, 2).toString()).toBe('PK');
  const bad = await request.get(baseUrl() + '/results/report.pdf?year_from=2026&year_to=2020');
  expect(bad.status()).toBe(400);
});
