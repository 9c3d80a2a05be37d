import { test, expect } from '@playwright/test';
import { baseUrl, PHONE, waitForPage } from './helpers';

// Words of the English interface that no page in another language may show. They were chosen so
// that none appears in the demo content (names, titles and texts people wrote stay in their own
// language and are not checked): `grep` the demo data before adding one. Not "Email": Vietnamese
// and Indonesian write it so too.
const ENGLISH = [
  'Please', 'Sign in', 'Sign up', 'Loading', 'Search', 'Save', 'Choose', 'There are no', 'Apply',
  'Read more', 'Back to', 'Create', 'Cancel', 'Password', 'Results', 'Events', 'Contact', 'Home',
  'Upcoming', 'places left', 'Nominees', 'Vote', 'Skip to content', 'Library', 'Your time',
];

const PAGES = [
  '/', '/partners', '/partnerships', '/results', '/needs', '/training', '/library', '/forum', '/awards',
  '/stories', '/news', '/events', '/contact', '/developers', '/sign-in', '/sign-up', '/forgot-password',
];

const LANGUAGES = ['id', 'vi', 'zh-Hans', 'th'];

for (const lang of LANGUAGES) {
  test(`the main pages in ${lang} leave no English behind`, async ({ browser }) => {
    test.setTimeout(180_000);
    const context = await browser.newContext({ viewport: PHONE });
    await context.addCookies([{ name: 'wl_lang', value: lang, url: baseUrl() }]);
    const page = await context.newPage();
    const found: string[] = [];
    for (const path of PAGES) {
      await page.goto(baseUrl() + path);
      await waitForPage(page);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      // The interface's own words: everything but content marked with its own language and
      // the names of people, organizations and places (`translate="no"`).
      const text = await page.evaluate((pageLang) => {
        const root = document.body.cloneNode(true) as HTMLElement;
        root.querySelectorAll('[lang], [translate="no"], script, style, noscript').forEach((el) => {
          if (el.getAttribute('lang') !== pageLang) el.remove();
        });
        return root.innerText;
      }, lang);
      for (const word of ENGLISH) {
        if (text.includes(word)) found.push(`${path}: "${word}"`);
      }
    }
    expect(found, `English left on ${lang} pages`).toEqual([]);
    await context.close();
  });
}
