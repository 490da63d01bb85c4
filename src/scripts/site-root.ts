/**
 * Where the site is served from, as a path with a trailing slash: "/" at the main origin,
 * "/mirror/a/b/" on a mirror. Every page names its way to the root on <html data-root> ("../"
 * from /case/), made relative by the build like its links (src/lib/linking/relative-urls.ts),
 * so the same build works under any prefix. The scripts loaded on every page read it inline
 * (offline-boot.ts, mirror-note.ts), so that they import nothing.
 */
export const siteRoot = (): string => new URL(document.documentElement.dataset['root'] ?? '/', location.href).pathname;
