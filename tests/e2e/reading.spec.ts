import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { normalizeText } from '../../src/lib/citations/normalize';
import { siteIndex } from './built-pages';
import { linkPath, linkPaths } from './paths';
import { EDITIONS, editionOf } from '../../src/lib/i18n/editions';
import { traditionalConverterAt } from '../../src/lib/i18n/opencc.node.ts';
import { uiStrings } from '../../src/lib/i18n/strings';
import { isReadingPage } from '../../scripts/page-weight.mjs';

// A Chinese page's controls are named in its language (src/lib/i18n/strings.ts).
const toTraditional = traditionalConverterAt(fileURLToPath(new URL('../../', import.meta.url)));

// The reading experience: citation previews, the table of contents, the menu, the theme switch,
// print, and pages that never scroll sideways on a 320 px screen.

const sitemap = readFileSync(new URL('../../dist/sitemap.xml', import.meta.url), 'utf8');
const paths = [...sitemap.matchAll(/<loc>https?:\/\/[^/]+([^<]*)<\/loc>/g)].map((m) => m[1] ?? '/');
const sources = new Map(
  (JSON.parse(readFileSync(new URL('../../content/sources.json', import.meta.url), 'utf8')) as { id: string; shortName: string }[]).map(
    (s) => [s.id, s.shortName],
  ),
);
const sourceName = (id: string): string => sources.get(id) ?? id;

/** The first citation on /case/ after the key facts: a marker in the running text. */
const casePage = siteIndex().pages.get('/case/');
const cite = casePage?.citations.find((c) => c.sectionId !== null);

const preview = (page: Page): Locator => page.getByRole('group', { name: /^Preview of notes? \d/ });
const overflow = (page: Page): Promise<number> =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** Records CSP violations from the start of each document. */
async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const w = window as unknown as { __csp?: string[] };
      (w.__csp ??= []).push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`);
    });
  });
  return () => page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
}

test.describe('citation previews', () => {
  // @wide: needs a mouse; runs in the desktop project only.
  test(
    'hovering a marker shows the cited words in their sentence, the source, its date and the passage link',
    { tag: '@wide' },
    async ({ page }) => {
      if (!cite) throw new Error('/case/ has no citation inside a section');
      await page.goto('/case/');
      const marker = page.locator(`#${cite.markerId}`);
      await marker.hover();
      const box = preview(page);
      await expect(box).toBeVisible();
      await expect(box).toHaveAccessibleName(`Preview of note ${cite.note}`);
      await expect(marker).toHaveAttribute('aria-expanded', 'true');
      const marked = normalizeText((await box.locator('mark').allTextContents()).join(' '));
      expect(marked).toContain(normalizeText(cite.quote));
      expect(await linkPath(box.getByRole('link', { name: sourceName(cite.source) }))).toBe(`/sources/${cite.source}/`);
      await expect(box.locator('.cite-preview-date')).toHaveText(/ · (\d{1,2} \w+ \d{4}|no date given)$/);
      expect(await linkPath(box.getByRole('link', { name: /^See passage \d+ in the source$/ }))).toBe(
        `/sources/${cite.source}/#${cite.passageId}`,
      );
      await expect(box.getByRole('link', { name: `Go to note ${cite.note}` })).toHaveAttribute('href', `#${cite.target}`);

      // The pointer can move onto the preview without closing it, and the page has not moved.
      await box.getByRole('link', { name: /^See passage/ }).hover();
      await page.waitForTimeout(500);
      await expect(box).toBeVisible();
      expect(new URL(page.url()).hash).toBe('');

      // Moving away closes it; Escape closes a preview the pointer still rests on.
      await page.mouse.move(5, 5);
      await expect(box).toBeHidden();
      await expect(marker).not.toHaveAttribute('aria-expanded', 'true');
      await marker.hover();
      await expect(box).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(box).toBeHidden();
    },
  );

  test('a marker for citations side by side previews every passage behind it', { tag: '@wide' }, async ({ page }) => {
    const all = casePage?.citations ?? [];
    const lead = all.find(
      (c) => c.bundle === c.ordinal && new Set(all.filter((m) => m.bundle === c.ordinal).map((m) => m.source)).size > 1,
    );
    if (!lead) throw new Error('/case/ has no marker for several sources');
    const members = all.filter((m) => m.bundle === lead.ordinal);
    await page.goto('/case/');
    const marker = page.locator(`#${lead.markerId}`);
    await marker.hover();
    const box = page.getByRole('group', { name: /^Preview of notes / });
    await expect(box).toBeVisible();
    const items = box.locator('.cite-preview-item');
    await expect(items).toHaveCount(new Set(members.map((m) => `${m.note}-${m.target}`)).size);
    for (const m of members) {
      expect(await linkPath(box.getByRole('link', { name: sourceName(m.source) }).first())).toBe(`/sources/${m.source}/`);
      await expect(box.getByRole('link', { name: `Go to note ${m.note}` }).first()).toHaveAttribute('href', `#${m.target}`);
      const marked = normalizeText((await box.locator('mark').allTextContents()).join(' '));
      expect(marked).toContain(normalizeText(m.quote));
    }
  });

  test('a mouse click on a marker still jumps to the note', { tag: '@wide' }, async ({ page }) => {
    if (!cite) throw new Error('/case/ has no citation inside a section');
    await page.goto('/case/');
    await page.locator(`#${cite.markerId}`).click();
    await expect(page).toHaveURL(new RegExp(`#${cite.target}$`));
    await expect(page.locator(`#${cite.target}`)).toBeInViewport();
    await expect(preview(page)).toBeHidden();
  });

  test('a marker is one tab stop: focus shows its preview, Tab goes past it, Enter goes into it, Escape closes it', async ({ page }) => {
    if (!cite) throw new Error('/case/ has no citation inside a section');
    await page.goto('/case/');
    const marker = page.locator(`#${cite.markerId}`);
    await marker.focus();
    const box = preview(page);
    await expect(box).toBeVisible();
    // Tab leaves the marker for what follows it in the text (perhaps the next marker, with its own
    // preview), not for the preview's links; the marker's preview closes.
    await page.keyboard.press('Tab');
    await expect(marker).not.toBeFocused();
    expect(await page.evaluate(() => !!document.activeElement?.closest('.cite-preview'))).toBe(false);
    await expect(marker).not.toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('Shift+Tab');
    await expect(marker).toBeFocused();
    await expect(box).toBeVisible();
    // Escape closes a preview that focus opened; the focus stays on the marker.
    await page.keyboard.press('Escape');
    await expect(box).toBeHidden();
    await expect(marker).toBeFocused();
    // Enter opens it and moves into it, instead of leaving for the note; Tab then walks its links.
    await page.keyboard.press('Enter');
    await expect(box.getByRole('link', { name: sourceName(cite.source) })).toBeFocused();
    expect(new URL(page.url()).hash).toBe('');
    await page.keyboard.press('Tab');
    await expect(box.getByRole('link', { name: /^See passage/ })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(box.getByRole('link', { name: `Go to note ${cite.note}` })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(box).toBeHidden();
    await expect(marker).toBeFocused();
    // Focus moving on past the marker and its preview closes it.
    await marker.blur();
    await marker.focus();
    await expect(box).toBeVisible();
    await page.locator('h1').evaluate((h) => {
      h.tabIndex = -1;
      h.focus();
    });
    await expect(box).toBeHidden();
  });

  test('Enter on a marker before the previews have loaded opens its preview, not the note', async ({ page }) => {
    if (!cite) throw new Error('/case/ has no citation inside a section');
    await page.goto('/case/');
    // Focus that comes with a pointer press loads nothing; Enter is then the first request.
    await page.locator(`#${cite.markerId}`).dispatchEvent('pointerdown', { pointerType: 'mouse' });
    await page.locator(`#${cite.markerId}`).focus();
    await page.keyboard.press('Enter');
    await expect(preview(page).getByRole('link', { name: sourceName(cite.source) })).toBeFocused();
    expect(new URL(page.url()).hash).toBe('');
  });

  test(
    'Enter on a marker while the previews are still loading waits for them, and does not leave for the note',
    { tag: '@wide' },
    async ({ page }) => {
      if (!cite) throw new Error('/case/ has no citation inside a section');
      // A slow network: the previews' code arrives well after the reader's first gestures.
      await page.route(/\/_astro\/preview-popup\.[\w-]+\.js$/, async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 1500));
        await route.continue();
      });
      await page.goto('/case/');
      const marker = page.locator(`#${cite.markerId}`);
      await marker.hover();
      await marker.focus();
      await page.keyboard.press('Enter');
      await expect(preview(page).getByRole('link', { name: sourceName(cite.source) })).toBeFocused();
      expect(new URL(page.url()).hash).toBe('');
    },
  );

  test('Escape pressed while the previews are still loading means no preview opens once they arrive', async ({ page }) => {
    if (!cite) throw new Error('/case/ has no citation inside a section');
    await page.route(/\/_astro\/preview-popup\.[\w-]+\.js$/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.continue();
    });
    await page.goto('/case/');
    const marker = page.locator(`#${cite.markerId}`);
    const arrived = page.waitForResponse(/\/_astro\/preview-popup\.[\w-]+\.js$/);
    await marker.focus();
    await page.keyboard.press('Escape');
    await arrived;
    // The previews' styles load with their code: once they are in, the code has run.
    await expect(page.locator('link[rel="stylesheet"][href*="/_astro/preview."]')).toHaveCount(1);
    await page.waitForTimeout(300);
    await expect(preview(page)).toBeHidden();
    await expect(marker).toBeFocused();
    // The previews work from then on.
    await page.keyboard.press('Enter');
    await expect(preview(page).getByRole('link', { name: sourceName(cite.source) })).toBeFocused();
  });

  test('crossing /case/ by keyboard takes one stop per marker, and never enters a preview', { tag: '@wide' }, async ({ page }) => {
    test.setTimeout(180_000);
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto('/case/');
    const markers = await page.locator('main sup.note-ref a').evaluateAll((as) => as.map((a) => a.id));
    expect(markers.length).toBeGreaterThan(100);
    const visits = new Map<string, number>();
    let intoPreview = 0;
    let stops = 0;
    // From the top of the page to the notes, one Tab at a time.
    for (; stops < 2000; stops++) {
      await page.keyboard.press('Tab');
      const at = await page.evaluate(() => {
        const el = document.activeElement;
        return {
          id: el?.id ?? '',
          marker: !!el?.matches('sup.note-ref a'),
          preview: !!el?.closest('.cite-preview'),
          notes: !!el?.closest('.notes'),
        };
      });
      if (at.notes) break;
      if (at.preview) intoPreview++;
      if (at.marker) visits.set(at.id, (visits.get(at.id) ?? 0) + 1);
    }
    expect(intoPreview).toBe(0);
    expect([...visits.values()].filter((n) => n !== 1)).toEqual([]);
    expect([...visits.keys()]).toEqual(markers);
  });

  // @touch: needs a touch screen; runs in the phone project only.
  test(
    'tapping a marker opens its preview without leaving the sentence; a tap elsewhere closes it; a second tap goes to the note',
    { tag: '@touch' },
    async ({ page }) => {
      if (!cite) throw new Error('/case/ has no citation inside a section');
      await page.goto('/case/');
      const marker = page.locator(`#${cite.markerId}`);
      await marker.tap();
      const box = preview(page);
      await expect(box).toBeVisible();
      expect(new URL(page.url()).hash).toBe('');
      await page.locator('h1').tap();
      await expect(box).toBeHidden();
      await marker.tap();
      await expect(box).toBeVisible();
      await marker.tap();
      await expect(page).toHaveURL(new RegExp(`#${cite.target}$`));
    },
  );

  test('a preview for a marker at the edge of a 320 px screen stays on the screen', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto('/case/');
    const markers = page.locator('main sup.note-ref a');
    const rights = await markers.evaluateAll((as) => as.map((a) => a.getBoundingClientRect().right));
    for (const i of [rights.indexOf(Math.max(...rights)), rights.indexOf(Math.min(...rights))]) {
      const marker = markers.nth(i);
      await marker.scrollIntoViewIfNeeded();
      await marker.focus();
      const box = await preview(page).boundingBox();
      expect(box, `marker ${i}`).not.toBeNull();
      if (!box) continue;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(320);
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      await page.keyboard.press('Escape');
    }
  });
});

test.describe('on this page', () => {
  test('marks the section in view as the reader scrolls', async ({ page }) => {
    await page.goto('/case/');
    const toc = page.getByRole('navigation', { name: 'On this page' });
    // Below the wide layout the contents are behind the header's button: the reader opens them to look.
    const contents = page.getByRole('banner').getByRole('button', { name: 'Contents' });
    for (const id of ['one-minute-rule', 'zoom-response', 'charges']) {
      await page.locator(`#${id}`).evaluate((h) => h.scrollIntoView());
      const behindButton = await contents.isVisible();
      if (behindButton) await contents.click();
      await expect(toc.locator(`a[href="#${id}"]`)).toHaveAttribute('aria-current', 'true');
      await expect(toc.locator('a[aria-current]')).toHaveCount(1);
      if (behindButton) await page.keyboard.press('Escape');
    }
  });

  test('stands beside the text on wide screens and stays there as the reader scrolls', { tag: '@wide' }, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/case/');
    const toc = page.getByRole('navigation', { name: 'On this page' });
    await expect(toc.getByRole('link', { name: 'The one-minute rule' })).toBeVisible();
    const text = await page.locator('.page-body').boundingBox();
    const side = await toc.boundingBox();
    expect(side && text && side.x).toBeGreaterThanOrEqual((text?.x ?? 0) + (text?.width ?? 0));
    await page.mouse.wheel(0, 5000);
    await expect(toc.getByRole('link', { name: 'The one-minute rule' })).toBeInViewport();
  });

  test('below the wide layout, one way in: the header\u2019s "Contents", not a second box above the text', async ({ page }) => {
    for (const width of [360, 768, 1100]) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto('/case/');
      const toc = page.getByRole('navigation', { name: 'On this page' });
      const link = toc.getByRole('link', { name: 'The one-minute rule' });
      await expect(toc, `${width} px`).toBeHidden();
      await page.getByRole('banner').getByRole('button', { name: 'Contents' }).click();
      await expect(link, `${width} px`).toBeVisible();
      await link.click();
      await expect(page).toHaveURL(/#one-minute-rule$/);
      await expect(page.locator('#one-minute-rule')).toBeInViewport();
      await expect(toc, `${width} px: closed after the jump`).toBeHidden();
    }
  });
});

test.describe('navigation', () => {
  test('on a phone the menu button opens and closes the menu by keyboard', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('/laws/');
    const button = page.getByRole('button', { name: 'Menu' });
    const nav = page.getByRole('navigation', { name: 'Main' });
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await expect(nav).toBeHidden();
    await button.focus();
    await page.keyboard.press('Enter');
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    await expect(nav.getByRole('link', { name: 'Laws' })).toHaveAttribute('aria-current', 'page');
    await page.keyboard.press('Tab');
    await expect(nav.getByRole('link', { name: 'The case' })).toBeFocused();
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await page.keyboard.press('Escape');
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await expect(button).toBeFocused();
    await expect(nav).toBeHidden();
    await page.keyboard.press('Space');
    await expect(nav).toBeVisible();
    await page.keyboard.press('Space');
    await expect(nav).toBeHidden();
  });

  test('on a wide screen the navigation is always shown, with no menu button', { tag: '@wide' }, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/case/');
    await expect(page.getByRole('button', { name: 'Menu' })).toBeHidden();
    await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'The case' })).toHaveAttribute(
      'aria-current',
      'page',
    );
  });

  test('nested pages show their parents as breadcrumbs', async ({ page }) => {
    await page.goto('/related-cases/tiktok/');
    const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' });
    await expect(crumbs.getByRole('link')).toHaveText(['Home', 'Related cases']);
    await crumbs.getByRole('link', { name: 'Related cases' }).click();
    await expect(page).toHaveURL(/\/related-cases\/$/);
    await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toHaveCount(0);
    await page.goto('/sources/lowdown-hub/');
    await expect(page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link')).toHaveText(['Home', 'Sources']);
  });

  test('previous and next lead through the main pages in reading order', async ({ page }) => {
    await page.goto('/');
    const seen = ['/'];
    for (;;) {
      const pager = page.getByRole('navigation', { name: 'Previous and next page' });
      // At the foot of the page: the URL changes before a long page is parsed down to it, and a
      // count taken then would read as "no next page".
      await expect(pager).toBeAttached();
      const next = pager.getByRole('link', { name: /^Next/ });
      if ((await next.count()) === 0) break;
      const target = await linkPath(next);
      await next.click();
      await expect(page).toHaveURL(new RegExp(`${target}$`));
      seen.push(target);
    }
    expect(seen).toEqual([
      '/',
      '/case/',
      '/laws/',
      '/corporate-responses/',
      '/related-cases/',
      '/related-cases/tiktok/',
      '/related-cases/airbnb/',
      '/related-cases/beijing-servers/',
      '/timeline/',
      '/people/',
      '/sources/',
      '/about/',
    ]);
    await page
      .getByRole('navigation', { name: 'Previous and next page' })
      .getByRole('link', { name: /^Previous/ })
      .click();
    await expect(page).toHaveURL(/\/sources\/$/);
  });
});

test.describe('key facts', () => {
  for (const url of [
    '/case/',
    '/laws/',
    '/corporate-responses/',
    '/related-cases/',
    '/related-cases/tiktok/',
    '/related-cases/airbnb/',
    '/related-cases/beijing-servers/',
  ]) {
    test(`${url} opens with key facts, every one of them cited`, async ({ page }) => {
      await page.goto(url);
      const box = page.getByRole('region', { name: 'Key facts' });
      await expect(box).toBeVisible();
      const facts = box.locator('.fact');
      expect(await facts.count()).toBeGreaterThanOrEqual(2);
      for (const fact of await facts.all()) await expect(fact.locator('dd sup.note-ref a').first()).toBeVisible();
      // It comes first: nothing of the page's own text stands before it but the opening, the dek
      // under the headline and the lead graphic.
      const before = await box.evaluate((b) => {
        const classes: string[] = [];
        for (let e = b.previousElementSibling; e; e = e.previousElementSibling) classes.push(e.className);
        return classes;
      });
      for (const c of before) expect(['standfirst', 'timeline-graphic timeline-graphic-lead']).toContain(c);
    });
  }
});

test.describe('theme', () => {
  test('the theme switch applies a choice, remembers it and shows no flash of the other theme on the next load', async ({ page }) => {
    const violations = await watchCsp(page);
    await page.emulateMedia({ colorScheme: 'light' });
    // What the page looks like the moment <body> starts, before anything could paint.
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (!document.body) return;
        observer.disconnect();
        (window as unknown as { __first: unknown }).__first = {
          theme: document.documentElement.dataset['theme'] ?? null,
          background: getComputedStyle(document.body).backgroundColor,
        };
      }).observe(document, { childList: true, subtree: true });
    });
    const first = () => page.evaluate(() => (window as unknown as { __first: { theme: string | null; background: string } }).__first);
    const dark = 'rgb(15, 22, 32)';
    const light = 'rgb(251, 250, 246)';

    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/case/');
    expect(await first()).toEqual({ theme: null, background: light });
    const theme = page.getByLabel('Theme');
    await theme.selectOption('dark');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.locator('body')).toHaveCSS('background-color', dark);

    await page.goto('/laws/');
    expect(await first()).toEqual({ theme: 'dark', background: dark });
    await expect(page.getByLabel('Theme')).toHaveValue('dark');

    await page.getByLabel('Theme').selectOption('auto');
    await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect(page.locator('body')).toHaveCSS('background-color', dark);
    await page.reload();
    expect(await first()).toEqual({ theme: null, background: dark });
    await page.getByLabel('Theme').selectOption('light');
    await page.reload();
    expect(await first()).toEqual({ theme: 'light', background: light });
    expect(await violations()).toEqual([]);
  });

  test('the theme switch is hidden without JavaScript, where the system theme applies', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto('/case/');
    await expect(page.getByLabel('Theme')).toBeHidden();
    await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(15, 22, 32)');
    await context.close();
  });
});

test.describe('the chain figure on /case/', () => {
  test('draws the alleged chain, tells it as a cited list, and stays legible at 320 px, light and dark', async ({ browser }) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ viewport: { width: 320, height: 700 }, colorScheme });
      const page = await context.newPage();
      await page.goto('/case/');
      const figure = page.getByRole('figure', { name: /alleged chain of requests/ });
      await expect(figure).toBeVisible();
      // The drawing is for the eye; the caption's ordered list is the same chain in words, with its notes.
      await expect(figure.locator('svg')).toHaveAttribute('aria-hidden', 'true');
      const steps = figure.getByRole('listitem');
      await expect(steps).toHaveCount(4);
      for (const step of await steps.all()) await expect(step.locator('sup.note-ref a').first()).toBeVisible();
      await expect(steps.first()).toContainText('Chinese agencies');
      await expect(steps.last()).toContainText('suspended');
      // It comes before the first section of the story.
      expect(await figure.evaluate((f) => !!(f.compareDocumentPosition(document.getElementById('who-is-jin') as Node) & 4))).toBe(true);
      // No sideways scroll, and the drawing's smallest text still reads at 10 px or more.
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      const smallest = await figure.locator('svg text').evaluateAll((ts) => Math.min(...ts.map((t) => t.getBoundingClientRect().height)));
      expect(smallest).toBeGreaterThanOrEqual(10);
      // Its colours are the theme's: the boxes take the page's accent background.
      const fill = await figure
        .locator('svg rect')
        .first()
        .evaluate((r) => getComputedStyle(r).fill);
      const accent = await page.evaluate(() => {
        const probe = document.createElement('div');
        probe.style.background = 'var(--accent-bg)';
        document.body.append(probe);
        const colour = getComputedStyle(probe).backgroundColor;
        probe.remove();
        return colour;
      });
      expect(fill).toBe(accent);
      await context.close();
    }
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the navigation shows without a menu button, the contents open, and a marker is a link to its note', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('/case/');
    await expect(page.getByRole('button', { name: 'Menu' })).toBeHidden();
    await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Laws' })).toBeVisible();
    const toc = page.getByRole('navigation', { name: 'On this page' });
    await page.getByRole('button', { name: 'Contents' }).click();
    await expect(toc.getByRole('link', { name: 'The charges' })).toBeVisible();
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await page.keyboard.press('Escape');
    if (!cite) throw new Error('/case/ has no citation inside a section');
    await page.locator(`#${cite.markerId}`).click();
    await expect(page).toHaveURL(new RegExp(`#${cite.target}$`));
  });

  test('the contents stand open beside the text on a wide screen', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/case/');
    await expect(page.getByRole('navigation', { name: 'On this page' }).getByRole('link', { name: 'The charges' })).toBeVisible();
  });
});

test.describe('print', () => {
  test('hides the chrome and keeps the key facts and the page layout for paper', async ({ page }) => {
    await page.goto('/related-cases/tiktok/');
    await page.emulateMedia({ media: 'print' });
    for (const chrome of ['.site-header', '.site-footer', '.breadcrumbs', '.page-nav', '.cite-panel', '.theme-switch', '.menu-button']) {
      await expect(page.locator(chrome).first(), chrome).toBeHidden();
    }
    await expect(page.getByRole('region', { name: 'Key facts' })).toBeVisible();
    await page.goto('/case/');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.toc')).toBeHidden();
    await expect(page.locator('.heading').first()).toHaveCSS('break-after', 'avoid');
  });

  test('lists the full address of every link and note as a numbered endnote, not inline', async ({ page }) => {
    for (const path of ['/case/', '/sources/epoch-times/']) {
      await page.emulateMedia({ media: 'screen' });
      await page.goto(path);
      const origin = new URL((await page.locator('link[rel="canonical"]').getAttribute('href')) ?? '').origin;
      const list = page.getByRole('region', { name: 'Link addresses' });
      // On screen the list is not there; on paper it is, after the article.
      await expect(list).toBeHidden();
      await page.emulateMedia({ media: 'print' });
      await expect(list).toBeVisible();
      const endnotes = await list.locator('li').allTextContents();
      // Where each link leads: a site path ("/laws/#mss", from the relative link) or another site's address.
      const links = await page.locator('main a[data-print-ref]').evaluateAll((as) =>
        as.map((a) => {
          const url = new URL(a.getAttribute('href') ?? '', document.baseURI);
          return {
            href: url.origin === location.origin ? `${url.pathname}${url.search}${url.hash}` : url.href,
            n: Number(a.getAttribute('data-print-ref')),
            after: getComputedStyle(a, '::after').content,
          };
        }),
      );
      expect(links.length, path).toBeGreaterThan(10);
      for (const link of links) {
        // After the link, only its number; its address is endnote n, with the site's origin.
        expect(link.after, `${path} ${link.href}`).toContain(`→${link.n}`);
        expect(link.after).not.toContain('/');
        expect(endnotes[link.n - 1], `${path} ${link.href}`).toBe(link.href.startsWith('/') ? origin + link.href : link.href);
      }
      // Every link that leaves the page is numbered: notes' passages, links in the text, "Cited in";
      // not a note's source name, whose passage link beside it is.
      const unnumbered = await page
        .locator('main article p a:not([data-print-ref]), main article li a:not([data-print-ref])')
        .evaluateAll((as) =>
          as
            .filter(
              (a) =>
                !(a.getAttribute('href') ?? '#').startsWith('#') &&
                new URL(a.getAttribute('href') ?? '', document.baseURI).origin === location.origin,
            )
            .filter((a) => !a.closest('.toc, .page-nav, .backlinks') && !a.classList.contains('note-source'))
            .map((a) => a.getAttribute('href')),
        );
      expect(unnumbered, path).toEqual([]);
      // And no link prints its address inline.
      const inline = await page
        .locator('main a')
        .evaluateAll((as) => as.map((a) => getComputedStyle(a, '::after').content).filter((c) => /https?:|\//.test(c)));
      expect(inline, path).toEqual([]);
    }
  });

  test('a Chinese page prints its link addresses under a title in its own script, without the chrome', async ({ page }) => {
    // Issue 18: the endnotes' title was English on every page.
    for (const [path, title] of [
      ['/zh-hans/case/', '链接地址'],
      ['/zh-hant/case/', '連結地址'],
    ] as const) {
      await page.emulateMedia({ media: 'screen' });
      await page.goto(path);
      const list = page.getByRole('region', { name: title });
      await expect(list).toBeHidden();
      await page.emulateMedia({ media: 'print' });
      await expect(list).toBeVisible();
      expect(await list.locator('li').count(), path).toBeGreaterThan(10);
      await expect(page.getByRole('region', { name: 'Link addresses' })).toHaveCount(0);
      for (const chrome of ['.site-header', '.site-footer', '.page-nav', '.toc']) {
        await expect(page.locator(chrome).first(), `${path} ${chrome}`).toBeHidden();
      }
    }
  });

  test('marks the cited words without a background, which browsers do not print', async ({ page }) => {
    for (const [path, selector] of [
      ['/case/', '.notes mark'],
      ['/sources/lowdown-hub/', '.passage mark'],
    ] as const) {
      await page.emulateMedia({ media: 'screen' });
      await page.goto(path);
      const mark = page.locator(selector).first();
      const style = () =>
        mark.evaluate((m) => {
          const s = getComputedStyle(m);
          return { background: s.backgroundColor, image: s.backgroundImage, line: s.textDecorationLine, weight: s.fontWeight };
        });
      // On screen, a background marks them.
      expect((await style()).background, path).not.toBe('rgba(0, 0, 0, 0)');
      await page.emulateMedia({ media: 'print' });
      expect(await style(), path).toEqual({ background: 'rgba(0, 0, 0, 0)', image: 'none', line: 'underline', weight: '700' });
    }
  });
});

test.describe('at 320 px', () => {
  // One sweep per edition: with both Chinese editions, one sweep of every page outlasts a test's time.
  for (const edition of EDITIONS) {
    test(`no page of the ${edition} edition scrolls sideways, with the menu and the contents open`, { tag: '@sweep' }, async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 640 });
      for (const path of paths.filter((p) => editionOf(p) === edition)) {
        await page.goto(path);
        expect(await overflow(page), path).toBeLessThanOrEqual(0);
        const strings = uiStrings(editionOf(path), toTraditional);
        await page.getByRole('button', { name: strings.menu }).click();
        expect(await overflow(page), `${path} with the menu open`).toBeLessThanOrEqual(0);
        const contents = page.getByRole('button', { name: strings.contents });
        if (await contents.count()) {
          await page.getByRole('button', { name: strings.menu }).click();
          await contents.click();
          expect(await overflow(page), `${path} with the contents open`).toBeLessThanOrEqual(0);
        }
      }
    });
  }

  test('very long words and URLs, names in other scripts and a 30-row table do not widen the page', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto('/case/');
    await page.evaluate(() => {
      const long = 'Verwaltungsgerichtsbarkeitsentscheidungsbegründungsverpflichtung'.repeat(2);
      const url = `https://example.org/${'a-very-long-path-segment/'.repeat(8)}?query=${'x'.repeat(60)}`;
      const names = [
        '金新疆金新疆金新疆金新疆金新疆金新疆金新疆金新疆金新疆金新疆',
        'ซินเจียงจินผู้บริหารซูมประจำประเทศจีนซินเจียงจินผู้บริหาร',
        'شينجيانغجينالمديرالتنفيذيلشركةزومفيالصين',
      ];
      const body = document.querySelector('.page-body');
      const heading = document.querySelector('.page-body .heading-2');
      const fact = document.querySelector('.key-facts .fact');
      const tocLink = document.querySelector('.toc a');
      if (!body || !heading || !fact || !tocLink) throw new Error('page structure changed');
      const p = document.createElement('p');
      p.innerHTML = `${long} <a href="${url}">${url}</a> ${names.join(' ')}`;
      body.prepend(p);
      const h = heading.cloneNode(true) as HTMLElement;
      h.querySelector('h2')?.replaceChildren(`${long} ${names[0]}`);
      body.prepend(h);
      fact.querySelector('dd')?.append(` ${names.join('')} ${url}`);
      tocLink.textContent = long;
      const rows = Array.from(
        { length: 30 },
        (_, i) => `<tr><td>${i + 1}</td><td>${names[i % 3]}</td><td>${long}</td><td>18 December 2020</td></tr>`,
      ).join('');
      const table = document.createElement('div');
      table.className = 'table-scroll';
      table.innerHTML = `<table><thead><tr><th>#</th><th>Name</th><th>Word</th><th>Date</th></tr></thead><tbody>${rows}</tbody></table>`;
      body.prepend(table);
    });
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await page.getByRole('button', { name: 'Contents' }).click();
    expect(await overflow(page)).toBeLessThanOrEqual(0);
  });
});

/** The gzip bytes of the scripts a fresh visit to `path` loads, once the page has settled. */
async function scriptBytes(page: Page, path: string): Promise<{ count: number; bytes: number }> {
  // Each body is awaited after the page has settled: one read in the handler could still be on
  // its way when the sum is taken. The load event comes first: the page's scripts are all fetched
  // by then, while "network idle" alone can come before they are even asked for, when a busy
  // machine takes over half a second to parse the page.
  const bodies: Promise<Buffer>[] = [];
  page.on('response', (r) => {
    if (r.request().resourceType() === 'script') bodies.push(r.body());
  });
  await page.goto(path, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle');
  const scripts = await Promise.all(bodies);
  return { count: scripts.length, bytes: scripts.reduce((n, body) => n + gzipSync(body, { level: 9 }).length, 0) };
}

test('the site\u2019s own JavaScript on a reading page stays within 6 KB compressed', async ({ page }) => {
  const { count, bytes } = await scriptBytes(page, '/case/');
  expect(count).toBeGreaterThan(0);
  expect(bytes).toBeLessThanOrEqual(6 * 1024);
});

// Issue 18: every reading page of every edition is held to the same budget (a Chinese page's words
// and conversions are in its HTML, not in scripts). The search pages load the engine as they open.
for (const edition of EDITIONS) {
  test(`every reading page of the ${edition} edition loads at most 6 KB of its own JavaScript`, { tag: '@sweep' }, async ({ browser }) => {
    // A fresh browser session per page, about a second each on a busy machine.
    test.setTimeout(180_000);
    const reading = paths.filter((p) => editionOf(p) === edition && isReadingPage(p));
    expect(reading.length).toBeGreaterThan(10);
    const over: string[] = [];
    for (const path of reading) {
      // A fresh session for each page: a script cached by the last page would not be counted.
      const context = await browser.newContext();
      const { bytes } = await scriptBytes(await context.newPage(), path);
      if (bytes > 6 * 1024) over.push(`${path}: ${bytes} bytes`);
      await context.close();
    }
    expect(over).toEqual([]);
  });
}

test.describe('on a phone: a sticky header, contents from anywhere, back to top', () => {
  test('the header stays at the top with its "Contents" button and search, and "Contents" opens the list over the text', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/case/');
    const header = page.getByRole('banner');
    const contents = header.getByRole('button', { name: 'Contents' });
    await expect(contents).toBeVisible();
    await expect(header.getByLabel('Search the explainer')).toBeVisible();
    await page.locator('#zoom-response').evaluate((h) => h.scrollIntoView());
    await expect(header).toBeInViewport();
    expect((await header.boundingBox())?.y).toBe(0);
    // The header is one compact row.
    expect((await header.boundingBox())?.height).toBeLessThan(70);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await contents.click();
    const toc = page.getByRole('navigation', { name: 'On this page' });
    const link = toc.getByRole('link', { name: 'The one-minute rule' });
    await expect(link).toBeInViewport();
    await link.click();
    await expect(page).toHaveURL(/#one-minute-rule$/);
    await expect(link).toBeHidden();
    // The section lands below the sticky header, not under it.
    const heading = await page.locator('#one-minute-rule').boundingBox();
    const bar = await header.boundingBox();
    expect(heading && bar && heading.y).toBeGreaterThanOrEqual((bar?.y ?? 0) + (bar?.height ?? 0));
    await expect(page.locator('#one-minute-rule')).toBeInViewport();
  });

  test('"Contents" works without JavaScript, and Escape closes it', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto('/timeline/');
    await page.getByRole('button', { name: 'Contents' }).click();
    const link = page.getByRole('navigation', { name: 'On this page' }).getByRole('link', { name: '2020' });
    await expect(link).toBeInViewport();
    await page.keyboard.press('Escape');
    await expect(link).toBeHidden();
    await context.close();
  });

  test('"Back to top" appears once the reader is a screen down, and takes them and the focus back', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/laws/');
    const back = page.getByRole('link', { name: 'Back to top' });
    await expect(back).toBeHidden();
    await page.evaluate(() => window.scrollTo(0, 3000));
    await expect(back).toBeVisible();
    await back.click();
    await expect(page.locator('#main')).toBeFocused();
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeLessThan(100);
  });

  test('on a wide screen the contents stand beside the text, with no "Contents" button', { tag: '@wide' }, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/case/');
    await expect(page.getByRole('button', { name: 'Contents' })).toBeHidden();
  });
});

test.describe('a quiet reference apparatus', () => {
  test('"¶", "#" and "Cite" show on hover or focus, not on every paragraph and heading at once', { tag: '@wide' }, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/laws/');
    const para = page.locator('.page-body > p').first();
    const pilcrow = para.locator('.para-link');
    const heading = page.locator('.page-body .heading-2').first();
    await expect(pilcrow).toHaveCSS('opacity', '0');
    await expect(heading.locator('.heading-link')).toHaveCSS('opacity', '0');
    await para.hover();
    await expect(pilcrow).toHaveCSS('opacity', '1');
    await heading.hover();
    await expect(heading.locator('.heading-link')).toHaveCSS('opacity', '1');
    await expect(heading.locator('button.heading-cite')).toHaveCSS('opacity', '1');
    // Reachable by keyboard: focus shows it.
    await page.mouse.move(0, 0);
    await pilcrow.focus();
    await expect(pilcrow).toHaveCSS('opacity', '1');
  });

  test('on a touch screen they show once their paragraph or heading is tapped', { tag: '@touch' }, async ({ page }) => {
    await page.goto('/laws/');
    const para = page.locator('.page-body > p').first();
    const pilcrow = para.locator('.para-link');
    await expect(pilcrow).toHaveCSS('opacity', '0');
    await para.tap({ position: { x: 10, y: 10 } });
    await expect(pilcrow).toHaveCSS('opacity', '1');
    const heading = page.locator('.page-body .heading-2').first();
    await expect(heading.locator('.heading-link')).toHaveCSS('opacity', '0');
    await heading.locator('h2').tap();
    await expect(heading.locator('.heading-link')).toHaveCSS('opacity', '1');
  });
});

test.describe('the timeline graphic', () => {
  const timeline = JSON.parse(readFileSync(new URL('../../content/timeline.json', import.meta.url), 'utf8')) as {
    id: string;
    date: string;
  }[];
  // Events the sources date to the month or the day, in 2019 and 2020: one dot each.
  const placed = timeline.filter((e) => /^(2019|2020)-\d{2}/.test(e.date));

  test('on /timeline/ a dot per dated event of 2019–2020 links to its entry, with a caption as its text alternative', async ({ page }) => {
    await page.goto('/timeline/');
    const figure = page.locator('figure.timeline-graphic');
    await expect(figure).toBeVisible();
    await expect(figure.locator('svg')).toHaveAttribute('aria-hidden', 'true');
    await expect(figure.locator('figcaption')).toContainText('The list below gives every event, with its sources.');
    const hrefs = await figure.locator('a.tg-dot').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs.sort()).toEqual(placed.map((e) => `#${e.id}`).sort());
    for (const h of hrefs) await expect(page.locator(h ?? '#none')).toHaveCount(1);
    // Out of the tab order: the list below is the way through by keyboard.
    expect(await figure.locator('a.tg-dot:not([tabindex="-1"])').count()).toBe(0);
  });

  test('the home page and /case/ lead with it, each dot one link away from its entry', async ({ page }) => {
    for (const url of ['/', '/case/']) {
      await page.goto(url);
      const figure = page.locator('figure.timeline-graphic');
      await expect(figure).toBeVisible();
      expect(await linkPath(figure.getByRole('link', { name: 'timeline' }))).toBe('/timeline/');
      expect(await linkPaths(figure.locator('a.tg-dot'))).toContain(`/timeline/#${placed[0]?.id}`);
    }
  });

  test('it fits a 320 px screen and follows the dark theme', async ({ browser }) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await browser.newPage({ viewport: { width: 320, height: 700 }, colorScheme });
      await page.goto('/timeline/');
      const svg = page.locator('figure.timeline-graphic svg');
      const box = await svg.boundingBox();
      expect(box && box.x + box.width).toBeLessThanOrEqual(320);
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      const fill = await page
        .locator('a.tg-dot circle')
        .first()
        .evaluate((c) => getComputedStyle(c).fill);
      expect(fill).toBe(colorScheme === 'dark' ? 'rgb(244, 201, 93)' : 'rgb(29, 53, 87)');
      await page.close();
    }
  });
});
