/**
 * The offline controls' words in English: the English edition's strings (strings.ts) and the
 * browser script's own defaults (offline.ts), where a page writes no words of its own. A Chinese
 * page writes its edition's words into the controls' `data-offline-words` (OfflineControls.astro),
 * as the citation dialog does with `data-cite-words` (cite-words.ts). A module of its own so the
 * browser script loads these few words, not every edition's strings.
 * `{files}`, `{totalFiles}`, `{bytes}`, `{totalBytes}` and `{reason}` are filled in by the browser.
 */
export const EN_OFFLINE_WORDS = {
  saving: 'Saving…',
  progress: 'Saving: {files} of {totalFiles} files, {bytes} of {totalBytes}…',
  saved: 'The whole site and its search are saved on this device. The copy updates itself when the site changes.',
  kept: 'The {files} files of pages you opened are kept on this device, for reading offline.',
  failed: 'Saving stopped ({reason}). What was saved is kept; try again when the connection is better.',
  noConnection: 'no connection',
  unsupported: 'This browser cannot keep a copy of the site here.',
  removed: 'The copy is removed from this device. Pages are not kept until you save the site again.',
};

export type OfflineWords = typeof EN_OFFLINE_WORDS;

/** Fills `{name}` placeholders of a message with `values`; an unknown name is left as it is. */
export function fillWords(message: string, values: Readonly<Record<string, string | number>>): string {
  return message.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
