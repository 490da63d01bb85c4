/**
 * Citation previews: hovering, focusing or tapping a note marker shows the cited words in their
 * sentence, the source's name and date, and links to the source passage and to the note, without
 * leaving the text; a marker for several citations written side by side ("10–12") shows each. The preview is built from the page's own notes; nothing is fetched. Without
 * JavaScript a marker is what it always was: a plain link to its note. Loaded by previews.ts the
 * first time a reader reaches for a marker, so pages cost nothing extra until then.
 *
 * It follows WCAG 1.4.13 (content on hover or focus): the pointer can move onto the preview, the
 * preview stays until the pointer or focus leaves it, and Escape dismisses it, however it was
 * opened. On touch screens the first tap on a marker opens the preview and a second tap follows
 * the link; a tap anywhere else closes it. A mouse click still jumps to the note, as a reader of
 * Wikipedia expects.
 *
 * By keyboard a marker is one tab stop, as on Wikipedia: a preview that focus opened shows the
 * words, but its links stay out of the tab order, so Tab goes on through the text. Enter on the
 * marker moves the focus into the preview, whose links then take Tab like any others; Escape
 * closes it and puts the focus back on the marker.
 */
import { fillWords } from '../lib/i18n/offline-words';
import { readPreviewWords } from '../lib/i18n/preview-words';
import { placePreview } from '../lib/preview-position';
import previewStyle from '../styles/preview.css?url';
import { loadStyle } from './load-style';

// The previews' styles arrive with this code, not with every page.
await loadStyle(previewStyle);

const MARKER = 'sup.note-ref a[href^="#note-"]';
/** Hover intent: a pointer passing over a marker on its way elsewhere opens nothing. */
const OPEN_DELAY = 120;
/** Time to cross the gap between the marker and the preview before it closes. */
const CLOSE_DELAY = 300;

let preview: HTMLElement | undefined;
let marker: HTMLAnchorElement | undefined;
let openTimer = 0;
let closeTimer = 0;
let pointerType = '';
let pointerAt = Number.NEGATIVE_INFINITY;
let refocusing = false;
/** The page's words for the previews (a Chinese page writes its own on its notes). */
const words = readPreviewWords(document.querySelector<HTMLElement>('[data-preview-words]')?.dataset['previewWords']);

const span = (className: string, text?: string): HTMLSpanElement => {
  const el = document.createElement('span');
  el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
};

const markerOf = (target: EventTarget | null): HTMLAnchorElement | null =>
  target instanceof Element ? target.closest<HTMLAnchorElement>(MARKER) : null;

const inside = (target: EventTarget | null): boolean =>
  target instanceof Node && !!((preview?.contains(target) ?? false) || (marker?.contains(target) ?? false));

/** The note and quotation a citation's marker stands for, found by the backlink that points at it. */
function cited(markerId: string, fallback: string): { note: HTMLElement; quote: Element | undefined } | undefined {
  const back = document.querySelector<HTMLAnchorElement>(`.notes a.backlink[href="#${CSS.escape(markerId)}"]`);
  const note = back?.closest<HTMLElement>('.notes li') ?? document.getElementById(fallback)?.closest<HTMLElement>('.notes li');
  if (!note) return undefined;
  // A note that several markers cite quotes one sentence per marker; show this marker's own.
  const quote = back?.closest('.note-quote') ?? note.querySelector('.note-quote') ?? undefined;
  return { note, quote };
}

/** One passage of a preview: the quoted sentence, the source and its date, the links. */
function item(note: HTMLElement, own: Element | undefined): HTMLElement {
  const quote = span('cite-preview-quote');
  const quoted = own?.querySelector('blockquote');
  // On a Chinese page the quotation is the source's English: it keeps its language.
  if (quoted?.lang) quote.lang = quoted.lang;
  quote.append(...[...(quoted?.querySelector('p')?.childNodes ?? [])].map((n) => n.cloneNode(true)));
  // And this site's Chinese rendering of it, with its label, as the note shows it.
  const rendering = own?.querySelector('.rendering');
  const renderingCopy = rendering ? span('cite-preview-rendering') : undefined;
  renderingCopy?.append(...[...(rendering?.childNodes ?? [])].map((n) => n.cloneNode(true)));

  const meta = span('cite-preview-source');
  const source = note.querySelector<HTMLAnchorElement>('a.note-source');
  if (source) meta.append(source.cloneNode(true), span('cite-preview-date', ` · ${source.dataset['date'] || words.noDate}`));

  const links = span('cite-preview-links');
  const passage = note.querySelector<HTMLAnchorElement>('a.passage-link')?.cloneNode(true);
  if (passage instanceof HTMLAnchorElement) {
    passage.textContent = (passage.textContent ?? '').replace(/^see/, 'See');
    links.append(passage);
  }
  const toNote = document.createElement('a');
  toNote.href = `#${own?.id || note.id}`;
  toNote.textContent = fillWords(words.goToNote, { note: note.id.replace(/^note-/, '') });
  links.append(toNote);
  const box = span('cite-preview-item');
  box.append(quote, ...(renderingCopy ? [renderingCopy] : []), meta, links);
  return box;
}

/**
 * Fills the preview for `m` from the notes: for each citation behind the marker (one, or several
 * written side by side), the sentence that carries its words, the source, the links.
 */
function fill(m: HTMLAnchorElement): HTMLElement | undefined {
  const target = decodeURIComponent(m.hash.slice(1));
  const ids = (m.dataset['cites'] ?? m.id).split(' ').filter((id) => id !== '');
  const found = ids.map((id) => cited(id, target)).filter((c) => c !== undefined);
  if (found.length === 0) return undefined;
  // Two citations of one sentence behind one marker show it once, with both their words marked.
  const items = found.filter((c, i) => found.findIndex((o) => o.note === c.note && o.quote === c.quote) === i);
  preview ??= span('cite-preview');
  preview.id = 'cite-preview';
  preview.setAttribute('role', 'group');
  const name = m.getAttribute('aria-label')?.toLowerCase() ?? words.theNote;
  preview.setAttribute('aria-label', fillWords(words.preview, { name }));
  preview.replaceChildren(...items.map((c) => item(c.note, c.quote)));
  // Out of the tab order until the reader asks for them (enter()).
  for (const a of preview.querySelectorAll('a')) a.tabIndex = -1;
  return preview;
}

/** Places the open preview beside its marker, inside the viewport. */
function place(): void {
  if (!preview || !marker) return;
  const viewport = { width: document.documentElement.clientWidth, height: window.innerHeight };
  preview.style.maxWidth = `${viewport.width - 16}px`;
  const size = preview.getBoundingClientRect();
  const p = placePreview(marker.getBoundingClientRect(), { width: size.width, height: size.height }, viewport);
  // Absolute positions count from the preview's containing block: a positioned ancestor, or the document.
  const parent = preview.offsetParent;
  const fromDocument = !parent || (parent === document.body && getComputedStyle(parent).position === 'static');
  const box = fromDocument ? { left: -window.scrollX, top: -window.scrollY } : parent.getBoundingClientRect();
  const border = fromDocument ? { left: 0, top: 0 } : { left: parent.clientLeft, top: parent.clientTop };
  preview.style.left = `${p.left - box.left - border.left}px`;
  preview.style.top = `${p.top - box.top - border.top}px`;
  preview.style.setProperty('--arrow-x', `${p.arrowX}px`);
  preview.dataset['side'] = p.side;
}

function show(m: HTMLAnchorElement): void {
  window.clearTimeout(openTimer);
  window.clearTimeout(closeTimer);
  if (marker === m) return;
  hide();
  const el = fill(m);
  if (!el) return;
  marker = m;
  // Right after the marker: a screen reader reads the preview where it belongs, and from the
  // preview's links, once the reader has entered them, Tab goes on to what follows the marker.
  (m.closest('sup') ?? m).after(el);
  m.setAttribute('aria-expanded', 'true');
  m.setAttribute('aria-controls', el.id);
  place();
}

/** Opens m's preview at the reader's request and moves the focus to its first link; its links join the tab order. */
function enter(m: HTMLAnchorElement): void {
  show(m);
  if (!preview || marker !== m) return;
  const links = [...preview.querySelectorAll('a')];
  for (const a of links) a.removeAttribute('tabindex');
  links[0]?.focus();
}

function hide(): void {
  const m = marker;
  // Cleared first: removing a preview that holds the focus fires focusout, whose handler must
  // find nothing open.
  marker = undefined;
  window.clearTimeout(openTimer);
  window.clearTimeout(closeTimer);
  m?.removeAttribute('aria-expanded');
  m?.removeAttribute('aria-controls');
  // Taken out of the page, not just hidden, so it never counts as part of the paragraph's text.
  preview?.remove();
}

const hideSoon = (): void => {
  window.clearTimeout(closeTimer);
  closeTimer = window.setTimeout(hide, CLOSE_DELAY);
};

function onPointerOver(event: PointerEvent): void {
  if (event.pointerType !== 'mouse') return;
  const m = markerOf(event.target);
  if (m) {
    window.clearTimeout(openTimer);
    if (m === marker) window.clearTimeout(closeTimer);
    else openTimer = window.setTimeout(() => show(m), OPEN_DELAY);
  } else if (inside(event.target)) {
    window.clearTimeout(closeTimer);
  }
}

document.addEventListener('pointerout', (event) => {
  if (event.pointerType !== 'mouse') return;
  if (markerOf(event.target)) window.clearTimeout(openTimer);
  // A preview opened by focus stays while the focus is there, wherever the pointer goes.
  if (marker && inside(event.target) && !inside(event.relatedTarget) && !inside(document.activeElement)) hideSoon();
});

document.addEventListener(
  'pointerdown',
  (event) => {
    pointerType = event.pointerType;
    pointerAt = event.timeStamp;
    if (marker && !inside(event.target)) hide();
  },
  true,
);

document.addEventListener('click', (event) => {
  const m = markerOf(event.target);
  const tapped = (pointerType === 'touch' || pointerType === 'pen') && event.timeStamp - pointerAt < 1000;
  if (m && tapped && marker !== m && !event.ctrlKey && !event.metaKey) {
    // First tap: show the preview instead of jumping away from the sentence.
    event.preventDefault();
    show(m);
    return;
  }
  // A click on the marker (or a second tap) jumps to the note; a link in the preview leaves it.
  if (m || (event.target instanceof Element && event.target.closest('.cite-preview a'))) window.setTimeout(hide);
});

function onFocusIn(event: FocusEvent): void {
  const m = markerOf(event.target);
  // A marker focused by a pointer is about to be clicked or tapped; the click decides.
  if (m && !refocusing && event.timeStamp - pointerAt > 500) show(m);
  else if (inside(event.target)) window.clearTimeout(closeTimer);
  refocusing = false;
}

document.addEventListener('focusout', (event) => {
  if (marker && inside(event.target) && !inside(event.relatedTarget)) hide();
});

document.addEventListener('keydown', (event) => {
  const m = markerOf(event.target);
  // Enter alone on a marker opens its preview instead of following the link to the note (the
  // preview links there too); with a modifier it keeps the link's own meaning (a new tab).
  if (m && event.key === 'Enter' && !(event.altKey || event.ctrlKey || event.metaKey || event.shiftKey)) {
    event.preventDefault();
    enter(m);
    return;
  }
  if (event.key !== 'Escape' || !marker) return;
  // Focus inside the preview goes back to its marker; focus on the marker stays where it is.
  const back = preview?.contains(document.activeElement) ? marker : undefined;
  hide();
  if (back) {
    refocusing = true;
    back.focus();
  }
});

window.addEventListener('resize', () => place());
document.addEventListener('pointerover', onPointerOver);
document.addEventListener('focusin', onFocusIn);

/**
 * Acts on a gesture made before this module had loaded (previews.ts passes each on), if it still
 * holds: the pointer is still on the marker, the focus still on it, or it was a tap or Enter.
 */
export function replay(event: Event): void {
  const m = markerOf(event.target);
  if (!m) return;
  if (event.type === 'keydown' && document.activeElement === m) enter(m);
  else if (event.type === 'click') show(m);
  else if (event.type === 'focusin' && document.activeElement === m) show(m);
  else if (event instanceof PointerEvent && m.matches(':hover')) onPointerOver(event);
}
