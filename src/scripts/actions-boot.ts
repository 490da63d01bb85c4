/**
 * On every page, so kept small: the link and citation controls (the "#" and "Cite" of a heading
 * or a source passage, a paragraph's "¶", the page's "Cite this page" panel) answer a reader's
 * click by loading their code (actions.ts) then; a page where nobody uses them loads none of it.
 * The click's default is prevented here, at once, so that the "#" link does not jump while the
 * code arrives. A click with a modifier key keeps the browser's own meaning (open in a new tab,
 * and so on).
 */
const CONTROLS = 'a[data-copy-link], button[data-cite-section], button[data-cite-passage], button[data-para-link]';
const actions = () => import('./actions');

document.addEventListener('click', (event) => {
  const control = event.target instanceof Element ? event.target.closest(CONTROLS) : null;
  if (!control || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  // If the code cannot be fetched (a dropped connection), a link still goes where it points, and
  // "Cite" where it goes without JavaScript: the page's citation panel.
  void actions().then(
    (m) => m.act(control),
    () => {
      if (control instanceof HTMLAnchorElement) location.href = control.href;
      else if (!control.hasAttribute('data-para-link')) location.hash = 'cite-this-page';
    },
  );
});

const panel = document.querySelector<HTMLDetailsElement>('.cite-panel');
panel?.addEventListener('toggle', () => {
  if (panel.open) void actions().then((m) => m.fillPanel(panel));
});
