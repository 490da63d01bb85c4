/**
 * Mirror-anywhere: the built pages link and load everything by relative URLs, so one dist/
 * works unchanged under any path prefix ("/", "/explainer/", "/mirror/a/b/"), on any origin and
 * behind IPFS-style gateways. Astro writes root-relative URLs ("/laws/#mss"); after the build,
 * each page's are rewritten relative to where that page sits ("../laws/#mss" from /case/).
 * Absolute URLs (canonical, og:url, JSON-LD, the feed) keep naming the main origin.
 */

/**
 * The attributes whose values are URLs a page links to or loads, and `data-root` on <html>: the
 * way from the page to the site's root, which scripts read (src/scripts/site-root.ts).
 */
const URL_ATTRIBUTES = ['href', 'src', 'action', 'poster', 'data-root'] as const;

/**
 * `target` (a root-relative URL, "/laws/?q=1#mss") as seen from the page at `pageUrl` (the
 * page's own root-relative URL: "/case/", "/", "/sources/epoch-times/", "/404.html").
 */
export function relativeUrl(pageUrl: string, target: string): string {
  if (!target.startsWith('/') || target.startsWith('//')) return target;
  const suffixAt = target.search(/[?#]/);
  const path = suffixAt === -1 ? target : target.slice(0, suffixAt);
  const suffix = suffixAt === -1 ? '' : target.slice(suffixAt);
  // The folders the page sits in ("/case/" → ["case"]; "/404.html" → []), and the target's.
  const from = pageUrl.split('/').slice(1, -1);
  const parts = path.split('/').slice(1);
  const file = parts.pop() ?? '';
  let common = 0;
  while (common < from.length && common < parts.length && from[common] === parts[common]) common += 1;
  const relative = '../'.repeat(from.length - common) + [...parts.slice(common), file].join('/');
  if (relative === '' || relative.endsWith('../')) {
    // The page's own folder or one above it: "./" rather than "" (which would mean "this page"),
    // and a fragment or query then still goes to the folder's index page.
    return `${relative === '' ? './' : relative}${suffix}`;
  }
  return `${relative}${suffix}`;
}

/**
 * The page's HTML with every root-relative URL in href, src, action, poster and data-root attributes, and
 * in a refresh redirect's `content`, made relative to the page. Other attribute values are
 * left as they are ("/" is also a key shortcut in `aria-keyshortcuts`).
 */
export function relativizeHtml(html: string, pageUrl: string): string {
  const attributes = new RegExp(`(\\s(?:${URL_ATTRIBUTES.join('|')})=")(/(?!/)[^"]*)"`, 'g');
  return html
    .replace(attributes, (_, before: string, url: string) => `${before}${relativeUrl(pageUrl, url)}"`)
    .replace(
      /(<meta\s+http-equiv="refresh"\s+content="\d+;\s*url=)(\/(?!\/)[^"]*)"/gi,
      (_, before: string, url: string) => `${before}${relativeUrl(pageUrl, url)}"`,
    );
}

/** The root-relative URL of a built file, from its path under dist/ ("case/index.html" → "/case/"). */
export function pageUrlOfFile(relativePath: string): string {
  const path = `/${relativePath.split('\\').join('/')}`;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}
