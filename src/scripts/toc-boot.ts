/**
 * On every page, so kept small: "On this page" marks the section in view only once the reader
 * scrolls (or arrives at a section, which scrolls), so its code (toc.ts) loads then.
 */
if (document.querySelector('[data-toc]')) {
  let loaded = false;
  const load = (): void => {
    if (loaded) return;
    loaded = true;
    removeEventListener('scroll', load);
    void import('./toc');
  };
  addEventListener('scroll', load, { passive: true });
  if (location.hash || scrollY > 0) load();
}

export {};
