/**
 * Styles for what appears only after a reader acts (the search list, citation previews) load with
 * the code that shows it, not with every page: the page's own stylesheet is inline in its HTML and
 * counts against every first load. The CSP allows stylesheets from the site itself.
 */

/**
 * Adds the stylesheet at `href`; resolves when it has loaded, or failed (then unstyled beats
 * broken). Called from a module's top level, so once per page.
 */
export function loadStyle(href: string): Promise<void> {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  const loaded = new Promise<void>((resolve) => {
    link.addEventListener('load', () => resolve(), { once: true });
    link.addEventListener('error', () => resolve(), { once: true });
  });
  document.head.append(link);
  return loaded;
}
