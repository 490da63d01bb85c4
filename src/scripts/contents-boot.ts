/**
 * On every page, so kept small: "On this page" marks the section in view only once the reader
 * scrolls (or arrives at a section, which scrolls), so its code (contents-marker.ts) loads then.
 */
if (document.querySelector('[data-toc]')) {
  const load = (): void => void import('./contents-marker');
  if (location.hash || scrollY > 0) load();
  else addEventListener('scroll', load, { passive: true, once: true });
}

export {};
