/**
 * The citation dialog's words in English: the English edition's strings (strings.ts) and the
 * dialog's own defaults in the browser (actions.ts), where a page writes no words of its own.
 * A module of its own so the browser script loads these few words, not every edition's strings.
 * `{format}` and `{title}` are filled in by the browser.
 */
export const EN_CITE_DIALOG = {
  close: 'Close',
  copy: 'Copy {format}',
  copied: 'Copied',
  copiedStatus: '{format} citation copied.',
  blockedStatus: 'Copying was blocked. The {format} citation is selected: copy it with Ctrl+C (⌘C on a Mac).',
  section: 'Cite this section: {title}',
};

export type CiteDialogWords = typeof EN_CITE_DIALOG;
