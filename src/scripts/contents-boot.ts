/**
 * On every page, so kept small: "On this page" closes as a popover once a section is chosen, and marks the section in view only once the reader
 * scrolls (or arrives at a section, which scrolls), so its code (contents-marker.ts) loads then.
 */
const toc = document.querySelector<HTMLElement>('[data-toc]');
if (toc) {
  // Opened as a popover from the header's "Contents" button, it closes once the reader picks a section.
  toc.addEventListener('click', (event) => {
    if (event.target instanceof Element && event.target.closest('a') && toc.matches(':popover-open')) toc.hidePopover();
  });
  const load = (): void => void import('./contents-marker');
  if (location.hash || scrollY > 0) load();
  else addEventListener('scroll', load, { passive: true, once: true });
}

export {};
