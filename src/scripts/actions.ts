/**
 * What the page's link and citation controls do, loaded the first time a reader uses one
 * (src/scripts/actions-boot.ts hands over the control): a heading's "#" link copies the section's
 * URL; its "Cite" link opens the citation formats for that section; a paragraph's "¶" button
 * copies a URL whose text fragment points at exactly that paragraph; the page's citation panel
 * gets today's date as the access date. When the clipboard is refused, the text is shown selected
 * so the reader can copy it by hand.
 */
import { CITE_FORMATS, formatCitation, type CiteTarget } from '../lib/linking/cite-formats';
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

function fill(root: ParentNode, t: CiteTarget): void {
  for (const pre of root.querySelectorAll<HTMLElement>('pre[data-cite-format]')) {
    const format = CITE_FORMATS.find((f) => f === pre.dataset['citeFormat']);
    if (format) pre.textContent = formatCitation(format, t);
  }
}

/** The page's citation panel, opened: the formats with today's access date. */
export function fillPanel(panel: HTMLDetailsElement): void {
  const t = target();
  if (panel.open && t) fill(panel, t);
}

let dialog: HTMLDialogElement | undefined;

/** The section citation dialog, made on first use. */
function sectionDialog(): HTMLDialogElement {
  if (dialog) return dialog;
  dialog = document.createElement('dialog');
  dialog.className = 'cite-dialog';
  dialog.setAttribute('aria-labelledby', 'cite-dialog-title');
  const title = document.createElement('h2');
  title.id = 'cite-dialog-title';
  const list = document.createElement('dl');
  list.className = 'cite-formats';
  for (const f of CITE_FORMATS) {
    const row = document.createElement('div');
    const dt = document.createElement('dt');
    dt.textContent = f;
    const dd = document.createElement('dd');
    const pre = document.createElement('pre');
    pre.dataset['citeFormat'] = f;
    const copy = document.createElement('button');
    copy.type = 'button';
    copy.textContent = `Copy ${f}`;
    copy.addEventListener(
      'click',
      () =>
        void copyText(pre.textContent ?? '').then((ok) =>
          ok ? announce(`${f} citation copied`) : announce('Copy this citation:', pre.textContent ?? ''),
        ),
    );
    dd.append(pre, copy);
    row.append(dt, dd);
    list.append(row);
  }
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'cite-close';
  close.textContent = 'Close';
  close.addEventListener('click', () => dialog?.close());
  dialog.append(title, list, close);
  dialog.addEventListener('click', (e) => {
    if (e.target === dialog) dialog.close();
  });
  document.body.append(dialog);
  return dialog;
}

/** Carries out what a control asks for; the click's default was already prevented. */
export function act(control: Element): void {
  if (control instanceof HTMLAnchorElement && control.hasAttribute('data-copy-link')) {
    history.replaceState(null, '', control.hash);
    const url = control.href;
    void copyText(url).then((ok) => (ok ? announce('Link copied') : announce('Copy this link:', url)));
  } else if (control instanceof HTMLAnchorElement && control.dataset['citeSection'] !== undefined) {
    const t = target(control.dataset['citeSection']);
    // Without the page's metadata there is nothing to format: follow the link to the page panel.
    if (!t) {
      location.href = control.href;
      return;
    }
    const d = sectionDialog();
    const title = d.querySelector('h2');
    if (title) title.textContent = `Cite this section: ${t.sectionTitle ?? ''}`;
    fill(d, t);
    d.showModal();
  } else if (control instanceof HTMLButtonElement) {
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
 * The page's text as the browser matches a text fragment against it. The notes are laid out only
 * near the screen (content-visibility in global.css), and innerText leaves out what is not laid
 * out, so they are laid out for the moment it takes to read it.
 */
function pageText(main: HTMLElement): string {
  const lazy = [...main.querySelectorAll<HTMLElement>('.notes')];
  for (const el of lazy) el.style.contentVisibility = 'visible';
  const text = main.innerText;
  for (const el of lazy) el.style.contentVisibility = '';
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
