/**
 * On every page, so kept small: makes the header search field a combobox, and loads the search
 * code only when the reader shows they want it (focus or hover on the field, "/", Ctrl-K or ⌘-K).
 * A page opened from a search result (`?highlight=…`) loads the highlighter.
 */

// The same name as HIGHLIGHT_PARAM in src/lib/search/url.ts, written out so that this script,
// loaded on every page, imports nothing.
const HIGHLIGHT_PARAM = 'highlight';

const form = document.querySelector<HTMLFormElement>('form[data-search-form]');
const field = form?.querySelector<HTMLInputElement>('input[data-search-input]');

let woken = false;
function wake(): void {
  if (woken || !form || !field) return;
  woken = true;
  void import('./search-combobox').then(({ enhance }) => enhance(form, field));
}

if (form && field) {
  // The roles are set here, not in the HTML, so that without JavaScript the field is a plain search box.
  field.setAttribute('role', 'combobox');
  field.setAttribute('aria-autocomplete', 'list');
  field.setAttribute('aria-expanded', 'false');
  field.setAttribute('aria-controls', form.querySelector('[role="listbox"]')?.id ?? '');
  form.addEventListener('focusin', wake);
  form.addEventListener('pointerenter', wake);
}

const typingIn = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement && (target.isContentEditable || /^(?:INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

document.addEventListener('keydown', (event) => {
  if (event.defaultPrevented || event.isComposing || event.altKey) return;
  const command = event.ctrlKey || event.metaKey;
  const shortcut = command ? event.key.toLowerCase() === 'k' && !event.shiftKey : event.key === '/' && !typingIn(event.target);
  // The search page has its own field; elsewhere the header's.
  const target = document.querySelector<HTMLInputElement>('input[data-search-primary]') ?? field;
  if (!shortcut || !target) return;
  event.preventDefault();
  target.focus();
  target.select();
});

if (new URLSearchParams(window.location.search).has(HIGHLIGHT_PARAM)) {
  void import('./search-landing').then(({ highlightFromUrl }) => highlightFromUrl());
}

// A module, not a global script: its names stay its own.
export {};
