import { describe, expect, it } from 'vitest';
import { placePreview } from '../../src/lib/preview-position';

const phone = { width: 320, height: 640 };
const desktop = { width: 1280, height: 800 };
const marker = (left: number, top: number) => ({ left, top, width: 14, height: 16 });
const card = { width: 352, height: 180 };

describe('placePreview', () => {
  it('puts the preview below the marker, centred on it, when there is room', () => {
    const p = placePreview(marker(600, 200), card, desktop);
    expect(p.side).toBe('below');
    expect(p.top).toBe(200 + 16 + 6);
    expect(p.left + p.width / 2).toBe(607);
    expect(p.arrowX).toBe(607 - p.left);
  });

  it('puts the preview above the marker when it does not fit below', () => {
    const p = placePreview(marker(600, 700), card, desktop);
    expect(p.side).toBe('above');
    expect(p.top).toBe(700 - 6 - 180);
  });

  it('chooses the side with more room when it fits on neither', () => {
    const tall = { width: 300, height: 700 };
    expect(placePreview(marker(600, 100), tall, desktop).side).toBe('below');
    expect(placePreview(marker(600, 650), tall, desktop).side).toBe('above');
  });

  it('keeps a preview for a marker at the right edge of a 320 px screen inside the screen', () => {
    const p = placePreview(marker(300, 300), card, phone);
    expect(p.left).toBeGreaterThanOrEqual(8);
    expect(p.left + p.width).toBeLessThanOrEqual(320 - 8);
  });

  it('keeps a preview for a marker at the left edge inside the screen', () => {
    const p = placePreview(marker(2, 300), { width: 200, height: 100 }, phone);
    expect(p.left).toBe(8);
  });

  it('narrows a preview that is wider than the screen allows', () => {
    const p = placePreview(marker(150, 300), card, phone);
    expect(p.width).toBe(320 - 16);
    expect(p.left).toBe(8);
  });

  it('points the arrow at the marker, but never past the rounded corners', () => {
    const right = placePreview(marker(305, 300), { width: 200, height: 100 }, phone);
    expect(right.arrowX).toBe(200 - 14);
    const left = placePreview(marker(0, 300), { width: 200, height: 100 }, phone);
    expect(left.arrowX).toBe(14);
  });

  it('honours the gap and margin it is given', () => {
    const p = placePreview(marker(300, 100), { width: 100, height: 50 }, phone, { gap: 10, margin: 20 });
    expect(p.top).toBe(126);
    expect(p.left + p.width).toBe(300);
  });
});
