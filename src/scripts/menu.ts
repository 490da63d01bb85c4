/**
 * The menu button on narrow screens: a disclosure that opens and closes the site menu and says
 * whether it is open. Escape closes it and puts the focus back on the button.
 */
const button = document.querySelector<HTMLButtonElement>('[data-menu-button]');
const menu = document.getElementById(button?.getAttribute('aria-controls') ?? '');

if (button && menu) {
  const set = (open: boolean): void => {
    button.setAttribute('aria-expanded', String(open));
    menu.classList.toggle('open', open);
  };
  button.addEventListener('click', () => set(!menu.classList.contains('open')));
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || !menu.classList.contains('open') || !(event.target === button || menu.contains(event.target as Node)))
      return;
    set(false);
    button.focus();
  });
}
