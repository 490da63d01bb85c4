/**
 * The citation previews' words in English: the English edition's strings (strings.ts) and the
 * preview script's own defaults (preview-popup.ts), where a page writes none. A Chinese page writes
 * its edition's words into its notes' `data-preview-words` (Notes.astro), as the offline controls
 * do with `data-offline-words`. A module of its own so the script loads these few words only.
 * `{name}` (the marker's label) and `{note}` (a note's number) are filled in by the browser.
 */
export const EN_PREVIEW_WORDS = {
  preview: 'Preview of {name}',
  /** What `{name}` is when the marker has no label. */
  theNote: 'the note',
  noDate: 'no date given',
  goToNote: 'Go to note {note}',
};

export type PreviewWords = typeof EN_PREVIEW_WORDS;

/** The words a page wrote (JSON), over the English defaults; English where absent or unreadable. */
export function readPreviewWords(json: string | undefined): PreviewWords {
  try {
    const written = JSON.parse(json ?? '{}') as unknown;
    if (typeof written !== 'object' || written === null) return EN_PREVIEW_WORDS;
    const words = { ...EN_PREVIEW_WORDS };
    for (const key of Object.keys(words) as (keyof PreviewWords)[]) {
      const value = (written as Record<string, unknown>)[key];
      if (typeof value === 'string') words[key] = value;
    }
    return words;
  } catch {
    return EN_PREVIEW_WORDS;
  }
}
