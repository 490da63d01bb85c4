/**
 * Loads the citation previews (preview-popup.ts) the first time a reader points at, focuses or
 * taps a note marker, or presses Enter on one, and hands it the gestures made until it has
 * arrived; a page nobody reaches into loads none of it. A tap on a marker, and Enter, must not
 * jump to the note, so they are held back here until the module can answer them itself; Escape
 * meanwhile cancels what came before it, so no preview opens after the reader dismissed it. A
 * mouse click, or focus that comes with a pointer press, needs no preview.
 */
const MARKER = 'sup.note-ref a[href^="#note-"]';
const TYPES = ['pointerover', 'focusin', 'click', 'keydown'];
let touch = false;
let pressedAt = Number.NEGATIVE_INFINITY;
/** The gestures made while the module loads, to hand it when it arrives; undefined before the first. */
let pending: Event[] | undefined;

/** Whether a gesture on a marker asks for its preview. */
function asks(event: Event): boolean {
  const pressed = event.timeStamp - pressedAt < 1000;
  switch (event.type) {
    case 'keydown': {
      // Enter with a modifier keeps the link's own meaning (a new tab, a new window).
      const k = event as KeyboardEvent;
      return k.key === 'Enter' && !(k.altKey || k.ctrlKey || k.metaKey || k.shiftKey);
    }
    case 'click':
      return pressed && touch;
    case 'focusin':
      return !pressed;
    default:
      return (event as PointerEvent).pointerType === 'mouse';
  }
}

/** Hands the module what the reader did while it loaded; listening here stops, as it now listens itself. */
function arrived(previews: typeof import('./preview-popup')): void {
  for (const type of TYPES) document.removeEventListener(type, wake, true);
  for (const event of pending ?? []) previews.replay(event);
  pending = [];
}

/** The code could not be fetched (a dropped connection): a marker held back still goes to its note. */
function failed(): void {
  const held = [...(pending ?? [])].reverse().find((e) => e.type === 'click' || e.type === 'keydown');
  const marker = (held?.target as Element | undefined)?.closest<HTMLAnchorElement>(MARKER);
  if (marker) location.hash = marker.hash;
}

function wake(event: Event): void {
  if (event instanceof KeyboardEvent && event.key === 'Escape') {
    pending?.splice(0);
    return;
  }
  if (!asks(event) || !(event.target as Element).closest?.(MARKER)) return;
  if (event.type === 'click' || event.type === 'keydown') event.preventDefault();
  if (!pending) void import('./preview-popup').then(arrived, failed);
  (pending ??= []).push(event);
}

document.addEventListener(
  'pointerdown',
  (event) => {
    touch = event.pointerType !== 'mouse';
    pressedAt = event.timeStamp;
  },
  true,
);
for (const type of TYPES) document.addEventListener(type, wake, true);
