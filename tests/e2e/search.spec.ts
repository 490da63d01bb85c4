import AxeBuilder from '@axe-core/playwright';
import { editionOf } from '../../src/lib/i18n/editions';
import { expect, test as base, type Locator, type Page } from '@playwright/test';
import { siteIndex } from './built-pages';
import { linkPaths } from './paths';

/**
 * Search in a real browser, against the built site: landing on the right section, the URL
 * round trip, the keyboard, highlighting, hostile input, the base path and the page without
 * JavaScript. Every test fails on a dialog, a console error, a page error, a CSP violation
 * (the pages carry their own policy) or a request to another origin.
 */
const test = base.extend<{ guard: string[] }>({
  guard: [
    async ({ page }, use) => {
      const problems: string[] = [];
      page.on('dialog', (dialog) => {
        problems.push(`dialog: ${dialog.message()}`);
        void dialog.dismiss();
      });
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (url.hostname !== '127.0.0.1' && url.protocol !== 'data:') problems.push(`request to another origin: ${request.url()}`);
      });
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline code'}`);
        });
      });
      await use(problems);
      expect(problems).toEqual([]);
    },
    { auto: true },
  ],
});

const headerField = (page: Page): Locator => page.getByRole('combobox', { name: 'Search the explainer' });
const headerResults = (page: Page): Locator => page.getByRole('listbox', { name: 'Search results' });
const pageField = (page: Page): Locator => page.getByRole('searchbox', { name: 'A name, an agency, a number or a phrase' });

/** Types a query into the header search and waits until the list shows that query's results. */
async function searchInHeader(page: Page, query: string): Promise<void> {
  await headerField(page).click();
  await headerField(page).clear();
  await headerField(page).pressSequentially(query);
  await expect(headerResults(page)).toHaveAttribute('data-query', query);
}

/** The link of an option or result, without the highlight parameter: "/case/#one-minute-rule". */
async function target(link: Locator): Promise<string> {
  const url = new URL((await link.getAttribute('href')) ?? '', 'http://x');
  return `${url.pathname}${url.hash}`;
}

/** Whether the element is inside the section that starts at the heading with the id (to the next heading of its level or higher). */
function inSection(element: Element, id: string): boolean {
  const anchor = document.getElementById(id);
  const heading = anchor?.closest('h1, h2, h3, h4, h5, h6') ?? anchor;
  if (!heading) return false;
  const headings = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')];
  const level = Number(heading.tagName.slice(1)) || 7;
  const end = headings.slice(headings.indexOf(heading) + 1).find((h) => Number(h.tagName.slice(1)) <= level);
  const after = heading.contains(element) || (heading.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
  const before = !end || (end.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_PRECEDING) !== 0;
  return after && before;
}

/**
 * Checks a landing: the URL, the words marked, the first mark of the section in view. The words
 * highlighted are the query's, then any words the search added (other names, abbreviations).
 */
async function expectLanding(page: Page, where: string, query: string): Promise<void> {
  const [path, id = ''] = where.split('#');
  const highlights = (h: string | null): boolean => h === query || (h ?? '').startsWith(`${query} `);
  await expect(page).toHaveURL(
    (url) => url.pathname === path && url.hash === (id ? `#${id}` : '') && highlights(url.searchParams.get('highlight')),
  );
  const first = page.locator('mark.search-hit-first');
  await expect(first).toHaveCount(1);
  await expect(first).toBeInViewport();
  if (id) expect(await first.evaluate(inSection, id), `the first highlighted match is in #${id}`).toBe(true);
  // Search leaves out the notes and markers; so does the highlight.
  await expect(page.locator('[data-pagefind-ignore] mark.search-hit')).toHaveCount(0);
}

// Queries a reader might type (names, agencies, numbers, phrases, a garbled spelling), and the
// section that answers each, read from the content: the section about the thing itself. Where
// several sections tell the same thing, each of them is a right answer, and the list names them.
// The third item, when there is one, is what the landing page highlights: the query's words, less stop words, and the words the alias table added.
/** Where a search for Sean Joyce may land: his own entry, or the explainer's sections on him. */
const SEAN_JOYCE = ['/people/#sean-joyce', '/related-cases/airbnb/#resignation', '/related-cases/airbnb/#data-concerns'];

const LANDINGS: [query: string, where: string | readonly string[], highlight?: string][] = [
  ['one-minute', '/case/#one-minute-rule'],
  ['MSS', '/laws/#mss'],
  // The key figures state the number; the case's section tells what it counts.
  ['23,000', ['/#key-figures', '/case/#xinjiang-users']],
  // His own entry, or the explainer's sections on him.
  ['Sean Joyce', SEAN_JOYCE],
  ['Zhou Fengsuo', '/corporate-responses/#zhou-fengsuo'],
  // The free-account ban on the US04 server, told on /corporate-responses/ with the suspension of free
  // registration, on /case/ as part of May 19, and on /related-cases/beijing-servers/ among the servers in the case.
  ['US04', ['/corporate-responses/#zoom-in-china', '/case/#may-warnings', '/related-cases/beijing-servers/#servers-in-the-case']],
  ['quarantine', '/case/#quarantine-idea'],
  ['non-disclosure agreement', '/case/#may-warnings'],
  ['real-name registration', '/laws/#data-in-china'],
  ['Humane China', '/people/#humanitarian-china'],
  ['Ministry of Public Security', '/laws/#mps', 'Ministry Public Security mps'],
  ['Xinjiang users', '/case/#xinjiang-users'],
  ['Internet police', '/laws/#internet-police'],
  ['TikTok', '/related-cases/tiktok/'],
];

test.describe('landing on the section that answers the query', () => {
  for (const [query, answers, highlight] of LANDINGS) {
    const right = typeof answers === 'string' ? [answers] : answers;
    test(`"${query}" → ${right.join(' or ')}`, async ({ page }) => {
      await page.goto('/about/');
      await searchInHeader(page, query);
      const first = headerResults(page).getByRole('option').first();
      const where = await target(first);
      expect(right).toContain(where);
      await headerField(page).press('ArrowDown');
      await expect(headerField(page)).toHaveAttribute('aria-activedescendant', (await first.getAttribute('id')) ?? '');
      await headerField(page).press('Enter');
      await expectLanding(page, where, highlight ?? query);
    });
  }
});

test('the search engine loads on intent, not with the page', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.goto('/case/');
  await page.waitForLoadState('networkidle');
  expect(requested.filter((p) => p.includes('/pagefind/') || p.includes('search-combobox'))).toEqual([]);
  await headerField(page).focus();
  await expect.poll(() => requested.some((p) => p.endsWith('/pagefind/pagefind.js'))).toBe(true);
});

test('"/" and Ctrl-K or ⌘-K put the cursor in the search field', async ({ page }) => {
  await page.goto('/laws/');
  await page.locator('body').press('/');
  await expect(headerField(page)).toBeFocused();
  await headerField(page).blur();
  await page.keyboard.press('Control+k');
  await expect(headerField(page)).toBeFocused();
  await headerField(page).blur();
  await page.keyboard.press('Meta+k');
  await expect(headerField(page)).toBeFocused();
  // On the search page, the shortcuts go to the page's own field.
  await page.goto('/search/?q=MSS');
  await page.locator('h1').click();
  await page.keyboard.press('/');
  await expect(pageField(page)).toBeFocused();
});

test('the header search is a combobox that the keyboard operates', async ({ page }) => {
  await page.goto('/');
  await searchInHeader(page, 'Evanina');
  const field = headerField(page);
  const options = headerResults(page).getByRole('option');
  await expect(field).toHaveAttribute('aria-expanded', 'true');
  await expect(options.first()).toBeVisible();
  const count = await options.count();
  expect(count).toBeGreaterThan(2);
  // Down, down, up: the second option, then the first; focus never leaves the field.
  await field.press('ArrowDown');
  await field.press('ArrowDown');
  await expect(field).toHaveAttribute('aria-activedescendant', (await options.nth(1).getAttribute('id')) ?? '');
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
  await field.press('ArrowUp');
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'false');
  await expect(field).toBeFocused();
  // Up from the first wraps to the last: "See all results".
  await field.press('ArrowUp');
  await expect(options.last()).toHaveAttribute('aria-selected', 'true');
  await expect(options.last()).toHaveText('See all results on the search page');
  // Escape closes the list and keeps the words; a second Escape clears them.
  await field.press('Escape');
  await expect(field).toHaveAttribute('aria-expanded', 'false');
  await expect(headerResults(page)).toBeHidden();
  await expect(field).toHaveValue('Evanina');
  await field.press('ArrowDown');
  await expect(field).toHaveAttribute('aria-expanded', 'true');
  await field.press('Escape');
  await field.press('Escape');
  await expect(field).toHaveValue('');
  // Tab leaves the field and closes the list.
  await searchInHeader(page, 'Evanina');
  await field.press('Tab');
  await expect(headerResults(page)).toBeHidden();
});

test('the number of results is announced once the reader pauses', async ({ page }) => {
  await page.goto('/');
  await searchInHeader(page, 'Evanina');
  const live = page.locator('[data-search-live]');
  await expect(live).toHaveAttribute('role', 'status');
  await expect(live).toHaveText(/^\d+ pages match\. \d+ sections are listed\.$/);
  await searchInHeader(page, 'zzqqx');
  await expect(live).toHaveText('No results for zzqqx.');
});

test('results follow the typing, and a slower earlier search never overwrites a later one', async ({ page }) => {
  await page.goto('/');
  await headerField(page).click();
  // Every keystroke searches ("S", "Se", …); only the last query's results may stay.
  await headerField(page).pressSequentially('Sean Joyce', { delay: 0 });
  await expect(headerResults(page)).toHaveAttribute('data-query', 'Sean Joyce');
  expect(SEAN_JOYCE).toContain(await target(headerResults(page).getByRole('option').first()));
  await headerField(page).press('Backspace');
  await expect(headerResults(page)).toHaveAttribute('data-query', 'Sean Joyc');
});

test('a single letter searches nothing: it would match nearly every page', async ({ page }) => {
  await page.goto('/');
  await headerField(page).click();
  await headerField(page).pressSequentially('M');
  await expect(headerField(page)).toHaveAttribute('aria-expanded', 'false');
  await headerField(page).pressSequentially('SS');
  await expect(headerResults(page)).toHaveAttribute('data-query', 'MSS');
  await headerField(page).press('Backspace');
  await headerField(page).press('Backspace');
  await expect(headerResults(page)).toBeHidden();
  await page.goto('/search/?q=M');
  await expect(page.locator('[data-search-status]')).toHaveText('Type at least two letters.');
  await expect(page.locator('.search-result')).toHaveCount(0);
});

test('each result shows its page, its section and the matched words', async ({ page }) => {
  await page.goto('/');
  await searchInHeader(page, 'MSS');
  const first = headerResults(page).getByRole('option').first();
  await expect(first.locator('.search-option-page')).toHaveText('China’s laws and agencies in the case');
  await expect(first.locator('.search-option-title')).toHaveText('The Ministry of State Security (MSS)');
  // The searched word is marked (and so are the words the alias table added: "Ministry of State Security").
  await expect(first.locator('mark').filter({ hasText: /^MSS$/ }).first()).toBeVisible();
  await expect(first).toHaveAccessibleName(/^China’s laws and agencies in the case The Ministry of State Security \(MSS\) .*MSS/);
});

test('a search that finds nothing says so and suggests names and topics that exist', async ({ page }) => {
  await page.goto('/case/');
  await searchInHeader(page, 'zzqqx');
  await expect(page.locator('[data-search-summary]')).toHaveText('No results for “zzqqx”. Try one of these:');
  const names = headerResults(page).getByRole('group', { name: 'Names to search for' }).getByRole('option');
  await expect(names.first()).toHaveText('Xinjiang Jin');
  await expect(headerResults(page).getByRole('group', { name: 'Topics to read' }).getByRole('option', { name: 'Laws' })).toBeVisible();
  // A suggested name searches for itself in place.
  await names.first().click();
  await expect(headerField(page)).toHaveValue('Xinjiang Jin');
  await expect(headerResults(page)).toHaveAttribute('data-query', 'Xinjiang Jin');
  // The section about him, not the top of the page whose title names him.
  expect(await target(headerResults(page).getByRole('option').first())).toBe('/case/#who-is-jin');
});

test('the header search submits to the search page, which keeps the query in its URL', async ({ page }) => {
  await page.goto('/timeline/');
  await searchInHeader(page, 'Brookings');
  await headerField(page).press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=Brookings$/);
  await expect(pageField(page)).toHaveValue('Brookings');
  const first = page.locator('.search-result a').first();
  await expect(first).toBeVisible();
  // Its entry, or the explainer's section that names it (Helberg's post there): where the explainer
  // holds the name, a reference entry is an index to it and earns no heading bonus (results.ts).
  expect(['/people/#brookings', '/corporate-responses/#research-staff-china']).toContain(await target(first));
});

test('?q= round trip: typing updates the URL, and Back and Forward restore each search', async ({ page }) => {
  await page.goto('/search/?q=MSS');
  await expect(pageField(page)).toHaveValue('MSS');
  await expect(page.getByText('Search needs JavaScript')).toBeHidden();
  await expect(page.locator('[data-search-status]')).toHaveText(/^\d+ pages match “MSS”\. Best sections first\.$/);
  expect(await target(page.locator('.search-result a').first())).toBe('/laws/#mss');

  await pageField(page).fill('');
  await pageField(page).pressSequentially('Zhou Fengsuo');
  await expect(page).toHaveURL(/\/search\/\?q=Zhou\+Fengsuo$/);
  await expect(page.locator('[data-search-status]')).toContainText('“Zhou Fengsuo”');
  await page.locator('.search-result a').first().click();
  await expectLanding(page, '/corporate-responses/#zhou-fengsuo', 'Zhou Fengsuo');

  await page.goBack();
  await expect(page).toHaveURL(/\/search\/\?q=Zhou\+Fengsuo$/);
  await expect(pageField(page)).toHaveValue('Zhou Fengsuo');
  await expect(page.locator('[data-search-status]')).toContainText('“Zhou Fengsuo”');
  // One history entry for the whole typing, not one per letter.
  await page.goBack();
  await expect(page).toHaveURL(/\/search\/\?q=MSS$/);
  await expect(pageField(page)).toHaveValue('MSS');
  await expect(page.locator('[data-search-status]')).toContainText('“MSS”');
  await page.goForward();
  await expect(pageField(page)).toHaveValue('Zhou Fengsuo');
  await expect(page.locator('[data-search-status]')).toContainText('“Zhou Fengsuo”');
});

test('filters are in the URL too, and narrow the results by topic and by source', async ({ page }) => {
  await page.goto('/search/?q=Zoom&topic=laws');
  const filters = page.locator('details[data-search-filters]');
  await expect(filters).toHaveAttribute('open', '');
  await expect(page.getByRole('checkbox', { name: /^Laws/ })).toBeChecked();
  await expect(page.locator('[data-search-status]')).toHaveText(/^1 page matches “Zoom” with these filters\./);
  for (const link of await page.locator('.search-result a').all()) expect(await target(link)).toMatch(/^\/laws\//);
  await expect(page.locator('[data-count="topic:case"]')).toHaveText(/^\(\d+\)$/);

  await page.getByRole('checkbox', { name: /^People/ }).check();
  await expect(page).toHaveURL(/\?q=Zoom&topic=laws&topic=people$/);
  await expect(page.locator('[data-search-status]')).toHaveText(/^2 pages match/);
  await page.goBack();
  await expect(page).toHaveURL(/\?q=Zoom&topic=laws$/);
  await expect(page.getByRole('checkbox', { name: /^People/ })).not.toBeChecked();

  // A source: every result's page cites it.
  await page.goto('/search/?q=Airbnb&source=axios-2020-12-18');
  await expect(page.getByRole('checkbox', { name: /^Axios, 18 Dec 2020/ })).toBeChecked();
  const pages = new Set<string>();
  for (const link of await page.locator('.search-result a').all()) pages.add((await target(link)).split('#')[0] ?? '');
  for (const url of pages) {
    const cites = url.startsWith('/sources/')
      ? url === '/sources/axios-2020-12-18/'
      : siteIndex()
          .pages.get(url)
          ?.citations.some((c) => c.source === 'axios-2020-12-18');
    expect(cites, `${url} cites axios-2020-12-18`).toBe(true);
  }

  // Unknown filter values in a hand-edited URL are dropped.
  await page.goto('/search/?q=MSS&topic=%3Cscript%3E');
  await expect(page).toHaveURL(/\/search\/\?q=MSS$/);
});

test('counts are of pages: a page indexed in chapters counts once, and a filter alone lists it once', async ({ page }) => {
  // /case/ is indexed in several chapters (src/lib/search/chapters.node.ts), and "Zoom" is in each of them.
  await page.goto('/search/?q=Zoom&topic=case');
  await expect(page.locator('[data-search-status]')).toHaveText(/^1 page matches “Zoom” with these filters\./);
  await expect(page.locator('[data-count="topic:case"]')).toHaveText('(1)');
  const sections = new Set<string>();
  for (const link of await page.locator('.search-result a').all()) sections.add(await target(link));
  expect(sections.size, 'sections from more than one chapter of /case/').toBeGreaterThan(3);
  for (const url of sections) expect(url).toMatch(/^\/case\//);

  await page.goto('/search/?topic=case');
  await expect(page.locator('[data-search-status]')).toHaveText(/^1 page matches these filters\./);
  await expect(page.locator('.search-result')).toHaveCount(1);
  expect(await target(page.locator('.search-result a').first())).toBe('/case/');
});

test('the search page shows more results on request and moves focus to them', async ({ page }) => {
  await page.goto('/search/?q=Zoom');
  const results = page.locator('.search-result');
  await expect(results).toHaveCount(10);
  await page.getByRole('button', { name: 'Show more results' }).click();
  await expect(results).toHaveCount(20);
  await expect(results.nth(10).locator('a')).toBeFocused();
});

test.describe('highlighting on landing', () => {
  test('marks the words and scrolls to the first match in the section, below its heading', async ({ page }) => {
    await page.goto('/case/?highlight=23%2C000#xinjiang-users');
    await expectLanding(page, '/case/#xinjiang-users', '23,000');
    await expect(page.locator('mark.search-hit-first')).toHaveText('23,000');
  });

  test('picks the first match inside the target section, not an earlier one on the page', async ({ page }) => {
    await page.goto('/laws/?highlight=MSS#mps');
    await expectLanding(page, '/laws/#mps', 'MSS');
    const where = await Promise.all((await page.locator('mark.search-hit').all()).map((mark) => mark.evaluate(inSection, 'mps')));
    expect(where.indexOf(true), 'some matches come before the section').toBeGreaterThan(0);
  });

  test('marks stems and both spellings of a compound', async ({ page }) => {
    await page.goto('/case/?highlight=one-minute#one-minute-rule');
    await expect(page.locator('mark.search-hit-first')).toHaveCount(1);
    const words = await page.locator('mark.search-hit').allTextContents();
    expect(words).toContain('one-minute');
    expect(words).toContain('one minute');
  });

  test('falls back to the first match in the page when the #fragment does not decode', async ({ page }) => {
    await page.goto('/case/?highlight=Zoom#%E0%A4%A');
    const first = page.locator('mark.search-hit-first');
    await expect(first).toHaveCount(1);
    await expect(page.locator('mark.search-hit').first()).toHaveClass(/search-hit-first/);
  });

  test('does nothing on a page opened without a search', async ({ page }) => {
    await page.goto('/case/#one-minute-rule');
    await page.waitForLoadState('networkidle');
    await expect(page.locator('mark.search-hit')).toHaveCount(0);
  });
});

// Each of these is typed (or pasted) into both search fields and put in a shared URL.
const BAD_INPUT: [label: string, input: string][] = [
  ['HTML', '<img src=x onerror=alert(1)><b>bold</b>'],
  ['a script tag', '<script>alert(document.domain)</script>'],
  ['a javascript: URL', 'javascript:alert(1)'],
  ['10,000 characters', 'x'.repeat(10_000)],
  ['regular-expression metacharacters', '.*+?^${}()|[]\\/'],
  ['emoji', '😀🔥👩‍👩‍👧'],
  ['right-to-left text', 'مرحبا بالعالم שלום'],
  ['Chinese characters', '天安门事件'],
  ['zero-width characters', 'Zo\u200Bom\u200D\u2060'],
  ['whitespace only', ' \t  \u3000 '],
];

test.describe('bad input is shown as text, with no dialog, error or CSP violation', () => {
  for (const [label, input] of BAD_INPUT) {
    test(label, async ({ page }) => {
      const normalized = input
        .replace(/[\u200B-\u200D\u2060]/g, '')
        .replace(/\s+/gu, ' ')
        .trim();
      const echo = Array.from(normalized).length > 60 ? `${Array.from(normalized).slice(0, 59).join('')}…` : normalized;
      const check = async (summary: Locator): Promise<void> => {
        if (normalized === '') return;
        if (normalized === 'Zoom') await expect(summary).toContainText('“Zoom”');
        else await expect(summary).toContainText(`“${echo}”`);
        await expect(page.locator('main img, header img, img[src="x"], b:text("bold")')).toHaveCount(0);
      };

      // The header field.
      await page.goto('/case/');
      await headerField(page).fill(input);
      if (normalized === '') {
        await expect(headerResults(page)).toBeHidden();
        await expect(headerField(page)).toHaveAttribute('aria-expanded', 'false');
      } else {
        await expect(headerResults(page)).toHaveAttribute('data-query', normalized.slice(0, 200));
        await check(page.locator('[data-search-summary]'));
      }
      await headerField(page).press('Enter');
      await expect(page).toHaveURL(/\/search\//);

      // The search page, from the URL.
      await page.goto(`/search/?q=${encodeURIComponent(input)}`);
      if (normalized === '') await expect(page.locator('[data-search-output]')).toBeHidden();
      else await check(page.locator('[data-search-status]'));

      // And typed into its field.
      await pageField(page).fill(input);
      if (normalized !== '') await check(page.locator('[data-search-status]'));

      // A result link carrying it to a page.
      await page.goto(`/case/?highlight=${encodeURIComponent(input)}#charges`);
      await expect(page.locator('h1')).toBeVisible();
    });
  }

  test('zero-width characters are ignored, so the word still matches', async ({ page }) => {
    await page.goto('/');
    await headerField(page).fill('Zo\u200Bom');
    await expect(headerResults(page)).toHaveAttribute('data-query', 'Zoom');
    await expect(page.locator('[data-search-summary]')).toHaveText(/^\d+ pages match “Zoom”$/);
  });

  test('right-to-left words are isolated from the sentence around them', async ({ page }) => {
    await page.goto('/search/?q=%D8%B4%D9%84%D9%88%D9%85');
    await expect(page.locator('[data-search-status] bdi')).toHaveText('شلوم');
  });
});

test('reading pages load at most 6 KB (compressed) of the site’s own JavaScript', async ({ page }) => {
  const sizes: Promise<number>[] = [];
  page.on('requestfinished', (request) => {
    if (request.resourceType() === 'script') sizes.push(request.sizes().then((s) => s.responseBodySize));
  });
  for (const url of ['/case/', '/people/', '/sources/epoch-times/']) {
    sizes.length = 0;
    await page.goto(url);
    await page.waitForLoadState('networkidle');
    const total = (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
    expect(total, `${url}: ${total} bytes of JavaScript`).toBeLessThanOrEqual(6 * 1024);
  }
});

test('axe finds no problem in the open header search or in the search page’s form and results', async ({ page }) => {
  // The whole pages are swept by a11y.spec.ts; this looks at the states only a search produces.
  const axe = async (...parts: string[]): Promise<string[]> => {
    const builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']);
    for (const part of parts) builder.include(part);
    return (await builder.analyze()).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
  };
  await page.goto('/case/');
  await searchInHeader(page, 'MSS');
  await headerField(page).press('ArrowDown');
  expect(await axe('form[data-search-form]')).toEqual([]);
  await searchInHeader(page, 'zzqqx');
  expect(await axe('form[data-search-form]')).toEqual([]);
  await page.goto('/search/?q=MSS&topic=laws');
  await expect(page.locator('.search-result').first()).toBeVisible();
  expect(await axe('form[data-search-page]', '[data-search-output]', '.search-site-index')).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the search page says search needs JavaScript and lists every page and section', async ({ page }) => {
    await page.goto('/search/');
    await expect(page.getByText('Search needs JavaScript.')).toBeVisible();
    const index = page.locator('.site-index');
    const hrefs = new Set(await linkPaths(index.locator('a')));
    for (const [url, info] of siteIndex().pages) {
      // The English search page lists the English edition; the Chinese editions get their own (issue 18).
      if (editionOf(url) !== 'en') {
        expect(hrefs.has(url), url).toBe(false);
        continue;
      }
      expect(hrefs.has(url), url).toBe(true);
      for (const heading of info.headings) expect(hrefs.has(`${url}#${heading.id}`), `${url}#${heading.id}`).toBe(true);
    }
    for (const source of siteIndex().passages.keys()) expect(hrefs.has(`/sources/${source}/`), source).toBe(true);
    // Every link lands somewhere real.
    const first = index.locator('a[href="../case/#one-minute-rule"]');
    await first.click();
    await expect(page).toHaveURL(/\/case\/#one-minute-rule$/);
  });

  test('the header search is a plain form that goes to the search page', async ({ page }) => {
    await page.goto('/case/');
    const field = page.getByRole('searchbox', { name: 'Search the explainer' });
    await field.fill('MSS');
    await field.press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=MSS$/);
    await expect(page.getByText('Search needs JavaScript')).toBeVisible();
  });
});

// Issue 15: each kind of query a reader types, on the search page, landing on the section that answers it.
const KINDS: [kind: string, query: string, where: string, highlight: string][] = [
  ['another spelling of a name', 'Julien Jin', '/case/#who-is-jin', 'Julien Jin xinjiang'],
  ['an agency’s full name for its abbreviation', 'Ministry of State Security', '/laws/#mss', 'Ministry State Security mss'],
  ['a digit for a number word', '1-minute rule', '/case/#one-minute-rule', '1-minute rule one'],
  // The question words are not searched and not highlighted.
  ['a question', 'who is Julien Jin', '/case/#who-is-jin', 'Julien Jin xinjiang'],
  // content/search-aliases.json: readers say "fake", the sources "fabricated" and "falsified".
  ['a synonym', 'fake evidence', '/case/#tiananmen-meetings', 'fake evidence fabricated falsified'],
];

test.describe('issue 15: each kind of query lands on the section that answers it', () => {
  for (const [kind, query, where, highlight] of KINDS) {
    test(`${kind}: "${query}" → ${where}`, async ({ page }) => {
      await page.goto(`/search/?q=${encodeURIComponent(query)}`);
      const first = page.locator('.search-result a').first();
      await expect(first).toBeVisible();
      expect(await target(first)).toBe(where);
      // What the alias table added is said, and highlighted on landing too.
      await expect(page.locator('[data-search-note]')).toContainText('Also searched: ');
      await first.click();
      await expectLanding(page, where, highlight);
    });
  }
});

// Issue 15: queries of several words land on the section that holds all of them (not on one that
// repeats one word often), a question's words are not searched, and the explainer's section comes
// before the reference entry (a person's card) that names the same words.
const EVERY_WORD: [kind: string, query: string, where: string, highlight: string][] = [
  ['a phrase', 'remote machine', '/case/#confidentiality', 'remote machine'],
  ['a number with its subject', '47 page complaint', '/case/#charges', '47 page complaint'],
  ['a question', 'when was Jin charged', '/case/#charges', 'Jin charged'],
  ['a name the explainer tells, before its entry on the people page', 'Sean Joyce', '/related-cases/airbnb/#resignation', 'Sean Joyce'],
];

test.describe('issue 15: a query of several words lands on the section that holds them all', () => {
  for (const [kind, query, where, highlight] of EVERY_WORD) {
    test(`${kind}: "${query}" → ${where}`, async ({ page }) => {
      await page.goto(`/search/?q=${encodeURIComponent(query)}`);
      const first = page.locator('.search-result a').first();
      await expect(first).toBeVisible();
      expect(await target(first)).toBe(where);
      await first.click();
      await expectLanding(page, where, highlight);
    });
  }
});

test('a typo: the nearest words of the vocabulary are searched, and the reader can search their own instead', async ({ page }) => {
  await page.goto('/search/?q=quarentine');
  const note = page.locator('[data-search-note]');
  await expect(note).toHaveText('Showing results for “quarantine”. Search instead for “quarentine”.');
  await expect(page.locator('[data-search-status]')).toHaveText(/^\d+ pages? match(es)? “quarantine”\./);
  const first = page.locator('.search-result a').first();
  expect(await target(first)).toBe('/case/#quarantine-idea');
  await first.click();
  await expectLanding(page, '/case/#quarantine-idea', 'quarantine');
  await page.goBack();
  await note.getByRole('link').click();
  await expect(page).toHaveURL(/\/search\/\?q=quarentine&exact=1$/);
  await expect(page.locator('[data-search-status]')).toHaveText('No results for “quarentine”.');
  await expect(note).toBeHidden();
  await page.goBack();
  await expect(note).toContainText('Showing results for “quarantine”');
});

test('a misspelt word that Pagefind still "found" (as another word) is searched as its nearest word', async ({ page }) => {
  // "Zheijang" is no word of the site, not even the start of one; Pagefind matched the "zh" of
  // "zh-hans" on the about page for it. The search runs for "zhejiang" instead.
  await page.goto('/search/?q=Zheijang');
  const note = page.locator('[data-search-note]');
  await expect(note).toHaveText('Showing results for “zhejiang”. Search instead for “Zheijang”.');
  const first = page.locator('.search-result a').first();
  expect(await target(first)).toBe('/case/#who-is-jin');
  await first.click();
  await expectLanding(page, '/case/#who-is-jin', 'zhejiang');
});

test('a source passage is titled as its source page titles it, and its excerpt does not repeat the title', async ({ page }) => {
  // "Bozhou" is only in a photo credit that the Epoch Times text carries.
  await page.goto('/search/?q=Bozhou');
  const group = page.locator('.search-group').first();
  await expect(group.locator('.search-group-kind')).toHaveText('Source');
  const result = group.locator('.search-result').first();
  const title = (await result.locator('.search-result-title').textContent()) ?? '';
  // Outlet, ¶ number and first words, as passageTitle() names it on the source page.
  expect(title).toMatch(/^The Epoch Times, ¶ \d+: “.+”$/);
  const pageTitle = (await group.locator('.search-group-title a').textContent()) ?? '';
  await expect(result.locator('.search-result-page')).toHaveText(`${pageTitle} ›`);
  const excerpt = (await result.locator('.search-result-excerpt').textContent()) ?? '';
  expect(excerpt).not.toMatch(/^Paragraph \d/);
  expect(excerpt).not.toContain('¶');
  // Pagefind marks the whole "Bozhou/The" of "(Chen Bozhou/The Epoch Times)".
  await expect(result.locator('mark').first()).toContainText('Bozhou');
  await result.locator('a').click();
  const id = new URL(page.url()).hash.slice(1);
  await expect(page.locator(`[id="${id}"]`)).toHaveText(title);
  await expectLanding(page, `/sources/epoch-times/#${id}`, 'Bozhou');
});

test('results are grouped under their page, the explainer before the sources', async ({ page }) => {
  await page.goto('/search/?q=Julien+Jin');
  const groups = page.locator('.search-group');
  await expect(groups.first()).toBeVisible();
  const kinds = await groups.evaluateAll((gs) => gs.map((g) => (g.querySelector('.search-group-kind') ? 'source' : 'explainer')));
  expect(kinds.indexOf('source') === -1 || kinds.slice(kinds.indexOf('source')).every((k) => k === 'source')).toBe(true);
  for (const group of await groups.all()) {
    const pageTitle = (await group.locator('.search-group-title a').textContent()) ?? '';
    for (const name of await group.locator('.search-result-page').allTextContents()) expect(name).toBe(`${pageTitle} ›`);
  }
  // Matched words are marked, with the words around them kept apart.
  await expect(page.locator('.search-result-excerpt mark').first()).toBeVisible();
  for (const text of await page.locator('.search-result-excerpt').allTextContents()) expect(text).not.toMatch(/\)[“"A-Za-z]/);
});

test('the search page shows that a search is loading', async ({ page }) => {
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/pagefind/pagefind.js', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/search/?q=MSS');
  const loading = page.locator('[data-search-loading]');
  await expect(loading).toBeVisible();
  await expect(loading).toHaveText('Searching…');
  release();
  await expect(page.locator('.search-result').first()).toBeVisible();
  await expect(loading).toBeHidden();
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('the header search opens full-screen, shows that it is loading, and closes', async ({ page }) => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/pagefind/pagefind.js', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('/case/');
    const form = page.locator('form[data-search-form]');
    await headerField(page).click();
    await headerField(page).pressSequentially('MSS');
    await expect(form).toHaveAttribute('data-loading', '');
    // The spinner takes the place of the search icon.
    await expect(form.locator('.site-search-submit svg')).toBeHidden();
    release();
    // The engine, its wasm and the index load only now: on a busy machine that can take seconds.
    await expect(headerResults(page)).toHaveAttribute('data-query', 'MSS', { timeout: 30_000 });
    await expect(form).not.toHaveAttribute('data-loading');
    const box = await form.boundingBox();
    // The whole screen (less the page's scroll bar, where the browser draws one), not the ~220 px field.
    expect(box?.x).toBe(0);
    expect(box?.y).toBe(0);
    expect(box?.width ?? 0).toBeGreaterThanOrEqual(340);
    expect(box?.height).toBe(740);
    const list = await page.locator('[data-search-popup]').boundingBox();
    expect(list?.width ?? 0).toBeGreaterThan(320);
    await page.getByRole('button', { name: 'Close' }).click();
    await expect(headerField(page)).not.toBeFocused();
    expect((await form.boundingBox())?.height ?? 0).toBeLessThan(100);
  });

  test('the field takes its full-screen place on the tap, and keeps it when the search code arrives', async ({ page }) => {
    // If the field moved when the list's style arrived, mid-word, Chromium could lose the caret:
    // "公安部" was typed as "部安公". Hold that style on a slow network to see the field before it.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    let asked = false;
    await page.route(/search-popup[^/]*\.css$/, async (route) => {
      asked = true;
      await held;
      await route.continue();
    });
    await page.goto('/zh-hans/laws/');
    const field = page.getByRole('combobox', { name: '搜索本站' });
    await field.click();
    await expect.poll(() => asked).toBe(true);
    const before = await field.boundingBox();
    expect(before?.x).toBeLessThan(20);
    expect(before?.width ?? 0).toBeGreaterThan(300);
    release();
    await expect(page.getByRole('button', { name: '关闭' })).toBeVisible();
    expect(await field.boundingBox()).toEqual(before);
    await field.pressSequentially('公安部');
    await expect(page.getByRole('listbox', { name: '搜索结果' })).toHaveAttribute('data-query', '公安部');
  });
});

// Issue 18: each Chinese edition has its own search page, which searches that edition's index and
// speaks its language, and the header search of a Chinese page leads there.
const CHINESE_LANDINGS: [edition: 'zh-hans' | 'zh-hant', query: string, where: string, highlight?: string][] = [
  ['zh-hans', '一分钟规定', '/zh-hans/case/#one-minute-rule'],
  ['zh-hans', '新疆用户', '/zh-hans/case/#xinjiang-users'],
  // A question: its question and function words are not searched, and the heading that asks "谁" answers it.
  ['zh-hans', 'Jin 是谁', '/zh-hans/case/#who-is-jin', 'Jin'],
  // A Latin abbreviation on a Chinese page.
  ['zh-hans', 'MSS', '/zh-hans/laws/#mss'],
  ['zh-hant', '國家安全部', '/zh-hant/laws/#mss'],
  ['zh-hant', '整改計劃', '/zh-hant/case/#china-suspension-2019'],
  // Split as its Simplified twin is ("诉|状"), not kept whole as the browser keeps "訴狀": src/lib/search/han-forms.ts.
  ['zh-hant', '訴狀', '/zh-hant/case/#charges'],
];

test.describe('issue 18: the Chinese search pages land on the section that answers the query', () => {
  for (const [edition, query, where, highlight] of CHINESE_LANDINGS) {
    test(`${edition}: "${query}" → ${where}`, async ({ page }) => {
      await page.goto(`/${edition}/search/?q=${encodeURIComponent(query)}`);
      await expect(page.locator('html')).toHaveAttribute('lang', edition === 'zh-hans' ? 'zh-Hans' : 'zh-Hant');
      const status = page.locator('[data-search-status]');
      await expect(status).toContainText(edition === 'zh-hans' ? '个页面相符' : '個頁面相符');
      // The query, in the edition's quotation marks, isolated from the sentence.
      await expect(status.locator('bdi')).toHaveText(query);
      await expect(status).toContainText(edition === 'zh-hans' ? `“${query}”` : `「${query}」`);
      const first = page.locator('.search-result a').first();
      expect(await target(first)).toBe(where);
      await first.click();
      await expectLanding(page, where, highlight ?? query);
    });
  }

  test('an abbreviation readers use is searched with the name the pages use, in the edition’s script', async ({ page }) => {
    // content/search-aliases.json: 国安部 for 国家安全部, converted for the Traditional edition.
    await page.goto(`/zh-hant/search/?q=${encodeURIComponent('國安部')}`);
    await expect(page.locator('[data-search-note]')).toHaveText(/：國家安全部。$/);
    const first = page.locator('.search-result a').first();
    expect(await target(first)).toBe('/zh-hant/laws/#mss');
    await first.click();
    await expectLanding(page, '/zh-hant/laws/#mss', '國安部');
  });

  test('a question’s words that no page has ("現在", "哪裡") do not empty the results', async ({ page }) => {
    await page.goto(`/zh-hant/search/?q=${encodeURIComponent('Jin 現在在哪裡')}`);
    await expect(page.locator('[data-search-status]')).toContainText('個頁面相符');
    expect(await target(page.locator('.search-result a').first())).toMatch(/^\/zh-hant\/case\//);
  });

  test('the header search of a Chinese page speaks Chinese and submits to its edition’s search page', async ({ page }) => {
    await page.goto('/zh-hans/laws/');
    const field = page.getByRole('combobox', { name: '搜索本站' });
    await field.click();
    await field.pressSequentially('公安部');
    const list = page.getByRole('listbox', { name: '搜索结果' });
    await expect(list).toHaveAttribute('data-query', '公安部');
    await expect(page.locator('[data-search-summary]')).toHaveText(/^“公安部”：\d+ 个页面相符$/);
    const option = list.getByRole('option').first();
    expect(await target(option)).toMatch(/^\/zh-hans\//);
    await expect(list.getByRole('option', { name: '在搜索页查看全部结果' })).toBeVisible();
    // Enter with no option chosen: the form goes to the edition's own search page.
    await field.press('Enter');
    await expect(page).toHaveURL(/\/zh-hans\/search\/\?q=%E5%85%AC%E5%AE%89%E9%83%A8$/);
    await expect(page.locator('.search-result').first()).toBeVisible();
  });

  test('a search that finds nothing says so in Chinese, with the reader’s words as text', async ({ page }) => {
    // Markup, but no word a page has: the Chinese index finds the pieces of Latin words, so a
    // "script" in the query would match the pages that say "JavaScript".
    const hostile = `"><zzqqx>`;
    await page.goto(`/zh-hant/search/?q=${encodeURIComponent(hostile)}`);
    const status = page.locator('[data-search-status]');
    await expect(status).toHaveText(`沒有與「${hostile}」相符的結果。`);
    await expect(page.locator('main zzqqx')).toHaveCount(0);
    // The suggestions search this edition's page, and the topics lead to its pages.
    const suggestions = page.locator('[data-search-empty]');
    await expect(suggestions).toBeVisible();
    expect(await linkPaths(suggestions.locator('a[data-suggest]'))).toEqual(
      expect.arrayContaining([expect.stringMatching(/^\/zh-hant\/search\/\?q=/)]),
    );
    expect(await linkPaths(suggestions.locator('a:not([data-suggest])'))).toContain('/zh-hant/case/');
    // An organization is suggested by the name this edition's pages give it, and that search finds it.
    await expect(suggestions).not.toContainText('Department of Justice');
    const agency = suggestions.locator('a[data-suggest="美國司法部"]');
    await expect(agency).toHaveCount(1);
    await agency.click();
    await expect(page.locator('[data-search-status]')).toContainText('個頁面相符');
  });

  test('axe finds no problem in a Chinese search page’s form and results', async ({ page }) => {
    await page.goto('/zh-hans/search/?q=%E5%85%AC%E5%AE%89%E9%83%A8&topic=laws');
    await expect(page.locator('.search-result').first()).toBeVisible();
    await expect(page.locator('[data-filter-summary]')).toHaveText('（已选 1 项）');
    const builder = new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
      .include('form[data-search-page]')
      .include('[data-search-output]');
    expect((await builder.analyze()).violations.map((v) => v.id)).toEqual([]);
  });
});

test.describe('issue 18: a Chinese search page without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('says search needs JavaScript and lists the edition’s pages, and the English pages it has no twin of', async ({ page }) => {
    await page.goto('/zh-hant/search/');
    await expect(page.locator('[data-search-nojs]')).toContainText('JavaScript');
    // The switcher leads to the other editions' search pages, and to no 中英对照 view: a search page has none.
    expect(await linkPaths(page.locator('[data-language-switch] a'))).toEqual(['/search/', '/zh-hans/search/', '/zh-hant/search/']);
    const index = page.locator('.site-index');
    // Titles and headings in Traditional characters, as the pages show them.
    await expect(index.locator('a[href$="case/#who-is-jin"]')).toHaveText('Xinjiang Jin 是誰');
    await expect(index).not.toContainText('关键数字');
    const hrefs = new Set(await linkPaths(index.locator('a')));
    for (const [url, info] of siteIndex().pages) {
      if (editionOf(url) !== 'zh-hant' || url.includes('/bilingual/') || url.endsWith('/search/')) continue;
      expect(hrefs.has(url), url).toBe(true);
      for (const heading of info.headings) expect(hrefs.has(`${url}#${heading.id}`), `${url}#${heading.id}`).toBe(true);
    }
    // A page with no Chinese twin is listed as the English page, marked as English.
    const english = index.locator('a[hreflang="en"]');
    for (const path of await linkPaths(english)) expect(editionOf(path), path).toBe('en');
    await index.locator('a[href$="case/#one-minute-rule"]').click();
    await expect(page).toHaveURL(/\/zh-hant\/case\/#one-minute-rule$/);
  });
});
