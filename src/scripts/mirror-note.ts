/**
 * On a copy of the site served from another address (a mirror, a folder on another host, a
 * local server), says so where readers cite: citations name the site's main address, which is
 * meant to last, while a heading's "#" link copies the address the reader is on. The main
 * address is the build's SITE_URL, on <html data-site>.
 */
const { root = '/', site: main } = document.documentElement.dataset;
// The root as in site-root.ts, read inline so that this script, on every page, imports nothing.
const here = new URL(root, location.href).href;
if (main && here !== main && location.protocol !== 'file:') {
  for (const note of document.querySelectorAll<HTMLElement>('[data-mirror-note]')) {
    for (const slot of note.querySelectorAll<HTMLElement>('[data-here]')) slot.textContent = here;
    note.hidden = false;
  }
}

export {};
