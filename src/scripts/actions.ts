/**
 * What the page's link and citation controls do, loaded the first time a reader uses one
 * (src/scripts/actions-boot.ts hands over the control): a "#" link copies the address of its
 * section or source passage; "Cite" opens the citation formats for that section or passage in a
 * dialog; a paragraph's "¶" button copies a URL whose text fragment points at exactly that
 * paragraph; the page's citation panel gets today's date as the access date. When the clipboard
 * is refused, the text is shown selected so the reader can copy it by hand.
 */
import {
  citeFormatsFor,
  formatCitation,
  formatPassageCitation,
  GBT_7714,
  type CiteFormat,
  type CiteTarget,
  type PassageCiteTarget,
} from '../lib/linking/cite-formats';
import { EN_CITE_DIALOG, type CiteDialogWords } from '../lib/i18n/cite-words';
import { paragraphFragment } from '../lib/linking/text-fragment';
import { announce, copyText } from './announce';

const main = document.getElementById('main');
const canonical = () => document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? location.href.split('#')[0] ?? '';
const pad = (n: number) => String(n).padStart(2, '0');
const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
};

function target(sectionId?: string): CiteTarget | undefined {
  const data = main?.dataset;
  if (!data?.['pageTitle'] || !data['published'] || !data['updated'] || !data['siteName']) return undefined;
  const heading = sectionId ? document.getElementById(sectionId) : null;
  return {
    siteName: data['siteName'],
    pageTitle: data['pageTitle'],
    sectionTitle: heading?.textContent?.replace(/\s+/g, ' ').trim(),
    url: sectionId ? `${canonical()}#${sectionId}` : canonical(),
    published: data['published'],
    updated: data['updated'],
    accessed: today(),
  };
}

/**
 * A source passage's citation: the source as the source page's article describes it
 * (data-source-*), the paragraph's number from the passage's id (`p7`, src/lib/citations/passages.ts),
 * and the page's own dates and the passage's address as where it is quoted.
 */
function passageTarget(passageId: string): PassageCiteTarget | undefined {
  const page = target();
  const source = document.querySelector<HTMLElement>('[data-source-kind]')?.dataset;
  const paragraph = Number(/^p(\d+)$/.exec(passageId)?.[1] ?? 0);
  if (!page || !source || paragraph === 0) return undefined;
  return {
    ...page,
    url: `${page.url}#${passageId}`,
    paragraph,
    source: {
      outlet: source['sourceOutlet'] || null,
      headline: source['sourceHeadline'] || null,
      date: source['sourceDate'] || null,
      kind: source['sourceKind'] ?? '',
    },
  };
}

/** One citation, written in the format asked for (null: not offered for this kind of target). */
type Citation = (format: CiteFormat) => string | null;

/** The formats this page offers: GB/T 7714 first on a Chinese page. */
const formats = (): readonly CiteFormat[] => citeFormatsFor(document.documentElement.lang);

/** The dialog's words in the page's edition (CitePage.astro writes them), English where absent. */
function words(): CiteDialogWords {
  try {
    const written = JSON.parse(
      document.querySelector<HTMLElement>('[data-cite-words]')?.dataset['citeWords'] ?? '{}',
    ) as Partial<CiteDialogWords>;
    return { ...EN_CITE_DIALOG, ...written };
  } catch {
    return EN_CITE_DIALOG;
  }
}
const fillIn = (text: string, values: Record<string, string>): string => text.replace(/\{(\w+)\}/g, (m, key: string) => values[key] ?? m);

function fill(root: ParentNode, cite: Citation): void {
  for (const pre of root.querySelectorAll<HTMLElement>('pre[data-cite-format]')) {
    const format = formats().find((f) => f === pre.dataset['citeFormat']);
    const text = format && cite(format);
    // A format a target does not have (GB/T 7714 for a source passage) is not shown.
    const row = pre.closest<HTMLElement>('dl > div');
    if (row) row.hidden = !text;
    if (text) pre.textContent = text;
  }
}

/** The page's citation panel, opened: the formats with today's access date. */
export function fillPanel(panel: HTMLDetailsElement): void {
  const t = target();
  if (panel.open && t) fill(panel, (f) => formatCitation(f, t));
}

/** The citation dialog's parts that change with what is cited. */
interface CiteDialog {
  dialog: HTMLDialogElement;
  title: HTMLElement;
  status: HTMLElement;
}

let made: CiteDialog | undefined;

/** Shows a message in the dialog's status line; cleared first, so that a repeated message is announced again. */
function say(status: HTMLElement, message: string): void {
  status.textContent = '';
  window.setTimeout(() => (status.textContent = message), 50);
}

/**
 * Copies one citation and says so inside the dialog: a modal dialog hides the rest of the page,
 * the toast and its live region included, from sight and from screen readers. When the clipboard
 * is refused, the citation is selected for the reader to copy by hand.
 */
async function copyCitation(pre: HTMLElement, format: CiteFormat, button: HTMLButtonElement, status: HTMLElement): Promise<void> {
  const w = words();
  if (await copyText(pre.textContent ?? '')) {
    button.textContent = w.copied;
    say(status, fillIn(w.copiedStatus, { format }));
    window.setTimeout(() => (button.textContent = fillIn(w.copy, { format })), 2500);
  } else {
    pre.tabIndex = -1;
    pre.focus();
    getSelection()?.selectAllChildren(pre);
    say(status, fillIn(w.blockedStatus, { format }));
  }
}

/**
 * The citation dialog, made on first use. Its title, its Close button and its status line stand
 * at the top and stay there while the formats scroll beneath them: on a phone the five formats
 * run several screens long.
 */
function citeDialog(): CiteDialog {
  if (made) return made;
  const dialog = document.createElement('dialog');
  dialog.className = 'cite-dialog';
  dialog.setAttribute('aria-labelledby', 'cite-dialog-title');
  const head = document.createElement('div');
  head.className = 'cite-dialog-head';
  const title = document.createElement('h2');
  title.id = 'cite-dialog-title';
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'cite-close';
  const w = words();
  close.textContent = w.close;
  close.addEventListener('click', () => dialog.close());
  const status = document.createElement('p');
  status.className = 'cite-status';
  status.setAttribute('role', 'status');
  head.append(title, close, status);
  const list = document.createElement('dl');
  list.className = 'cite-formats';
  for (const f of formats()) {
    const row = document.createElement('div');
    const dt = document.createElement('dt');
    dt.textContent = f;
    if (!document.documentElement.lang.startsWith('en')) dt.lang = 'en';
    const dd = document.createElement('dd');
    const pre = document.createElement('pre');
    pre.dataset['citeFormat'] = f;
    const copy = document.createElement('button');
    copy.type = 'button';
    copy.textContent = fillIn(w.copy, { format: f });
    copy.addEventListener('click', () => void copyCitation(pre, f, copy, status));
    dd.append(pre, copy);
    row.append(dt, dd);
    list.append(row);
  }
  dialog.append(head, list);
  // On a copy of the site, the page's note on which address a citation names (mirror-note.ts).
  const mirrorNote = document.querySelector('[data-mirror-note]:not([hidden])');
  if (mirrorNote) dialog.append(mirrorNote.cloneNode(true));
  // A click on the backdrop closes the dialog; one on the dialog's own padding does not.
  dialog.addEventListener('click', (e) => {
    const box = dialog.getBoundingClientRect();
    const outside = e.clientX < box.left || e.clientX > box.right || e.clientY < box.top || e.clientY > box.bottom;
    if (e.target === dialog && outside) dialog.close();
  });
  document.body.append(dialog);
  made = { dialog, title, status };
  return made;
}

function openDialog(heading: string, cite: Citation): void {
  const d = citeDialog();
  d.title.textContent = heading;
  d.status.textContent = '';
  fill(d.dialog, cite);
  d.dialog.showModal();
}

/** The words of the heading a control stands beside. */
const headingText = (control: Element): string =>
  control.closest('.heading')?.querySelector('h2, h3')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** Carries out what a control asks for; the click's default was already prevented. */
export function act(control: Element): void {
  if (control instanceof HTMLAnchorElement && control.hasAttribute('data-copy-link')) {
    history.replaceState(null, '', control.hash);
    const url = control.href;
    void copyText(url).then((ok) => (ok ? announce('Link copied') : announce('Copy this link:', url)));
    return;
  }
  if (!(control instanceof HTMLButtonElement)) return;
  const { citeSection, citePassage } = control.dataset;
  if (citeSection !== undefined || citePassage !== undefined) {
    const section = citeSection !== undefined ? target(citeSection) : undefined;
    const passage = citePassage !== undefined ? passageTarget(citePassage) : undefined;
    if (section) openDialog(fillIn(words().section, { title: section.sectionTitle ?? '' }), (f) => formatCitation(f, section));
    else if (passage)
      openDialog(`Cite this passage: ${headingText(control)}`, (f) => (f === GBT_7714 ? null : formatPassageCitation(f, passage)));
    // Without the page's metadata there is nothing to format: the page's own panel is the next best.
    else location.hash = 'cite-this-page';
  } else if (control.hasAttribute('data-para-link')) {
    void copyParagraphLink(control);
  }
}

/** The id of the section a paragraph belongs to: the nearest heading before it. */
function sectionOf(p: Element): string | undefined {
  const headings = [...document.querySelectorAll<HTMLElement>('main .heading > h2, main .heading > h3')];
  let id: string | undefined;
  for (const h of headings) {
    if (h.compareDocumentPosition(p) & Node.DOCUMENT_POSITION_FOLLOWING) id = h.id;
  }
  return id;
}

/** The paragraph's text runs between note markers (markers are not part of the fragment). */
function runsOf(p: Element): string[] {
  const runs: string[] = [''];
  const walk = (node: Node): void => {
    if (node instanceof Element && node.matches('.note-ref, .para-link')) {
      runs.push('');
      return;
    }
    if (node.nodeType === Node.TEXT_NODE) runs[runs.length - 1] += node.textContent ?? '';
    for (const child of node.childNodes) walk(child);
  };
  walk(p);
  return runs;
}

/**
 * The page's text as the browser matches a text fragment against it: the notes too, which a
 * browser searches even while their <details> is closed (it opens it on a match). innerText leaves
 * out what is not shown, so a closed fold is opened for the moment it takes to read it.
 */
function pageText(main: HTMLElement): string {
  const closed = [...main.querySelectorAll<HTMLDetailsElement>('details[data-notes-fold]:not([open])')];
  for (const el of closed) el.open = true;
  const text = main.innerText;
  for (const el of closed) el.open = false;
  return text;
}

async function copyParagraphLink(button: HTMLButtonElement): Promise<void> {
  const p = button.closest('p');
  if (!p || !main) return;
  const fragment = paragraphFragment(runsOf(p), pageText(main));
  const section = sectionOf(p);
  const url = `${canonical()}#${section ?? ''}${fragment ? `:~:${fragment}` : ''}`;
  (await copyText(url)) ? announce('Link to paragraph copied') : announce('Copy this link:', url);
}
