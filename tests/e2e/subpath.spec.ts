import { expect, test } from '@playwright/test';

// The site built with BASE_PATH=/explainer and served only under that path.
test('the site works from a sub-path: navigation, citations, sources and data', async ({ page }) => {
  const failed: string[] = [];
  page.on('response', (r) => {
    if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
  });
  await page.goto('/explainer/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'The case', exact: true }).click();
  await expect(page).toHaveURL(/\/explainer\/case\/$/);
  await page.locator('#cite-1').click();
  // To note 1, or to the marker's own quotation in it when the note holds several (#note-1-a).
  await expect(page).toHaveURL(/\/explainer\/case\/#note-1(?:-[a-z])?$/);
  await page.locator('#note-1 a.passage-link').click();
  await expect(page).toHaveURL(/\/explainer\/sources\/[a-z0-9-]+\/#p\d+$/);
  // Back to a section of the case page (a citation in the key facts, above any section, links to the page).
  await page.locator('.cited-in a[href*="/case/#"]').first().click();
  await expect(page).toHaveURL(/\/explainer\/case\/(#[a-z0-9-]+)?$/);
  // Every same-site link on these pages stays under the sub-path.
  for (const url of ['/explainer/', '/explainer/case/', '/explainer/sources/', '/explainer/timeline/', '/explainer/people/']) {
    await page.goto(url);
    const outside = await page
      .locator('a[href^="/"], link[href^="/"], script[src^="/"]')
      .evaluateAll((els) =>
        els.map((e) => e.getAttribute('href') ?? e.getAttribute('src') ?? '').filter((h) => !h.startsWith('/explainer/')),
      );
    expect(outside, url).toEqual([]);
  }
  const data = await page.request.get('/explainer/data/citations.json');
  expect(data.ok()).toBe(true);
  expect(failed).toEqual([]);
});
