import { test, expect } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { simpleParser } from 'mailparser';
import { baseUrl, DESKTOP, PHONE, screenshot, signIn, signUpConfirmed, waitForPage, watchForErrors } from './helpers';
import { sessionNow } from './sessions';

const NAME = 'Nguyễn Thị Minh Khai';
// Letters only Vietnamese writes: a page or an email in Vietnamese has some.
const VIETNAMESE = /[ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđơư]/i;

/** The messages the SMTP sink received for `email`, decoded (subject, text, HTML). */
async function mailsTo(email: string): Promise<{ subject: string; text: string; html: string }[]> {
  const folder = join(process.env.E2E_MAILDIR ?? '', 'new');
  const deadline = Date.now() + 15_000;
  for (;;) {
    const found = [];
    for (const file of existsSync(folder) ? readdirSync(folder) : []) {
      const raw = readFileSync(join(folder, file));
      if (!raw.includes(email)) continue;
      const parsed = await simpleParser(raw);
      found.push({ subject: parsed.subject ?? '', text: parsed.text ?? '', html: String(parsed.html || '') });
    }
    if (found.length > 0 || Date.now() > deadline) return found;
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** The text of a PDF as a reader's copy-and-paste would give it (poppler's pdftotext). */
function pdfText(bytes: Buffer): string {
  const file = join(tmpdir(), `waterlinks-${Date.now()}-${Math.random().toString(16).slice(2)}.pdf`);
  writeFileSync(file, bytes);
  // Lines a long name wraps onto are joined again: what matters is the letters and their order.
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-']).toString('utf8').normalize('NFC').replace(/\s+/g, ' ');
}

test('a visitor switches to Tiếng Việt, registers for the Forum, and the email, badge and certificate are Vietnamese with the name exact', async ({ browser }) => {
  test.setTimeout(240_000);
  const visitor = await browser.newContext({ viewport: PHONE, locale: 'en-US', acceptDownloads: true });
  const v = await visitor.newPage();
  const problems = watchForErrors(v);
  const email = `minh.khai.${Date.now()}@e2e.example`;

  // 1. The header's language menu, with the keyboard as a phone's screen reader would.
  await v.goto(baseUrl() + '/forum');
  await waitForPage(v);
  await expect(v.locator('html')).toHaveAttribute('lang', 'en');
  await v.locator('.lang-menu__toggle').click();
  await v.getByRole('button', { name: 'Tiếng Việt' }).click();
  await waitForPage(v);
  await expect(v).toHaveURL(/\/forum\??$/);
  await expect(v.locator('html')).toHaveAttribute('lang', 'vi');
  await expect(v.getByRole('navigation').getByRole('link', { name: 'Diễn đàn' })).toBeVisible();
  await screenshot(v, 'forum-vi-phone');

  // 2. The registration, in Vietnamese; the refused field says why in Vietnamese.
  const form = v.locator('form', { has: v.locator('input[name="name"]') });
  await form.locator('input[name="email"]').fill(email);
  await form.locator('input[name="organization"]').fill('Công ty Cổ phần Cấp nước Huế');
  await form.locator('select[name="attendee_type"]').selectOption('utility');
  for (const radio of await form.locator('input[type="radio"][value="no"]').all()) await radio.check();
  for (const select of await form.locator('select[name^="answers"]').all()) {
    const options = await select.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
    await select.selectOption(options[options.length - 1]);
  }
  await form.locator('button[type="submit"]').click();
  const nameError = v.locator('.field__error[data-field="name"]');
  await expect(nameError).toBeVisible();
  expect(await nameError.textContent()).toMatch(VIETNAMESE);
  await form.locator('input[name="name"]').fill(NAME);
  await form.locator('button[type="submit"]').click();
  const registered = v.locator('#forum-registered');
  await expect(registered).toBeVisible();
  expect(await registered.textContent()).toMatch(VIETNAMESE);

  // 3. The confirmation email is Vietnamese, names the person exactly, and its link confirms.
  const [letter] = await mailsTo(email);
  expect(letter, 'the confirmation email').toBeTruthy();
  expect(letter.subject).toMatch(VIETNAMESE);
  expect(letter.text).toContain(NAME);
  expect(letter.text).toMatch(VIETNAMESE);
  expect(letter.html).toContain('lang="vi"');
  const link = letter.text.match(/https?:\/\/\S+\/forum\/confirm\?token=[0-9a-f]{32}/)![0];
  await v.goto(link);
  await waitForPage(v);
  await v.locator('main form button[type="submit"]').first().click();
  await expect(v.locator('#forum-confirmed')).toBeVisible();
  await v.locator('a[href^="/forum/badge/"]').first().click();
  await waitForPage(v);
  await expect(v.getByRole('heading', { name: NAME })).toBeVisible();
  expect(await v.locator('main').textContent()).toMatch(VIETNAMESE);
  await screenshot(v, 'forum-badge-vi-phone');

  // 4. The printed badge (the browser's own print to PDF) carries the name exactly.
  await v.emulateMedia({ media: 'print' });
  const badgeText = pdfText(await v.pdf({ width: '100mm', height: '140mm' }));
  expect(badgeText).toContain(NAME);
  await v.emulateMedia({ media: 'screen' });
  expect(problems).toEqual([]);

  // 5. A training certificate: the same person, signed in, completes a program; the PDF is
  // Vietnamese and shows the name exactly.
  const member = await browser.newContext({ viewport: PHONE, acceptDownloads: true });
  const memberEmail = `minh.khai.member.${Date.now()}@e2e.example`;
  await signUpConfirmed(member.request, NAME, memberEmail);
  const m = await member.newPage();
  await signIn(m, memberEmail, 'a long enough passphrase');
  // Chosen on the account page: kept on the account, so the certificate follows it.
  await m.goto(baseUrl() + '/account');
  await waitForPage(m);
  await m.locator('#account-language').selectOption('vi');
  await m.locator('#language-form button[type="submit"]').click();
  await waitForPage(m);
  await expect(m.locator('html')).toHaveAttribute('lang', 'vi');
  const admin = await browser.newContext({ viewport: DESKTOP });
  const a = await admin.newPage();
  await signIn(a, process.env.E2E_ADMIN_EMAIL!, process.env.E2E_ADMIN_PASSWORD!);
  const session = sessionNow();
  const post = async (path: string, form: Record<string, string>) => {
    const res = await admin.request.post(baseUrl() + path, { form, headers: { origin: baseUrl(), accept: 'application/json' } });
    expect(res.status(), `${path}: ${await res.text()}`).toBe(200);
    return res.json();
  };
  const programId: number = await post('/api/training/create', {
    title: `Giảm thất thoát nước ${Date.now()}`, description: 'Phát hiện rò rỉ và quản lý áp lực trong mạng lưới cấp nước.',
    format: 'in_person', venue: 'Huế', link: '', language: 'vi', capacity: '10', min_sessions: '',
    time_zone: session.zone, topic: 'nrw', topic2: '', trainers: '',
  });
  await post('/api/training/add_session', { program_id: String(programId), session_title: 'Buổi 1', date: session.day, starts: session.starts, ends: session.ends });
  const enrolled = await member.request.post(baseUrl() + '/api/training/enrol', { form: { program_id: String(programId) }, headers: { origin: baseUrl(), accept: 'application/json' } });
  expect(enrolled.status()).toBe(200);
  const detail = await post('/api/training/program', { id: String(programId) });
  const entry = detail.roster.find((r: { name: string }) => r.name === NAME);
  await post('/api/training/attendance', { session_id: String(detail.sessions[0].id), enrolment_id: String(entry.enrolment_id), present: 'true' });
  await m.goto(`${baseUrl()}/training/${programId}`);
  await waitForPage(m);
  const certificateLink = m.locator('a[href$="/certificate.pdf"]');
  await expect(certificateLink).toBeVisible();
  const pdf = await (await member.request.get(baseUrl() + (await certificateLink.getAttribute('href'))!)).body();
  const certificateText = pdfText(pdf);
  expect(certificateText).toContain(NAME);
  expect(certificateText).toMatch(VIETNAMESE);
  await Promise.all([visitor.close(), member.close(), admin.close()]);
});

test('a knowledge product written in Thai is found by a Thai word inside an unspaced phrase', async ({ page }) => {
  await page.context().addCookies([{ name: 'wl_lang', value: 'th', url: baseUrl() }]);
  await page.goto(`${baseUrl()}/library`);
  await waitForPage(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'th');
  // "น้ำสูญเสีย" (non-revenue water) is inside "การลดน้ำสูญเสียสำหรับการประปา": Thai has no spaces.
  await page.locator('#library-q').fill('น้ำสูญเสีย');
  await page.locator('#library-q').press('Enter');
  await waitForPage(page);
  const results = page.locator('main .result');
  await expect(results).toHaveCount(1);
  const title = results.first().locator('h2');
  await expect(title).toHaveText('ชุดเครื่องมือการลดน้ำสูญเสียสำหรับการประปา');
  await expect(title).toHaveAttribute('lang', 'th');
  await expect(title.locator('mark')).toHaveText('น้ำสูญเสีย');
  // Its page links to the English original it translates.
  await title.locator('a').click();
  await waitForPage(page);
  await expect(page.locator('#translations a[hreflang="en"]')).toHaveText('English');
});
