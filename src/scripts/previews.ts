/**
 * Loads the citation previews (preview-popup.ts) the first time a reader points at, focuses or
 * taps a note marker, and hands it that first gesture; a page nobody reaches into loads none of
 * it. The first tap on a marker must not jump to the note, so it is held back here, before the
 * module arrives. A mouse click, or focus that comes with a pointer press, needs no preview.
 */
const MARKER = 'sup.note-ref a[href^="#note-"]';
const TYPES = ['pointerover', 'focusin', 'click'];
let touch = false;
let pressedAt = Number.NEGATIVE_INFINITY;

function wake(event: Event): void {
  const pressed = event.timeStamp - pressedAt < 1000;
  const unwanted =
    event.type === 'click' ? !(pressed && touch) : event.type === 'focusin' ? pressed : (event as PointerEvent).pointerType !== 'mouse';
  if (unwanted || !(event.target as Element).closest?.(MARKER)) return;
  if (event.type === 'click') event.preventDefault();
  for (const type of TYPES) document.removeEventListener(type, wake, true);
  void import('./preview-popup').then((m) => m.replay(event));
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
