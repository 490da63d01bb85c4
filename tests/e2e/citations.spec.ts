import { expect, test } from '@playwright/test';
import { normalizeText } from '../../src/lib/citations/normalize';
import { editionOf, editionPath } from '../../src/lib/i18n/editions';
import { siteIndex } from './built-pages';
import { linkPath, linkPaths } from './paths';

// The first citation on /case/ that sits inside a section: the reader's path from a claim
// to its evidence and back.
const casePage = siteIndex().pages.get('/case/');
const cite = casePage?.citations.find((c) => c.sectionId !== null);

test('a citation leads to its note, the note to the source passage, and the passage back to the section', async ({ page }) => {
  expect(cite, '/case/ has a citation inside a section').toBeDefined();
  if (!cite) return;
  await page.goto('/case/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  // 1. The marker in the text.
  const marker = page.locator(`#${cite.markerId}`);
  await expect(marker).toHaveAccessibleName(`Note ${cite.note}`);
  await marker.click();
  await expect(page).toHaveURL(new RegExp(`/case/#${cite.target}$`));

  // 2. The note: the cited words in their sentence, marked, in view.
  const note = page.locator(`#note-${cite.note}`);
  await expect(note).toBeInViewport();
  const marks = await note.locator('mark').allTextContents();
  expect(marks.map(normalizeText)).toContain(normalizeText(cite.quote));

  // 3. The source passage, with the cited words marked.
  await note.getByRole('link', { name: /^see passage \d+ in the source$/ }).click();
  await expect(page).toHaveURL(new RegExp(`/sources/${cite.source}/#${cite.passageId}$`));
  const passage = page.locator(`#${cite.passageId}`);
  await expect(passage).toBeInViewport();
  const passageMarks = await passage.locator('blockquote mark').allTextContents();
  expect(passageMarks.map(normalizeText).join(' ')).toContain(normalizeText(cite.quote));

  // 4. "Cited in" leads back to the citing section.
  await passage
    .getByRole('link', { name: new RegExp(`: ${escapeRegExp(cite.sectionTitle ?? '')}$`) })
    .first()
    .click();
  await expect(page).toHaveURL(new RegExp(`/case/#${cite.sectionId}$`));
  await expect(page.locator(`#${cite.sectionId}`)).toBeInViewport();
});

// A sweep of the whole site: tagged so it runs once (desktop), not per device.
test(
  'every citation on the site resolves to a marked source passage, and every passage links back',
  { tag: '@sweep' },
  async ({ page }) => {
    test.setTimeout(300_000);
    const index = siteIndex();
    for (const [url, pageData] of index.pages) {
      await page.goto(url);
      for (const c of pageData.citations) {
        // A citation written beside others shows in their marker, led by the first; its own id stays there.
        const lead = pageData.citations.find((l) => l.ordinal === c.bundle) ?? c;
        const href = await page.locator(`#${lead.markerId}`).getAttribute('href');
        expect(href, `${url} ${c.markerId}`).toBe(`#${lead.target}`);
        await expect(page.locator(`sup.note-ref:has(a#${lead.markerId}) #${c.markerId}`), `${url} ${c.markerId}`).toHaveCount(1);
        await expect(page.locator(`#${c.target}`), `${url} ${c.target}`).toHaveCount(1);
        const link = page.locator(`#note-${c.note} a.passage-link`);
        // A Chinese page's note leads to the source page of its own edition (the same #p anchor).
        expect(await linkPath(link), `${url} note ${c.note}`).toBe(editionPath(editionOf(url), `/sources/${c.source}/#${c.passageId}`));
      }
    }
    for (const source of index.passages.keys()) {
      await page.goto(`/sources/${source}/`);
      const cited = [...index.byPassage.entries()].filter(([key]) => key.startsWith(`${source}#`));
      await expect(page.locator('section.passage')).toHaveCount(cited.length);
      for (const [key, citations] of cited) {
        const passageId = key.split('#')[1] ?? '';
        const section = page.locator(`section.passage#${passageId}`);
        const marked = normalizeText((await section.locator('blockquote mark').allTextContents()).join(' '));
        const backlinks = await linkPaths(section.locator('.cited-in a'));
        for (const c of citations) {
          expect(marked, `${key} marks "${c.quote}"`).toContain(normalizeText(c.quote));
          const target = c.sectionId ? `${c.pageUrl}#${c.sectionId}` : c.pageUrl;
          expect(backlinks, `${key} links back to ${target}`).toContain(target);
        }
      }
    }
  },
);

// Citations written side by side: one marker, whose note and preview show every source behind it.
const bundle = (() => {
  const all = casePage?.citations ?? [];
  const lead = all.find((c) => {
    const members = all.filter((m) => m.bundle === c.ordinal);
    return c.bundle === c.ordinal && new Set(members.map((m) => m.source)).size > 1 && c.target !== `note-${c.note}`;
  });
  return lead ? { lead, members: all.filter((m) => m.bundle === lead.ordinal) } : undefined;
})();

test('citations side by side show as one marker; the jump lands on the quotation behind the sentence, highlighted', async ({ page }) => {
  expect(bundle, '/case/ has a marker for several sources whose first note quotes several sentences').toBeDefined();
  if (!bundle) return;
  const { lead, members } = bundle;
  await page.goto('/case/');
  const marker = page.locator(`#${lead.markerId}`);
  const notes = [...new Set(members.map((m) => m.note))].sort((a, b) => a - b);
  await expect(marker).toHaveAccessibleName(notes.length === 2 ? `Notes ${notes[0]}, ${notes[1]}` : /^Notes /);
  // One marker, however many citations: the next marker in the paragraph is not beside it.
  await expect(marker.locator('xpath=ancestor::sup[1]').locator('a')).toHaveCount(1);
  await marker.click();
  await expect(page).toHaveURL(new RegExp(`/case/#${lead.target}$`));
  const quote = page.locator(`#${lead.target}`);
  await expect(quote).toBeInViewport();
  expect(await quote.evaluate((el) => el.matches('.note-quote:target'))).toBe(true);
  expect(await quote.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
  // The quotation holds the cited words, and its backlink leads back to the marker.
  const marks = await quote.locator('mark').allTextContents();
  expect(marks.map(normalizeText).join(' ')).toContain(normalizeText(lead.quote));
  await expect(quote.locator(`a.backlink[href="#${lead.markerId}"]`)).toHaveCount(1);
  // Letters run down the note in order: a, b, c…
  const letters = await page.locator(`#note-${lead.note} .backlinks a`).allTextContents();
  expect(letters).toEqual([...letters].sort((a, b) => a.length - b.length || a.localeCompare(b)));
  expect(letters[0]).toBe('a');
});

test('without JavaScript, a marker for several citations is a link to the first one\u2019s quotation', async ({ browser }) => {
  if (!bundle) throw new Error('no bundled marker on /case/');
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/case/');
  await page.locator(`#${bundle.lead.markerId}`).click();
  await expect(page).toHaveURL(new RegExp(`#${bundle.lead.target}$`));
  await expect(page.locator(`#${bundle.lead.target}`)).toBeInViewport();
  await context.close();
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

test.describe('notes folded on a phone', () => {
  // A quotation of its own in a note that quotes several sentences (#note-N-a), and a single note.
  const lettered = casePage?.citations.find((c) => /^note-\d+-[a-z]$/.test(c.target));
  const fold = (page: import('@playwright/test').Page) => page.locator('details[data-notes-fold]');

  test('on a narrow screen the notes are closed, so the page ends where its text ends; a marker opens them', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/case/');
    await expect(fold(page)).not.toHaveAttribute('open');
    await expect(page.locator('#note-1')).toBeHidden();
    await expect(page.getByRole('heading', { level: 2, name: 'Notes' })).toBeAttached();
    // No estimated height: the page is as tall on load as it is once scrolled to the end.
    const onLoad = await page.evaluate(() => document.documentElement.scrollHeight);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await page.waitForTimeout(200);
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBe(onLoad);
    await page.evaluate(() => window.scrollTo(0, 0));
    expect(cite).toBeDefined();
    if (!cite) return;
    await page.goto(`/case/#${cite.markerId}`);
    await page.locator(`#${cite.markerId}`).evaluate((a: HTMLAnchorElement) => a.click());
    await expect(page).toHaveURL(new RegExp(`#${cite.target}$`));
    await expect(fold(page)).toHaveAttribute('open');
    await expect(page.locator(`#${cite.target}`)).toBeInViewport();
  });

  test('the summary opens and closes them by keyboard', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/laws/');
    const summary = fold(page).locator('summary');
    await expect(summary).toHaveAccessibleName(/^Show the \d+ notes$/);
    await summary.focus();
    await page.keyboard.press('Enter');
    await expect(fold(page)).toHaveAttribute('open');
    await expect(page.locator('#note-1')).toBeVisible();
    await expect(summary).toHaveAccessibleName('Hide the notes');
  });

  for (const target of ['note-3', lettered?.target]) {
    test(`a direct link to #${target ?? 'note-N-a'} lands on it, opened`, async ({ page }) => {
      expect(target, '/case/ has a lettered quotation').toBeDefined();
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(`/case/#${target}`);
      await expect(fold(page)).toHaveAttribute('open');
      await expect(page.locator(`#${target}`)).toBeVisible();
      await expect(page.locator(`#${target}`)).toBeInViewport();
    });
  }

  test('without JavaScript a direct link to a note still lands on it, opened', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto('/case/#note-4');
    await expect(page.locator('#note-4')).toBeVisible();
    await expect(page.locator('#note-4')).toBeInViewport();
    await context.close();
  });

  test('on a wide screen the notes stand open', { tag: '@wide' }, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/case/');
    await expect(fold(page)).toHaveAttribute('open');
    await expect(page.locator('#note-1')).toBeAttached();
    await page.locator('#note-1').scrollIntoViewIfNeeded();
    await expect(page.locator('#note-1')).toBeVisible();
  });
});
