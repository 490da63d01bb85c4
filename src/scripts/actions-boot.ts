/**
 * On every page, so kept small: the link and citation controls (a heading's "#" and "Cite", a
 * paragraph's "¶", the page's "Cite this page" panel) answer a reader's click by loading their
 * code (actions.ts) then; a page where nobody uses them loads none of it. The click's default
 * is prevented here, at once, so that the "#" link does not jump while the code arrives. A click
 * with a modifier key keeps the browser's own meaning (open in a new tab, and so on).
 */
const CONTROLS = 'a[data-copy-link], a[data-cite-section], button[data-para-link]';
const actions = () => import('./actions');

document.addEventListener('click', (event) => {
  const control = event.target instanceof Element ? event.target.closest(CONTROLS) : null;
  if (!control || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  // If the code cannot be fetched (a dropped connection), a link still goes where it points.
  void actions().then(
    (m) => m.act(control),
    () => {
      if (control instanceof HTMLAnchorElement) location.href = control.href;
    },
  );
});

const panel = document.querySelector<HTMLDetailsElement>('.cite-panel');
panel?.addEventListener('toggle', () => {
  if (panel.open) void actions().then((m) => m.fillPanel(panel));
});
