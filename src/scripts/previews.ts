/**
 * Loads the citation previews (preview-popup.ts) the first time a reader points at, focuses or
 * taps a note marker, or presses Enter on one, and hands it each gesture made until it has
 * arrived; a page nobody reaches into loads none of it. A tap on a marker, and Enter, must not
 * jump to the note, so they are held back here until the module can answer them itself. A mouse
 * click, or focus that comes with a pointer press, needs no preview.
 */
const MARKER = 'sup.note-ref a[href^="#note-"]';
const TYPES = ['pointerover', 'focusin', 'click', 'keydown'];
let touch = false;
let pressedAt = Number.NEGATIVE_INFINITY;
let previews: Promise<typeof import('./preview-popup')> | undefined;

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

function wake(event: Event): void {
  const marker = asks(event) ? (event.target as Element).closest?.<HTMLAnchorElement>(MARKER) : null;
  if (!marker) return;
  const held = event.type === 'click' || event.type === 'keydown';
  if (held) event.preventDefault();
  // Listening goes on while the module loads (its own listeners are not there yet), and stops
  // once it has.
  previews ??= import('./preview-popup').then((m) => {
    for (const type of TYPES) document.removeEventListener(type, wake, true);
    return m;
  });
  // If the code cannot be fetched (a dropped connection), a marker held back still goes to its note.
  void previews.then(
    (m) => m.replay(event),
    () => {
      if (held) location.hash = marker.hash;
    },
  );
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
