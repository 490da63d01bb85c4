/**
 * Citations a reader sees together. Citations written side by side (nothing but white space between
 * them) show as one marker, such as "10–12", whose preview and note show every passage behind it;
 * and the quotations of one note are listed in reading order, lettered a, b, c down the note, so a
 * reader arriving from a marker finds the quotation that supports their sentence.
 */

/** The part of a citation these rules read. */
export interface Placed {
  /** 1-based order of the citation on its page. */
  ordinal: number;
  /** The number of the note it points to. */
  note: number;
  /** The sentence around the cited words, within the passage: citations in one sentence share a quotation. */
  sentenceStart: number;
  sentenceEnd: number;
}

/** The letter of the i-th backlink of a note: a … z, then 1a … 1z, 2a …. */
export function noteLetter(i: number): string {
  return i < 26 ? String.fromCharCode(97 + i) : `${Math.floor(i / 26)}${String.fromCharCode(97 + (i % 26))}`;
}

/** The distinct note numbers of a marker, in ascending order. */
export function markerNotes(notes: readonly number[]): number[] {
  return [...new Set(notes)].sort((a, b) => a - b);
}

/** Runs of consecutive numbers in an ascending list. */
function runs(numbers: readonly number[]): number[][] {
  const out: number[][] = [];
  for (const n of numbers) {
    const last = out.at(-1);
    if (last && n === (last.at(-1) ?? Number.NaN) + 1) last.push(n);
    else out.push([n]);
  }
  return out;
}

/** The text of a marker for the notes behind it: "8", "3, 8", "10–12" (three or more in a row share a dash). */
export function markerLabel(notes: readonly number[]): string {
  return runs(markerNotes(notes))
    .flatMap((r) => (r.length >= 3 ? [`${r[0]}\u2013${r.at(-1)}`] : r.map(String)))
    .join(', ');
}

/**
 * The accessible name of a marker: "Note 8", "Notes 3, 8", "Notes 10–12". It holds the marker's
 * visible text word for word, so a reader who speaks what they see (voice control) names it.
 */
export function markerName(notes: readonly number[], words: { note: string; notes: string } = { note: 'Note', notes: 'Notes' }): string {
  return `${markerNotes(notes).length === 1 ? words.note : words.notes} ${markerLabel(notes)}`;
}

/** One quotation of a note: the citations whose words stand in one sentence of the passage. */
export interface NoteQuote<T extends Placed> {
  /** The letter of its first backlink; its anchor is `<note id>-<letter>` when the note has several quotations. */
  letter: string;
  sentenceStart: number;
  sentenceEnd: number;
  /** Its citations in reading order, each with its backlink letter. */
  backlinks: { citation: T; letter: string }[];
}

/**
 * The quotations of one note in the order a reader meets their citations on the page, lettered in
 * that order: the first quotation carries a (and any later citation of the same sentence), the
 * next the next letter, so the letters run down the note as the markers run down the page.
 */
export function arrangeNoteQuotes<T extends Placed>(citations: readonly T[]): NoteQuote<T>[] {
  const bySentence = new Map<string, T[]>();
  for (const c of [...citations].sort((a, b) => a.ordinal - b.ordinal)) {
    const key = `${c.sentenceStart}-${c.sentenceEnd}`;
    bySentence.set(key, [...(bySentence.get(key) ?? []), c]);
  }
  let next = 0;
  return [...bySentence.values()].map((group) => {
    const backlinks = group.map((citation) => ({ citation, letter: noteLetter(next++) }));
    const first = group[0] as T;
    return { letter: backlinks[0]?.letter ?? 'a', sentenceStart: first.sentenceStart, sentenceEnd: first.sentenceEnd, backlinks };
  });
}

/** The id of the element a marker for `citation` leads to: its note, or its quotation when the note holds several. */
export function quoteTarget(noteId: string, quotes: readonly NoteQuote<Placed>[], ordinal: number): string {
  if (quotes.length <= 1) return noteId;
  const quote = quotes.find((q) => q.backlinks.some((b) => b.citation.ordinal === ordinal));
  return quote ? `${noteId}-${quote.letter}` : noteId;
}
