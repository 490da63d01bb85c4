/**
 * Maps a page file under `content/pages/` to its public URL (the URL contract's trailing slash).
 * `index.mdx` → `/`, `case.mdx` → `/case/`, `related-cases/index.mdx` → `/related-cases/`.
 */
export function pageUrlFromFile(relativePath: string): string {
  const clean = relativePath
    .replace(/\\/g, '/')
    .replace(/^\/+/, '')
    .replace(/\.(?:mdx?|astro)$/, '');
  const parts = clean.split('/').filter((p) => p !== '');
  if (parts.at(-1) === 'index') parts.pop();
  return parts.length === 0 ? '/' : `/${parts.join('/')}/`;
}

/** The route parameter for `[...slug].astro`: undefined for the home page. */
export function slugFromUrl(url: string): string | undefined {
  const trimmed = url.replace(/^\/|\/$/g, '');
  return trimmed === '' ? undefined : trimmed;
}

/**
 * The English pages that have a Chinese twin built by page code: from the route files of the
 * Simplified edition (`./pages/zh-hans/search.astro` → `/search/`), leaving out the route of the
 * MDX translations (`[...slug]`) and the 中英对照 views (`bilingual/`). A file with a `[param]`
 * segment (`sources/[slug].astro`) stands for each of `englishPages` that fits it.
 */
export function codedTwins(routeFiles: readonly string[], englishPages: readonly string[]): string[] {
  const twins = new Set<string>();
  for (const file of routeFiles) {
    const rel = file.replace(/\\/g, '/').replace(/^(?:.*\/)?pages\/zh-hans\//, '');
    if (rel.includes('[...') || rel.startsWith('bilingual/')) continue;
    const url = pageUrlFromFile(rel);
    if (!url.includes('[')) {
      twins.add(url);
      continue;
    }
    const pattern = new RegExp(`^${url.replace(/\[[^\]/]+\]/g, '[a-z0-9-]+')}$`);
    for (const page of englishPages) if (pattern.test(page)) twins.add(page);
  }
  return [...twins];
}
