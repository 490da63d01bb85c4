import { expect, test } from '@playwright/test';
import { normalizeText } from '../../src/lib/citations/normalize';
import { siteIndex } from './built-pages';

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
  await expect(page).toHaveURL(new RegExp(`/case/#note-${cite.note}$`));

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
        const href = await page.locator(`#${c.markerId}`).getAttribute('href');
        expect(href, `${url} ${c.markerId}`).toBe(`#note-${c.note}`);
        const link = page.locator(`#note-${c.note} a.passage-link`);
        await expect(link, `${url} note ${c.note}`).toHaveAttribute('href', `/sources/${c.source}/#${c.passageId}`);
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
        const backlinks = await section.locator('.cited-in a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
        for (const c of citations) {
          expect(marked, `${key} marks "${c.quote}"`).toContain(normalizeText(c.quote));
          const target = c.sectionId ? `${c.pageUrl}#${c.sectionId}` : c.pageUrl;
          expect(backlinks, `${key} links back to ${target}`).toContain(target);
        }
      }
    }
  },
);

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
