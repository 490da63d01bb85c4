/**
 * Turns a text and the spans cited in it into segments to render, marked or not, and trims
 * long passages to the cited sentences (the site quotes its sources; it does not republish them).
 */
import { sentenceAround } from './citations/sentences';

/** A run of text, marked when it was cited. */
export interface Segment {
  text: string;
  marked: boolean;
}

/** A span [start, end) of a text. */
export interface Span {
  start: number;
  end: number;
}

/** Sorts spans and merges those that overlap or touch. */
export function mergeSpans(spans: readonly Span[]): Span[] {
  const sorted = [...spans].filter((s) => s.end > s.start).sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const s of sorted) {
    const last = merged.at(-1);
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ ...s });
  }
  return merged;
}

/** Splits `text` into segments, marking the given spans (relative to `text`). */
export function segments(text: string, spans: readonly Span[]): Segment[] {
  const out: Segment[] = [];
  let at = 0;
  for (const s of mergeSpans(spans)) {
    const start = Math.max(at, Math.min(s.start, text.length));
    const end = Math.min(s.end, text.length);
    if (start > at) out.push({ text: text.slice(at, start), marked: false });
    if (end > start) out.push({ text: text.slice(start, end), marked: true });
    at = Math.max(at, end);
  }
  if (at < text.length) out.push({ text: text.slice(at), marked: false });
  return out;
}

/** Segments of a passage for display; a gap between shown parts is a segment of text "[…]". */
export interface DisplayPart {
  /** True for an omission marker between shown sentences. */
  gap: boolean;
  segments: Segment[];
}

/**
 * Shows a passage with its cited spans marked. A passage longer than `maxChars` is cut down
 * to the sentences that hold a citation, with omission markers between them.
 */
export function displayPassage(text: string, spans: readonly Span[], maxChars = 900): DisplayPart[] {
  if (text.length <= maxChars) return [{ gap: false, segments: segments(text, spans) }];
  const windows = mergeSpans(spans.map((s) => sentenceAround(text, s.start, s.end)));
  const parts: DisplayPart[] = [];
  let at = 0;
  for (const w of windows) {
    // Only words left out make a gap; the space between two shown sentences does not.
    if (text.slice(at, w.start).trim() !== '') parts.push({ gap: true, segments: [] });
    else if (parts.length > 0 && w.start > at) parts.at(-1)?.segments.push({ text: text.slice(at, w.start), marked: false });
    const inside = spans
      .filter((s) => s.start < w.end && s.end > w.start)
      .map((s) => ({ start: Math.max(s.start, w.start) - w.start, end: Math.min(s.end, w.end) - w.start }));
    parts.push({ gap: false, segments: segments(text.slice(w.start, w.end), inside) });
    at = w.end;
  }
  if (text.slice(at).trim() !== '') parts.push({ gap: true, segments: [] });
  return parts;
}
