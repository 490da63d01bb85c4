/**
 * On every page, so kept small: "Back to top" (BackToTop.astro) shows once the reader is a screen
 * down the page, and hides again near the top.
 */
const back = document.querySelector<HTMLElement>('.back-to-top');

if (back) {
  let shown = false;
  const update = (): void => {
    const show = scrollY > innerHeight;
    if (show === shown) return;
    shown = show;
    back.classList.toggle('shown', show);
  };
  addEventListener('scroll', update, { passive: true });
  update();
}

export {};
