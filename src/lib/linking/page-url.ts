/**
 * Maps a page file under `content/pages/` to its public URL (the URL contract's trailing slash).
 * `index.mdx` → `/`, `case.mdx` → `/case/`, `related-cases/index.mdx` → `/related-cases/`.
 */
export function pageUrlFromFile(relativePath: string): string {
  const clean = relativePath
    .replace(/\\/g, '/')
    .replace(/^\/+/, '')
    .replace(/\.mdx?$/, '');
  const parts = clean.split('/').filter((p) => p !== '');
  if (parts.at(-1) === 'index') parts.pop();
  return parts.length === 0 ? '/' : `/${parts.join('/')}/`;
}

/** The route parameter for `[...slug].astro`: undefined for the home page. */
export function slugFromUrl(url: string): string | undefined {
  const trimmed = url.replace(/^\/|\/$/g, '');
  return trimmed === '' ? undefined : trimmed;
}
