/**
 * On every page, so kept small: the notes' <details> (Notes.astro) opens on wide screens, where
 * the page has room for them, and whenever the address points into it: a marker, a backlink, or a
 * link to #note-N or #note-N-a from another site. Chromium opens a closed <details> that holds a
 * fragment's target by itself; this covers browsers that do not, and scrolls to the target once
 * it has a place on the page.
 */
const fold = document.querySelector<HTMLDetailsElement>('[data-notes-fold]');

if (fold) {
  /** The fragment's id; a fragment that does not decode (a mangled link) names no note. */
  const fragmentId = (): string => {
    try {
      return decodeURIComponent(location.hash.slice(1));
    } catch {
      return '';
    }
  };
  const reveal = (): void => {
    const id = fragmentId();
    const target = id ? document.getElementById(id) : null;
    if (!target || fold.open || !fold.contains(target)) return;
    fold.open = true;
    target.scrollIntoView();
  };
  // The same width at which the body text grows (global.css): below it, a phone.
  if (matchMedia('(min-width: 48rem)').matches) fold.open = true;
  reveal();
  addEventListener('hashchange', reveal);
}

export {};
