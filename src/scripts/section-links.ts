/**
 * Section links: activating a heading's "#" link copies the section's URL and says so; when the
 * clipboard is refused, the URL is shown selected so the reader can copy it by hand.
 */
import { announce, copyText } from './announce';

document.addEventListener('click', (event) => {
  const link = event.target instanceof Element ? event.target.closest('a[data-copy-link]') : null;
  if (!(link instanceof HTMLAnchorElement) || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
  event.preventDefault();
  history.replaceState(null, '', link.hash);
  const url = link.href;
  void copyText(url).then((ok) => (ok ? announce('Link copied') : announce('Copy this link:', url)));
});
