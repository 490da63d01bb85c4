/**
 * Where a citation preview goes: next to its note marker, and always inside the viewport, so a
 * marker at the edge of a 320 px screen still opens a preview the reader can see whole.
 */

/** A box in viewport coordinates, as `getBoundingClientRect()` gives it. */
export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** A width and a height in CSS pixels. */
export interface Size {
  width: number;
  height: number;
}

/** The preview's top-left corner in viewport coordinates, its side of the marker, and where its arrow points. */
export interface Placement {
  left: number;
  top: number;
  /** The width to give the preview: its own, or less where the viewport is narrower. */
  width: number;
  side: 'above' | 'below';
  /** Distance of the arrow from the preview's left edge, so it points at the marker. */
  arrowX: number;
}

/** Spacing for {@link placePreview}. */
export interface PlaceOptions {
  /** Space between the marker and the preview. */
  gap?: number;
  /** Space kept free at the viewport's edges. */
  margin?: number;
  /** Closest the arrow may come to the preview's corners. */
  arrowInset?: number;
}

const clamp = (value: number, min: number, max: number): number => Math.min(Math.max(value, min), Math.max(min, max));

/**
 * Places a preview of `size` beside `anchor`: below it when it fits (the reader's eye is already
 * moving down the text), above it when only that fits, else on the side with more room. It is
 * centred on the marker, then pushed inside the viewport's edges; a preview wider than the
 * viewport allows is narrowed to fit.
 */
export function placePreview(anchor: Box, size: Size, viewport: Size, options: PlaceOptions = {}): Placement {
  const { gap = 6, margin = 8, arrowInset = 14 } = options;
  const width = Math.max(0, Math.min(size.width, viewport.width - 2 * margin));
  const centre = anchor.left + anchor.width / 2;
  const left = clamp(centre - width / 2, margin, viewport.width - margin - width);

  const below = anchor.top + anchor.height + gap;
  const above = anchor.top - gap - size.height;
  const fitsBelow = below + size.height <= viewport.height - margin;
  const fitsAbove = above >= margin;
  const roomBelow = viewport.height - below;
  const roomAbove = anchor.top - gap;
  const side = fitsBelow || (!fitsAbove && roomBelow >= roomAbove) ? 'below' : 'above';

  return {
    left,
    top: side === 'below' ? below : above,
    width,
    side,
    arrowX: clamp(centre - left, arrowInset, width - arrowInset),
  };
}
