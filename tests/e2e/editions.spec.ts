import { expect, test } from '@playwright/test';
import { siteIndex } from './built-pages';
import { linkPath } from './paths';
import { renderingKey } from '../../src/lib/translations/passages';

// The language switcher keeps the reader's section: what only a browser can show.
test('switching language keeps the section in the address', async ({ page }) => {
  await page.goto('/#key-figures');
  await page.getByRole('navigation', { name: 'This page in other languages' }).getByRole('link', { name: '简体中文' }).click();
  await expect(page).toHaveURL(/\/zh-hans\/#key-figures$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  await expect(page.locator('#key-figures')).toBeInViewport();
});

test('switching back keeps the section too', async ({ page }) => {
  await page.goto('/zh-hant/#in-brief');
  await page.getByRole('navigation', { name: '本頁的其他語言版本' }).getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/#in-brief$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('the about page: the English switcher leads to the Traditional page at the same section', async ({ page }) => {
  await page.goto('/about/#citing');
  await page.getByRole('navigation', { name: 'This page in other languages' }).getByRole('link', { name: '繁體中文' }).click();
  await expect(page).toHaveURL(/\/zh-hant\/about\/#citing$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant');
  await expect(page.locator('#citing')).toHaveText('如何引用本站');
  await expect(page.locator('#citing')).toBeInViewport();
});

// The Chinese about page's lists speak Chinese, without JavaScript.
test.describe('the Chinese about page, without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('lists the changes in Chinese where an entry has a Chinese summary, and in English, marked so, where not', async ({ page }) => {
    await page.goto('/zh-hant/about/#changes');
    const list = page.locator('ol.changes');
    // Its own entry, converted to Traditional.
    const own = list.locator('li', { hasText: '關於本站一頁的中文版' });
    await expect(own).toHaveCount(1);
    await expect(own.locator('time')).toHaveText('2026年11月30日');
    await expect(own.locator('[lang="en"]')).toHaveCount(0);
    await expect(own).toContainText('（4 個頁面）');
    // An entry with no Chinese summary: its English, marked English.
    const english = list.locator('li', { hasText: 'The about page says how the Chinese editions were made and checked' });
    await expect(english.locator('span[lang="en"]')).toHaveCount(1);
    // The feeds: the edition's own and the English one.
    const feeds = page.locator('.change-list > p').getByRole('link');
    await expect(feeds).toHaveText(['Atom 訂閱源', '英文訂閱源']);
  });

  test('a Chinese page’s date and footer lead to its edition’s about page', async ({ page }) => {
    await page.goto('/zh-hant/case/');
    const dateline = page.locator('.dateline a');
    expect(await linkPath(dateline)).toBe('/zh-hant/about/#changes');
    await expect(dateline).not.toHaveAttribute('hreflang', /.*/);
    const download = page.locator('footer').getByRole('link', { name: '下載本站' });
    expect(await linkPath(download)).toBe('/zh-hant/about/#download');
    await download.click();
    await expect(page.locator('#download')).toHaveText('下載本站');
  });

  test('says in Chinese that the downloads hold the English edition, and its labels take the edition’s quotation marks', async ({
    page,
  }) => {
    await page.goto('/zh-hans/about/#download');
    const list = page.locator('[data-downloads]');
    await expect(list).toContainText('HTML 文件、PDF、EPUB 和 ZIM 文件收录的是本站的英文版');
    await expect(list.locator('li')).toHaveCount(5);
    await expect(list.locator('li').first()).toContainText('整个解读的 HTML 单文件');
    await page.goto('/zh-hant/about/#citing');
    await expect(page.locator('main')).toContainText('每個頁面的末尾都有一個「引用本頁」面板');
    await page.goto('/zh-hant/bilingual/about/#citing');
    // The view's English half keeps the English marks.
    await expect(page.locator('main [lang="en"]', { hasText: 'Each page ends with a' })).toContainText('“Cite this page” panel');
  });
});

test('without JavaScript the switcher is a plain list of links to the twins', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/zh-hant/');
  const links = page.getByRole('navigation', { name: '本頁的其他語言版本' }).getByRole('link');
  // The last link is the page's 中英对照 view, in the same script.
  await expect(links).toHaveText(['English', '简体中文', '繁體中文', '中英對照']);
  await links.first().click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await context.close();
});

test('a Chinese quotation shows the English words behind it', async ({ page }) => {
  await page.goto('/zh-hant/#key-figures');
  const quote = page.locator('.zh-quote', { hasText: '非法會議' });
  await expect(quote).toBeVisible();
  await expect(quote.locator('[lang="en"]')).toHaveText('“illegal meeting”');
  await expect(quote).toContainText('本站譯文');
});

// The 中英对照 view (issue 18): Chinese and English blocks alternate, and it reads without JavaScript.
test.describe('the 中英对照 view, without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a Chinese page links to it, and it alternates Chinese and English blocks with the right lang', async ({ page }) => {
    await page.goto('/zh-hans/case/');
    await page.getByRole('navigation', { name: '本页的其他语言版本' }).getByRole('link', { name: '中英对照' }).click();
    await expect(page).toHaveURL(/\/zh-hans\/bilingual\/case\/$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
    // The blocks of the "charges" section, in order, up to the next heading.
    const blocks = await page.locator('#charges').evaluate((h2) => {
      const out: { lang: string; text: string }[] = [];
      for (let el = h2.parentElement?.nextElementSibling; el && !el.matches('.heading'); el = el.nextElementSibling) {
        out.push({ lang: el.closest('[lang]')?.getAttribute('lang') ?? '', text: (el.textContent ?? '').trim() });
      }
      return out;
    });
    expect(blocks[0]).toEqual({ lang: 'en', text: 'The charges' });
    const body = blocks.slice(1);
    expect(body.length).toBeGreaterThanOrEqual(4);
    expect(body.length % 2).toBe(0);
    body.forEach((block, i) => {
      expect(block.lang, block.text).toBe(i % 2 === 0 ? 'zh-Hans' : 'en');
      // Chinese blocks are written in Han characters; the English ones hold none but the screen reader label.
      if (i % 2 === 0) expect(block.text).toMatch(/\p{Script=Han}/u);
      else expect(block.text.replace('英文原文：', '')).not.toMatch(/\p{Script=Han}/u);
    });
    expect(body[1]?.text).toContain('prosecutors from the U.S. Justice Department charged Jin');
    // The English half is visibly set apart and labelled for screen readers in the page's language.
    await expect(page.locator('.bilingual-en').first().locator('.sr-only')).toHaveAttribute('lang', 'zh-Hans');
  });

  test('a section link lands, ids are unique, and the English carries no second set of markers', async ({ page }) => {
    await page.goto('/zh-hans/bilingual/case/#charges');
    await expect(page.locator('#charges')).toBeInViewport();
    const ids = await page.locator('[id]').evaluateAll((els) => els.map((el) => el.id));
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    await expect(page.locator('.bilingual-en .note-ref')).toHaveCount(0);
    await expect(page.locator('.note-ref').first()).toBeVisible();
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/zh-hans\/case\/$/);
    await expect(page.locator('link[rel="alternate"][hreflang]')).toHaveCount(0);
  });

  test('the Traditional view converts the Chinese only, and links back to the Chinese page and the English page', async ({ page }) => {
    await page.goto('/zh-hant/bilingual/case/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant');
    await expect(page.locator('#charges')).toHaveText('指控');
    await expect(page.locator('.bilingual-en').filter({ hasText: 'charged Jin' })).toContainText('Justice Department');
    const nav = page.getByRole('navigation', { name: '本頁的其他語言版本' });
    await expect(nav.getByRole('link')).toHaveText(['English', '简体中文', '繁體中文', '只看中文']);
    await nav.getByRole('link', { name: '只看中文' }).click();
    await expect(page).toHaveURL(/\/zh-hant\/case\/$/);
    await page.goBack();
    await page.getByRole('link', { name: '閱讀英文原頁' }).click();
    await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/case\/$/);
  });
});

test.describe('the Chinese timeline and people pages', () => {
  test("a Chinese event shows its Chinese text, and its marker leads to the same source passage as the English event's", async ({
    page,
  }) => {
    const passageOf = async (path: string): Promise<string> => {
      await page.goto(path);
      const marker = page.locator('#june-3-meeting').locator('xpath=ancestor::li[1]').locator('sup.note-ref a').first();
      const note = await marker.getAttribute('href');
      return (await page.locator(`${note} a.passage-link`).first().getAttribute('href')) ?? '';
    };
    const english = await passageOf('/timeline/');
    await page.goto('/zh-hans/timeline/#june-3-meeting');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
    await expect(page.locator('#june-3-meeting')).toContainText('一场私人会议被终止');
    await expect(page.locator('#june-3-meeting')).toBeInViewport();
    // The "Covered in" link leads to the Chinese case page's section, named by its Chinese heading.
    const covered = page.locator('#june-3-meeting').locator('xpath=ancestor::li[1]').locator('.covered-in a');
    await expect(covered).toHaveAttribute('href', '../case/#june-3-meeting');
    await expect(covered).toContainText('针对 Xinjiang Jin 的案件：');
    const chinese = await passageOf('/zh-hans/timeline/');
    expect(english).toMatch(/\/sources\/[a-z0-9-]+\/#p\d+$/);
    // Relative links resolve against pages one folder apart: compare the source and passage.
    expect(chinese.replace(/^(\.\.\/)+/, '')).toBe(english.replace(/^(\.\.\/)+/, ''));
  });

  test('the language switcher on the Chinese people page keeps the entry in the address', async ({ page }) => {
    await page.goto('/zh-hans/people/#zhou-fengsuo');
    await expect(page.locator('#zhou-fengsuo')).toHaveText(/Zhou Fengsuo/);
    const switcher = page.getByRole('navigation', { name: '本页的其他语言版本' });
    // A page built from data has no 中英对照 view.
    await expect(switcher.getByRole('link')).toHaveText(['English', '简体中文', '繁體中文']);
    await switcher.getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(/\/people\/#zhou-fengsuo$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('#zhou-fengsuo')).toBeInViewport();
    await page.getByRole('navigation', { name: 'This page in other languages' }).getByRole('link', { name: '繁體中文' }).click();
    await expect(page).toHaveURL(/\/zh-hant\/people\/#zhou-fengsuo$/);
    await expect(page.locator('main')).toContainText('人物與機構');
  });
});

// The Chinese source pages (issue 18): the description in Chinese, the source's words in English
// under the English page's paragraph anchors.
test.describe('the Chinese source pages', () => {
  test('/zh-hans/sources/epoch-times/#p7 lands on the same paragraph as the English page, in English', async ({ page }) => {
    await page.goto('/sources/epoch-times/#p7');
    const english = (await page.locator('#p7 blockquote').textContent())?.trim();
    expect(english, 'the English page shows ¶ 7').toBeTruthy();
    await page.goto('/zh-hans/sources/epoch-times/#p7');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
    await expect(page.locator('#p7')).toBeInViewport();
    const quote = page.locator('#p7 blockquote');
    await expect(quote).toHaveAttribute('lang', 'en');
    expect((await quote.textContent())?.trim()).toBe(english);
    // The interface around it is Chinese: the heading names the paragraph in Chinese, its first words in English.
    await expect(page.locator('#p7-title')).toContainText('第 7 段');
    await expect(page.locator('#p7-title [lang="en"]')).toBeVisible();
    await expect(page.locator('#p7 .cited-in')).toContainText('引用于');
  });

  test('a note on a Chinese page leads to the Chinese source page\u2019s paragraph', async ({ page }) => {
    const cite = siteIndex()
      .pages.get('/zh-hans/case/')
      ?.citations.find((c) => c.sectionId !== null);
    expect(cite, '/zh-hans/case/ has a citation in a section').toBeDefined();
    if (!cite) return;
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('/zh-hans/case/');
    const link = page.locator(`#note-${cite.note} a.passage-link`);
    expect(await linkPath(link)).toBe(`/zh-hans/sources/${cite.source}/#${cite.passageId}`);
    await expect(link).not.toHaveAttribute('hreflang', /./);
    expect(await linkPath(page.locator(`#note-${cite.note} a.note-source`))).toBe(`/zh-hans/sources/${cite.source}/`);
    await link.click();
    await expect(page).toHaveURL(new RegExp(`/zh-hans/sources/${cite.source}/#${cite.passageId}$`));
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
    await expect(page.locator(`#${cite.passageId}`)).toBeInViewport();
    await expect(page.locator(`#${cite.passageId} blockquote`)).toHaveAttribute('lang', 'en');
    // Its "cited in" leads back to the Chinese section, under the Chinese page's heading.
    const back = page.locator(`#${cite.passageId} .cited-in a`, { hasText: '案件' }).first();
    expect(await linkPath(back)).toMatch(/^\/zh-hans\/case\/#/);
  });

  test('the switcher keeps the paragraph anchor, to English and to Traditional', async ({ page }) => {
    await page.goto('/zh-hans/sources/epoch-times/#p7');
    await page.getByRole('navigation', { name: '本页的其他语言版本' }).getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(/\/sources\/epoch-times\/#p7$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('#p7')).toBeInViewport();
    await page.getByRole('navigation', { name: 'This page in other languages' }).getByRole('link', { name: '繁體中文' }).click();
    await expect(page).toHaveURL(/\/zh-hant\/sources\/epoch-times\/#p7$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant');
    await expect(page.locator('#p7')).toBeInViewport();
  });

  test('the Traditional source list converts the descriptions, not the sources\u2019 English', async ({ page }) => {
    await page.goto('/zh-hant/sources/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('資料來源');
    const epoch = page.locator('.source-list li', { hasText: '大紀元時報' }).first();
    await expect(epoch).toContainText('英文譯本');
    // Quoted English words of a description keep their English, in 「」.
    await page.goto('/zh-hant/sources/epoch-times/');
    await expect(page.locator('.meta [lang="en"]', { hasText: 'In an interview with the Epoch Times' })).toBeVisible();
    await expect(page.locator('.meta')).toContainText('「In an interview with the Epoch Times」');
  });
});

// This site's Chinese of the quoted English (issue 18, item 3): under the English words in a note,
// in a citation preview and on a source page, labelled as the site's translation.
test.describe("the site's Chinese of the quoted English", () => {
  const cite = siteIndex()
    .pages.get('/zh-hans/case/')
    ?.citations.find((c) => c.sectionId !== null && c.target === `note-${c.note}`);
  const passage =
    cite &&
    siteIndex()
      .passages.get(cite.source)
      ?.find((p) => p.id === cite.passageId);
  const sentence = cite && passage ? passage.text.slice(cite.sentenceStart, cite.sentenceEnd) : '';
  const rendering = cite ? siteIndex().passageRenderings?.entries.get(renderingKey(cite.source, cite.passageId, sentence)) : undefined;

  test('a preview on a Chinese page shows the English words, then their Chinese, in Chinese words', { tag: '@wide' }, async ({ page }) => {
    expect(rendering, '/zh-hans/case/ has a citation of one sentence, with its rendering').toBeDefined();
    if (!cite || !rendering) return;
    await page.goto('/zh-hans/case/');
    await page.locator(`#${cite.markerId}`).hover();
    const box = page.getByRole('group', { name: `注释 ${cite.note} 的预览` });
    await expect(box).toBeVisible();
    await expect(box.locator('.cite-preview-quote')).toHaveAttribute('lang', 'en');
    await expect(box.locator('.cite-preview-quote mark').first()).toBeVisible();
    await expect(box.locator('.cite-preview-rendering')).toHaveText(`本站译文${rendering}`);
    await expect(box.getByRole('link', { name: `转到注释 ${cite.note}` })).toHaveAttribute('href', `#${cite.target}`);
  });

  test('the note and the Traditional note show it under the English; the source page under the paragraph', async ({ page }) => {
    if (!cite || !rendering) throw new Error('/zh-hans/case/ has no citation with a rendering');
    await page.goto(`/zh-hans/case/#${cite.target}`);
    const note = page.locator(`#${cite.target}`);
    await expect(note.locator('.rendering')).toHaveText(`本站译文${rendering}`);
    await expect(note.locator('.rendering')).toBeInViewport();
    // Below its English words, not beside them.
    const quoteBox = await note.locator('blockquote').boundingBox();
    const renderingBox = await note.locator('.rendering').boundingBox();
    expect(renderingBox && quoteBox && renderingBox.y >= quoteBox.y + quoteBox.height - 1).toBe(true);
    await page.goto(`/zh-hant/case/#${cite.target}`);
    await expect(page.locator(`#${cite.target} .rendering-label`)).toHaveText('本站譯文');
    await expect(page.locator(`#${cite.target} .rendering`)).not.toContainText('译');
    await page.goto(`/zh-hans/sources/${cite.source}/#${cite.passageId}`);
    await expect(page.locator(`#${cite.passageId} .rendering`)).toContainText(rendering);
    // The English source page quotes the English alone.
    await page.goto(`/sources/${cite.source}/#${cite.passageId}`);
    await expect(page.locator(`#${cite.passageId} .rendering`)).toHaveCount(0);
  });
});
