import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';

// Section links, passage links, paragraph links, "cite this", metadata, data files and the feed.

const sitemap = readFileSync(new URL('../../dist/sitemap.xml', import.meta.url), 'utf8');
const paths = [...sitemap.matchAll(/<loc>https?:\/\/[^/]+([^<]*)<\/loc>/g)].map((m) => m[1] ?? '/');
const sourcePaths = paths.filter((p) => /^\/sources\/[a-z0-9-]+\/$/.test(p));

/** A clipboard the page may read, emptied first: the browser's clipboard outlives a test. */
async function freshClipboard(page: Page): Promise<void> {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.evaluate(() => navigator.clipboard.writeText(''));
}
const clipboard = (page: Page): Promise<string> => page.evaluate(() => navigator.clipboard.readText());

test.describe('section links', () => {
  test('copy the section URL and say so', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/case/');
    const link = page.getByRole('link', { name: 'Link to this section: The one-minute rule' });
    await link.focus();
    await expect(link).toBeVisible();
    await link.press('Enter');
    await expect(page.locator('#toast')).toHaveText('Link copied');
    await expect(page.locator('#announcer')).toHaveText('Link copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/case\/#one-minute-rule$/);
    await expect(page).toHaveURL(/\/case\/#one-minute-rule$/);
  });

  test('show the URL to copy by hand when the clipboard is refused', async ({ page }) => {
    await page.goto('/case/');
    await page.evaluate(() => {
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } });
    });
    await page.getByRole('link', { name: 'Link to this section: The charges' }).click();
    await expect(page.locator('#toast')).toContainText('Copy this link:');
    const field = page.getByRole('textbox', { name: 'Copy this link:' });
    await expect(field).toHaveValue(/\/case\/#charges$/);
    await expect(field).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(page.locator('#toast')).toBeHidden();
  });

  test('work without JavaScript as plain links to the section', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/case/');
    await page.getByRole('link', { name: 'Link to this section: The charges' }).click();
    await expect(page).toHaveURL(/#charges$/);
    await expect(page.locator('button[data-para-link]').first()).toBeHidden();
    await context.close();
  });
});

test('every paragraph link on the longest page starts with words found once on the page, notes included @sweep', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/case/');
  // The page's text as a browser matches a fragment against it: the notes too, which a browser
  // searches even while their <details> is closed (as it is on a phone).
  const pageText = await page.evaluate(() => {
    const folds = [...document.querySelectorAll<HTMLDetailsElement>('details[data-notes-fold]')];
    const was = folds.map((f) => f.open);
    for (const f of folds) f.open = true;
    const text = (document.getElementById('main')?.innerText ?? '').replace(/\s+/g, ' ');
    folds.forEach((f, i) => (f.open = was[i] ?? false));
    return text;
  });
  expect(pageText).toContain('see passage');
  // Every "¶", pressed in turn; each copies its URL. Also the paragraph's words up to its first
  // note marker, without the punctuation at either end.
  const links = await page.evaluate(async () => {
    const found: { url: string; opening: string }[] = [];
    // The browser's clipboard outlives a test: start from an empty one, and take each URL once it changes.
    await navigator.clipboard.writeText('');
    let last = '';
    for (const button of document.querySelectorAll<HTMLButtonElement>('main button[data-para-link]')) {
      let opening = '';
      for (const node of button.closest('p')?.childNodes ?? []) {
        if (node instanceof Element && node.matches('.note-ref, .para-link')) break;
        opening += node.textContent ?? '';
      }
      button.click();
      let url = last;
      for (let i = 0; i < 500 && url === last; i++) {
        await new Promise((r) => setTimeout(r, 10));
        url = await navigator.clipboard.readText();
      }
      found.push({
        url: url === last ? '' : url,
        opening: opening
          .replace(/\s+/g, ' ')
          .trim()
          .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''),
      });
      last = url;
    }
    return found;
  });
  // /case/ tells its story in about 45 longer paragraphs (it had 90 short ones): the sweep must still find them.
  expect(links.length).toBeGreaterThan(40);
  const occurrences = (words: string) => pageText.split(words).length - 1;
  for (const [i, { url, opening }] of links.entries()) {
    // The section's anchor (none before the first heading), then the fragment.
    expect(url, `paragraph ${i + 1}`).toMatch(/^https?:\/\/[^#]+#[\w-]*(:~:text=|$)/);
    const start = /:~:text=([^,&]+)/.exec(url)?.[1];
    if (start) expect(occurrences(decodeURIComponent(start)), `paragraph ${i + 1}: ${url}`).toBe(1);
    // No fragment only when no start can be unique: the paragraph opens with words quoted elsewhere
    // on the page (in its notes), and the link falls back to the section.
    else expect(occurrences(opening), `paragraph ${i + 1} (${url}) opens with "${opening}"`).toBeGreaterThan(1);
  }
});

test('a paragraph link carries a text fragment that lands on its paragraph', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  // A short window, so that some paragraph sits more than a screen below its heading.
  const size = { width: 800, height: 400 };
  await page.setViewportSize(size);
  await page.goto('/case/');
  // A paragraph far enough below its heading that the section link alone would not show it.
  const target = await page.evaluate(() => {
    for (const wrap of document.querySelectorAll('main .heading-2, main .heading-3')) {
      const paras: HTMLParagraphElement[] = [];
      for (let el = wrap.nextElementSibling; el && !el.classList.contains('heading'); el = el.nextElementSibling) {
        if (el instanceof HTMLParagraphElement) paras.push(el);
      }
      const last = paras.at(-1);
      const heading = wrap.querySelector('h2, h3');
      if (last && heading && last.getBoundingClientRect().top - heading.getBoundingClientRect().top > 1.1 * window.innerHeight) {
        last.id = 'e2e-target';
        return { section: heading.id, index: paras.length - 1 };
      }
    }
    return undefined;
  });
  expect(target, 'a long section exists on /case/').toBeDefined();
  if (!target) return;
  const paragraph = page.locator('#e2e-target');
  await paragraph.scrollIntoViewIfNeeded();
  await paragraph.hover();
  await paragraph.getByRole('button', { name: 'Copy link to this paragraph' }).click();
  await expect(page.locator('#announcer')).toHaveText('Link to paragraph copied');
  const url = new URL(await page.evaluate(() => navigator.clipboard.readText()));
  expect(url.hash).toMatch(new RegExp(`^#${target.section}:~:text=[^,]+(,[^,]+)?$`));
  const inSection = (p: import('@playwright/test').Page) => p.locator(`.heading:has(#${target.section}) ~ p`).nth(target.index);
  // Without the fragment, the section link leaves the paragraph out of view…
  const plain = await context.newPage();
  await plain.setViewportSize(size);
  await plain.goto(`${url.pathname}#${target.section}`);
  await expect(inSection(plain)).not.toBeInViewport();
  await plain.close();
  // …with it, Chromium scrolls to the paragraph (and highlights it).
  const fresh = await context.newPage();
  await fresh.setViewportSize(size);
  await fresh.goto(url.pathname + url.hash);
  await expect(inSection(fresh)).toBeInViewport();
  await fresh.close();
});

test('every h2 and h3 of every page has an id and a link to it that shows when reached', { tag: '@sweep' }, async ({ page }) => {
  test.setTimeout(300_000);
  let headings = 0;
  for (const path of paths) {
    await page.goto(path);
    const problems = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('main h2, main h3')].flatMap((h) => {
        const name = `${h.tagName.toLowerCase()} "${h.textContent?.trim()}"`;
        if (!h.id) return [`${name} has no id`];
        // The heading's own id, or that of the passage or section it heads (a source passage).
        const targets = [h.id, h.closest('section[id]')?.id].filter(Boolean).map((id) => `#${id}`);
        const link = [...(h.closest('.heading')?.querySelectorAll<HTMLAnchorElement>('a.heading-link') ?? [])].find((a) =>
          targets.includes(a.getAttribute('href') ?? ''),
        );
        if (!link) return [`${name} has no link to ${targets.join(' or ')}`];
        link.focus();
        const shown = getComputedStyle(link).opacity === '1' && link.getBoundingClientRect().width >= 24;
        return shown ? [] : [`${name}: its link does not show when focused`];
      }),
    );
    expect(problems, path).toEqual([]);
    headings += await page.locator('main h2, main h3').count();
  }
  // The sweep saw every heading the built pages hold in their <main>, counted in the HTML files.
  const built = paths
    .map((path) => readFileSync(new URL(`../../dist${path}index.html`, import.meta.url), 'utf8'))
    .map((html) => (/<main\b[\s\S]*<\/main>/.exec(html)?.[0] ?? '').match(/<h[23][\s>]/g)?.length ?? 0)
    .reduce((a, b) => a + b, 0);
  expect(built).toBeGreaterThan(paths.length);
  expect(headings).toBe(built);
});

test('"Cite this section" gives the five formats with title, anchor URL and dates', async ({ page }) => {
  await page.goto('/case/');
  await page.getByRole('button', { name: 'Cite this section: The one-minute rule' }).click();
  const dialog = page.getByRole('dialog', { name: 'Cite this section: The one-minute rule' });
  await expect(dialog).toBeVisible();
  const texts = await dialog.locator('pre').allTextContents();
  expect(texts).toHaveLength(5);
  for (const t of texts) {
    expect(t).toContain('The case against Xinjiang Jin: The one-minute rule');
    expect(t).toContain('/case/#one-minute-rule');
  }
  expect(texts[0]).toMatch(/Published \d{1,2} \w+ \d{4}/);
  expect(texts[0]).toMatch(/\(accessed \d{1,2} \w+ \d{4}\)\.$/);
  expect(texts[3]).toMatch(/^@misc\{zoomcase-case-one-minute-rule,/);
  expect(texts[4]).toMatch(
    /^\[The case against Xinjiang Jin: The one-minute rule — The Zoom Tiananmen Case\]\(https?:\/\/[^)]+\/case\/#one-minute-rule\)$/,
  );
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('on a Chinese page, "Cite this section" offers GB/T 7714 first, in the page\u2019s own words and script', async ({ page }) => {
  await page.goto('/zh-hant/case/');
  await page.getByRole('button', { name: /^引用\s?本節：指控$/ }).click();
  const dialog = page.getByRole('dialog', { name: '引用本節：指控' });
  await expect(dialog).toBeVisible();
  await expect(dialog.locator('dt').first()).toHaveText('GB/T 7714');
  await expect(dialog.locator('dt').first()).toHaveAttribute('lang', 'en');
  // Responsible party. Title[EB/OL]. (updated)[date cited: today]. Address.
  await expect(dialog.locator('pre').first()).toHaveText(
    /^Zoom 天安門案\. 針對 Xinjiang Jin 的案件: 指控\[EB\/OL\]\. \(\d{4}-\d{2}-\d{2}\)\[\d{4}-\d{2}-\d{2}\]\. https?:\/\/\S+\/zh-hant\/case\/#charges\.$/,
  );
  await expect(dialog.locator('pre')).toHaveCount(6);
  await expect(dialog.getByRole('button', { name: '複製 GB/T 7714' })).toBeVisible();
  await dialog.getByRole('button', { name: '關閉' }).click();
  await expect(dialog).toBeHidden();
});

test('without JavaScript, a Chinese page\u2019s citation panel has GB/T 7714 first, the date cited left for the reader', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/zh-hans/laws/');
  const panel = page.locator('.cite-panel');
  await panel.getByText('引用本页', { exact: true }).click();
  await expect(panel.locator('dt').first()).toHaveText('GB/T 7714');
  await expect(panel.locator('pre').first()).toHaveText(
    /^Zoom 天安门案\. \S.*\[EB\/OL\]\. \(\d{4}-\d{2}-\d{2}\)\. https?:\/\/\S+\/zh-hans\/laws\/\.$/,
  );
  await expect(page.locator('.page-dates')).toHaveText(/^发布于 \d{4}年\d{1,2}月\d{1,2}日(；最近更新于 \d{4}年\d{1,2}月\d{1,2}日)?。$/);
  await context.close();
});

test.describe('the citation dialog', () => {
  test('keeps Close in view at its top and confirms a copy inside itself, on a phone', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('/laws/');
    await freshClipboard(page);
    const cite = page.getByRole('button', { name: /^Cite this section: / }).first();
    await cite.scrollIntoViewIfNeeded();
    await cite.click();
    const dialog = page.getByRole('dialog', { name: /^Cite this section: / });
    const close = dialog.getByRole('button', { name: 'Close' });
    await expect(close).toBeInViewport();
    const firstFormat = await dialog.locator('pre').first().boundingBox();
    expect((await close.boundingBox())?.y).toBeLessThan(firstFormat?.y ?? 0);
    // The last format sits below the fold of a phone's screen; Close stays in view beside it.
    const copy = dialog.getByRole('button', { name: 'Copy BibTeX' });
    await copy.scrollIntoViewIfNeeded();
    await expect(close).toBeInViewport();
    await copy.click();
    await expect(dialog.getByRole('button', { name: 'Copied' })).toBeVisible();
    const status = dialog.getByRole('status');
    await expect(status).toHaveText('BibTeX citation copied.');
    await expect(status).toBeInViewport();
    expect(await clipboard(page)).toBe(await dialog.locator('pre[data-cite-format="BibTeX"]').textContent());
    await close.click();
    await expect(dialog).toBeHidden();
    await expect(cite).toBeFocused();
  });

  test('selects the citation for copying by hand when the clipboard is refused', async ({ page }) => {
    await page.goto('/case/');
    await page.evaluate(() => {
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } });
    });
    await page.getByRole('button', { name: 'Cite this section: The charges' }).click();
    const dialog = page.getByRole('dialog', { name: 'Cite this section: The charges' });
    await dialog.getByRole('button', { name: 'Copy APA' }).click();
    await expect(dialog.getByRole('status')).toHaveText(/^Copying was blocked\. The APA citation is selected/);
    const apa = dialog.locator('pre[data-cite-format="APA"]');
    await expect(apa).toBeFocused();
    expect(await page.evaluate(() => getSelection()?.toString())).toBe(await apa.textContent());
  });
});

test('without JavaScript, "Cite" beside a heading is a link that lands on the page\u2019s citation panel', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/case/');
  await expect(page.getByRole('button', { name: /^Cite this section/ })).toHaveCount(0);
  await page.getByRole('link', { name: 'Cite this section: The one-minute rule' }).click();
  await expect(page).toHaveURL(/#cite-this-page$/);
  // The notes above the panel are laid out only near the screen; the jump still ends on the panel.
  await page.waitForTimeout(300);
  await expect(page.getByText('Cite this page', { exact: true })).toBeInViewport();
  await context.close();
});

test.describe('source passages', () => {
  const passage = 'Axios, 18 December 2020, ¶ 7: “Xinjiang Jin, also known as…”';

  test('each has a title that says what it is, a link that copies its address and a "Cite this passage" button', async ({ page }) => {
    await page.goto('/sources/axios-2020-12-18/');
    await freshClipboard(page);
    await expect(page.getByRole('heading', { level: 3, name: passage })).toBeVisible();
    const region = page.getByRole('region', { name: passage });
    await expect(region).toHaveAttribute('id', 'p7');
    await region.getByRole('link', { name: `Link to this passage: ${passage}` }).click();
    await expect(page.locator('#toast')).toHaveText('Link copied');
    expect(await clipboard(page)).toMatch(/\/sources\/axios-2020-12-18\/#p7$/);
    await expect(page).toHaveURL(/#p7$/);

    await region.getByRole('button', { name: `Cite this passage: ${passage}` }).click();
    const dialog = page.getByRole('dialog', { name: `Cite this passage: ${passage}` });
    await expect(dialog).toBeVisible();
    const [plain, apa, chicago, bibtex, markdown] = await dialog.locator('pre').allTextContents();
    expect(plain).toMatch(
      /^Axios\. "U\.S\. charges China-based Zoom employee for disrupting Tiananmen commemoration event\." 18 December 2020, ¶ 7\. Quoted in "Axios, 18 Dec 2020," The Zoom Tiananmen Case\. Published \d{1,2} \w+ \d{4}.*\. https?:\/\/\S+\/sources\/axios-2020-12-18\/#p7 \(accessed \d{1,2} \w+ \d{4}\)\.$/,
    );
    expect(apa).toMatch(/^Axios\. \(2020, December 18\)\. U\.S\. charges .* \(para\. 7\)\. As quoted in Axios, 18 Dec 2020\./);
    expect(chicago).toContain('December 18, 2020, para. 7. Quoted in "Axios, 18 Dec 2020."');
    expect(bibtex).toMatch(/^@misc\{zoomcase-sources-axios-2020-12-18-p7,\n {2}title = \{U\.S\. charges/);
    expect(markdown).toMatch(/^\[Axios, “U\.S\. charges .*”, 18 December 2020, ¶ 7, quoted in The Zoom Tiananmen Case\]\(\S+#p7\)$/);

    await dialog.getByRole('button', { name: 'Copy Plain text' }).click();
    await expect(dialog.getByRole('status')).toHaveText('Plain text citation copied.');
    expect(await clipboard(page)).toBe(plain);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  });

  test('a source that gives no outlet, headline or date is cited as such', async ({ page }) => {
    await page.goto('/sources/unsigned-analysis/');
    await page
      .getByRole('button', { name: /^Cite this passage: Unsigned first-person analysis, ¶ \d+:/ })
      .first()
      .click();
    const plain = await page.getByRole('dialog').locator('pre[data-cite-format="Plain text"]').textContent();
    expect(plain).toMatch(/^Outlet not named\. \[Untitled opinion\]\. Undated, ¶ \d+\. Quoted in "Unsigned first-person analysis,"/);
  });

  test('every passage on every source page has a title, a link and a "Cite this passage" button', async ({ page }) => {
    expect(sourcePaths).toHaveLength(5);
    for (const path of sourcePaths) {
      await page.goto(path);
      const passages = page.locator('section.passage');
      expect(await passages.count(), path).toBeGreaterThan(0);
      for (const section of await passages.all()) {
        const id = (await section.getAttribute('id')) ?? '';
        const title = (await section.getByRole('heading', { level: 3 }).textContent())?.trim() ?? '';
        expect(title, `${path}#${id}`).toMatch(new RegExp(`^[^,]+(, \\d{1,2} \\w+ \\d{4})?, ¶ ${id.slice(1)}: “.+”$`));
        await expect(section.getByRole('link', { name: `Link to this passage: ${title}` })).toHaveAttribute('href', `#${id}`);
        await expect(section.getByRole('button', { name: `Cite this passage: ${title}` })).toBeVisible();
        // "Cited in" names each citing page by its title, never by its address.
        for (const label of await section.locator('.cited-in a').allTextContents()) expect(label, `${path}#${id}`).not.toMatch(/^\//);
      }
    }
  });

  test('a source page says in plain words what the text is: as received, its file name and its checksum', async ({ page }) => {
    await page.goto('/sources/axios-2020-12-18/');
    const text = page.locator('dl.meta');
    await expect(text).toContainText('Kept exactly as this site received it, in the file 004_6cc44ead6cd0d8d4.txt');
    await expect(text.locator('code.checksum')).toHaveText(/^[0-9a-f]{64}$/);
    await expect(page.locator('main')).not.toContainText(/seed/i);
  });
});

test('"Cite this page" works without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/laws/');
  await page.getByText('Cite this page').click();
  const apa = page.locator('pre[data-cite-format="APA"]');
  await expect(apa).toBeVisible();
  await expect(apa).toContainText('China’s laws and agencies in the case.');
  await context.close();
});

test('page metadata: canonical, Open Graph, Twitter card with a 1200×630 image, and JSON-LD', async ({ page }) => {
  await page.goto('/related-cases/tiktok/');
  const meta = async (sel: string) => (await page.locator(sel).getAttribute('content')) ?? '';
  expect(await meta('meta[property="og:title"]')).toBe(await page.locator('h1').textContent());
  expect(await meta('meta[property="og:description"]')).toBe(await meta('meta[name="description"]'));
  expect(await meta('meta[property="og:url"]')).toMatch(/\/related-cases\/tiktok\/$/);
  expect(await meta('meta[name="twitter:card"]')).toBe('summary_large_image');
  const image = new URL(await meta('meta[property="og:image"]'));
  const png = await page.request.get(image.pathname);
  expect(png.headers()['content-type']).toBe('image/png');
  const bytes = await png.body();
  // PNG header: width and height are the IHDR chunk's first two 32-bit numbers.
  expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1200, 630]);
  const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
  expect(ld['@type']).toBe('Article');
  expect(ld.dateModified).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(ld.citation.length).toBeGreaterThan(0);
  expect(ld.citation[0].url).toMatch(/\/sources\/[a-z0-9-]+\/$/);
});

test('a Chinese page has its own social card, drawn in its script, and JSON-LD in its language', async ({ page }) => {
  const card = async (path: string) => {
    await page.goto(path);
    const image = new URL((await page.locator('meta[property="og:image"]').getAttribute('content')) ?? '');
    const bytes = await (await page.request.get(image.pathname)).body();
    return { path: image.pathname, bytes, alt: await page.locator('meta[property="og:image:alt"]').getAttribute('content') };
  };
  const english = await card('/related-cases/tiktok/');
  const hans = await card('/zh-hans/related-cases/tiktok/');
  const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
  const hant = await card('/zh-hant/related-cases/tiktok/');
  expect([hans.path, hant.path]).toEqual(['/og/zh-hans-related-cases-tiktok.png', '/og/zh-hant-related-cases-tiktok.png']);
  for (const c of [hans, hant]) {
    expect([c.bytes.readUInt32BE(16), c.bytes.readUInt32BE(20)]).toEqual([1200, 630]);
    expect(c.bytes.equals(english.bytes)).toBe(false);
  }
  // The two scripts draw different characters (Traditional converted), so the cards differ too.
  expect(hans.bytes.equals(hant.bytes)).toBe(false);
  expect(hans.alt).toMatch(/ — Zoom 天安门案$/);
  expect(ld).toMatchObject({ inLanguage: 'zh-Hans', isPartOf: { inLanguage: 'zh-Hans' }, translationOfWork: { inLanguage: 'en' } });
  expect(ld.citation[0].inLanguage).toBe('en');
});

test('the feed, the sitemap, robots.txt and the data files parse', async ({ page }) => {
  await page.goto('/');
  const parse = async (path: string, type: string) => {
    const text = await (await page.request.get(path)).text();
    return page.evaluate(
      ([t, ty]) => {
        const doc = new DOMParser().parseFromString(t ?? '', ty as DOMParserSupportedType);
        return {
          error: doc.getElementsByTagName('parsererror').length,
          root: doc.documentElement.nodeName,
          entries: doc.getElementsByTagName('entry').length,
          urls: doc.getElementsByTagName('url').length,
        };
      },
      [text, type],
    );
  };
  const feed = await parse('/feed.xml', 'application/xml');
  expect(feed).toMatchObject({ error: 0, root: 'feed' });
  expect(feed.entries).toBeGreaterThan(0);
  // Each Chinese edition has its own feed, named in its pages' heads: the changes to its pages, in its script.
  for (const [edition, lang, words] of [
    ['zh-hans', 'zh-Hans', /简体/],
    ['zh-hant', 'zh-Hant', /簡體/],
  ] as const) {
    await page.goto(`/${edition}/case/`);
    const link = page.locator('link[rel="alternate"][type="application/atom+xml"]');
    await expect(link).toHaveCount(1);
    const href = await link.evaluate((l: HTMLLinkElement) => new URL(l.href).pathname);
    expect(href).toBe(`/${edition}/feed.xml`);
    expect(await parse(href, 'application/xml')).toMatchObject({ error: 0, root: 'feed' });
    const text = await (await page.request.get(href)).text();
    expect(text).toContain(`xml:lang="${lang}"`);
    expect(text).toMatch(words);
    // Only the edition's own pages: none of the other script's, none of the English.
    const links = [...text.matchAll(/<link rel="alternate" href="([^"]+)"/g)].map((m) => new URL(m[1] ?? '').pathname);
    expect(links.length).toBeGreaterThan(1);
    for (const l of links) expect(l.startsWith(`/${edition}/`), l).toBe(true);
  }
  const map = await parse('/sitemap.xml', 'application/xml');
  expect(map).toMatchObject({ error: 0, root: 'urlset' });
  expect(map.urls).toBeGreaterThan(10);
  expect(await (await page.request.get('/robots.txt')).text()).toMatch(/^Sitemap: https?:\/\/\S+\/sitemap\.xml$/m);
  for (const [path, key] of [
    ['/data/citations.json', 'citations'],
    ['/data/timeline.json', 'events'],
    ['/data/people.json', 'people'],
  ] as const) {
    const data = await (await page.request.get(path)).json();
    expect(data.licence.url, path).toBe('https://creativecommons.org/licenses/by/4.0/');
    expect(data[key].length, path).toBe(data.count);
    expect(data.count, path).toBeGreaterThan(10);
  }
});
