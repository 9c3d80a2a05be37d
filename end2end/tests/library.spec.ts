import { test, expect } from '@playwright/test';
import {
  baseUrl, DESKTOP, PHONE, screenshot, sidewaysOverflow, signIn, waitForPage, watchForErrors,
} from './helpers';

/** A one-page PDF showing `lines` in Helvetica, with a correct cross-reference table. */
function pdf(lines: string[]): Buffer {
  const text = lines.map((l) => `(${l.replace(/[\\()]/g, (c) => '\\' + c)}) Tj T*`).join('\n');
  const content = `BT\n/F1 12 Tf\n16 TL\n72 740 Td\n${text}\nET\n`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    `<< /Length ${content.length} >>\nstream\n${content}endstream`,
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

test('an admin publishes a manual, a visitor finds it by a word inside its PDF and downloads it', async ({ browser }) => {
  test.setTimeout(120_000);
  // A word that appears only inside the PDF, never in the title or summary.
  const word = `xylofluoride${Date.now() % 100000}`;
  const title = `Chlorination Manual for Small Utilities ${Date.now() % 100000}`;

  // 1. The secretariat admin adds the manual and uploads its PDF.
  const admin = await browser.newContext({ viewport: DESKTOP });
  const a = await admin.newPage();
  await signIn(a, process.env.E2E_ADMIN_EMAIL!, process.env.E2E_ADMIN_PASSWORD!);
  await a.goto(baseUrl() + '/library/new');
  await waitForPage(a);
  await a.getByLabel('Type').selectOption('manual');
  await a.getByLabel('Title').fill(title);
  await a.getByLabel('Summary').fill('Dosing, contact time and residual monitoring for water districts with one treatment plant.');
  await a.getByLabel('Authors').fill('WaterLinks Secretariat');
  await a.getByLabel('Written in').selectOption('en');
  await a.getByLabel('Water quality and water safety planning').check();
  await a.getByLabel('Countries').fill('Philippines, Fiji');
  await a.getByRole('button', { name: 'Publish' }).click();
  await expect(a).toHaveURL(/\/library\/\d+/);
  await expect(a.getByRole('heading', { level: 1, name: title })).toBeVisible();
  // A file over 20 MB is refused by the field before anything is sent: the server could only
  // answer by cutting the connection, which the browser would show as a network error.
  const uploads: string[] = [];
  a.on('request', (r) => { if (r.url().includes('/files')) uploads.push(r.url()); });
  await waitForPage(a);
  const fileField = a.getByLabel('Upload the file');
  await fileField.setInputFiles({
    name: 'Scanned annexes.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.alloc(21 * 1024 * 1024, 0x20),
  });
  await expect(a.getByText('The file is larger than 20 MB.')).toBeVisible();
  await expect(fileField).toHaveAttribute('aria-invalid', 'true');
  await screenshot(a, 'library-file-too-large');
  await a.getByRole('button', { name: 'Upload', exact: true }).click();
  await expect(a.getByText('The file is larger than 20 MB.')).toBeVisible();
  expect(uploads).toEqual([]);
  await fileField.setInputFiles({
    name: 'Chlorination manual.pdf',
    mimeType: 'application/pdf',
    buffer: pdf(['Chapter 2: Dosing', `Residual chlorine and ${word} checks at the reservoir.`]),
  });
  await expect(a.getByText('The file is larger than 20 MB.')).toHaveCount(0);
  await a.getByRole('button', { name: 'Upload', exact: true }).click();
  await expect(a.getByText('Version 1 is uploaded.')).toBeVisible();
  await expect(a.getByText('Latest · version 1')).toBeVisible();
  const productUrl = a.url().split('?')[0];

  // 2. A visitor on a phone searches for the word and sees it highlighted.
  const visitor = await browser.newContext({ viewport: PHONE, acceptDownloads: true });
  const v = await visitor.newPage();
  const problems = watchForErrors(v);
  await v.goto(baseUrl() + '/library');
  await waitForPage(v);
  await expect(v.locator('#library-message')).toContainText('Type a few words');
  await screenshot(v, 'library-360');
  expect(await sidewaysOverflow(v)).toBeLessThanOrEqual(0);
  await v.getByLabel('Search titles, summaries and documents').fill(word);
  await v.getByRole('button', { name: 'Search' }).click();
  await expect(v.locator('#library-count')).toHaveText('1 product');
  await expect(v.locator('.result mark')).toHaveText(word);
  await v.getByRole('link', { name: title }).click();
  await expect(v.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(v.locator('#total-downloads')).toHaveText('0');
  expect(await sidewaysOverflow(v)).toBeLessThanOrEqual(0);
  await screenshot(v, 'library-product-360');

  // 3. The visitor downloads the PDF; the count goes up (viewing the page did not count).
  const [download] = await Promise.all([
    v.waitForEvent('download'),
    v.getByRole('link', { name: 'Chlorination manual.pdf' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('Chlorination manual.pdf');
  await download.path();
  await v.goto(productUrl);
  await waitForPage(v);
  await expect(v.locator('#total-downloads')).toHaveText('1');
  await expect(v.getByText('1 download', { exact: true })).toBeVisible();
  expect(problems).toEqual([]);
  await admin.close();
  await visitor.close();
});
