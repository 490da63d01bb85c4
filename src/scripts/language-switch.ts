/**
 * The language switcher keeps the section: following a link to the page in another edition adds
 * the fragment of the address (`#key-figures`: the section a reader arrived at, or whose "#" link
 * they followed), since section ids are the same in every edition. Without JavaScript the link
 * leads to the top of the twin. (The section scrolled to is not used: reaching the switcher at the
 * top of the page scrolls past every section.)
 */
document.addEventListener('click', (event) => {
  const link = (event.target as Element | null)?.closest?.('[data-language-switch] a[href]');
  if (!(link instanceof HTMLAnchorElement) || link.hash !== '' || location.hash.length < 2) return;
  link.hash = location.hash;
});
