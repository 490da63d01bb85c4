/**
 * The language switcher keeps the section: following a link to the page in another edition adds
 * the section the reader is at (the section ids are the same in every edition): the fragment in
 * the address, or else the last section heading scrolled past. Without JavaScript the link leads
 * to the top of the twin.
 */

/** The id of the section heading the reader has scrolled past last, if any. */
function sectionInView(): string {
  let id = '';
  for (const h of document.querySelectorAll<HTMLElement>('article h2[id], article h3[id]')) {
    if (h.getBoundingClientRect().top > 80) break;
    id = h.id;
  }
  return id;
}

document.addEventListener('click', (event) => {
  const link = (event.target as Element | null)?.closest?.('[data-language-switch] a[href]');
  if (!(link instanceof HTMLAnchorElement) || link.hash !== '') return;
  const section = location.hash.slice(1) || sectionInView();
  if (section !== '') link.hash = section;
});
