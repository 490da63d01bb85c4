import { expect, test } from '@playwright/test';
import { siteIndex } from './built-pages';
import { linkPath } from './paths';

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
