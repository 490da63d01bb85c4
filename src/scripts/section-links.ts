/**
 * Section links: activating a heading's "#" link copies the section's URL and says so; when the
 * clipboard is refused, the URL is shown selected so the reader can copy it by hand.
 * Loaded as a module on every page; it does nothing until a link is used.
 */

function announce(message: string, url?: string): void {
  const toast = document.getElementById('toast');
  const live = document.getElementById('announcer');
  if (!toast || !live) return;
  toast.replaceChildren(document.createTextNode(message));
  if (url) {
    const input = document.createElement('input');
    input.readOnly = true;
    input.value = url;
    input.setAttribute('aria-label', 'Section link');
    const close = document.createElement('button');
    close.type = 'button';
    close.textContent = 'Close';
    close.addEventListener('click', () => (toast.hidden = true));
    toast.append(input, close);
    toast.hidden = false;
    input.focus();
    input.select();
  } else {
    toast.hidden = false;
    window.setTimeout(() => (toast.hidden = true), 2500);
  }
  // Re-setting the text makes screen readers announce it again.
  live.textContent = '';
  window.setTimeout(() => (live.textContent = message), 50);
}

async function copy(url: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(url);
    return true;
  } catch {
    return false;
  }
}

document.addEventListener('click', (event) => {
  const link = (event.target as Element | null)?.closest?.('a[data-copy-link]');
  if (!(link instanceof HTMLAnchorElement) || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
  event.preventDefault();
  const url = link.href;
  history.replaceState(null, '', link.hash);
  void copy(url).then((ok) => (ok ? announce('Link copied') : announce('Copy this link:', url)));
});

document.addEventListener('keydown', (event) => {
  const toast = document.getElementById('toast');
  if (event.key === 'Escape' && toast && !toast.hidden) toast.hidden = true;
});
