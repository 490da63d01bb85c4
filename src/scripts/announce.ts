/**
 * Tells the reader what happened ("Link copied"): a short visible note, and the same words for
 * screen readers. When the clipboard is refused, shows the text selected for copying by hand.
 */

/** Shows and announces a message; with `text`, also offers it selected in a field. */
export function announce(message: string, text?: string): void {
  const toast = document.getElementById('toast');
  const live = document.getElementById('announcer');
  if (!toast || !live) return;
  toast.replaceChildren(document.createTextNode(message));
  if (text !== undefined) {
    const input = document.createElement('input');
    input.readOnly = true;
    input.value = text;
    input.setAttribute('aria-label', message);
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
  // Clearing first makes screen readers announce a repeated message again.
  live.textContent = '';
  window.setTimeout(() => (live.textContent = message), 50);
}

/** Copies text to the clipboard; false when the browser refuses. */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

document.addEventListener('keydown', (event) => {
  const toast = document.getElementById('toast');
  if (event.key === 'Escape' && toast && !toast.hidden) toast.hidden = true;
});
