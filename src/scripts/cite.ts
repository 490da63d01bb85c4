/**
 * "Cite this": fills in today's date as the access date in the page's citation panel, and opens
 * the same panel for a single section from its heading's "Cite" link. Paragraph links: copies a
 * URL whose text fragment points at exactly one paragraph.
 */
import { CITE_FORMATS, formatCitation, type CiteTarget } from '../lib/cite-formats';
import { paragraphFragment } from '../lib/text-fragment';
import { announce, copyText } from './announce';

document.documentElement.classList.add('js');

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

// The page panel: add the access date when the reader opens it.
const panel = document.querySelector<HTMLDetailsElement>('.cite-panel');
panel?.addEventListener('toggle', () => {
  const t = target();
  if (panel.open && t) fill(panel, t);
});

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
    copy.addEventListener('click', () => void copyText(pre.textContent ?? '').then((ok) => (ok ? announce(`${f} citation copied`) : announce('Copy this citation:', pre.textContent ?? ''))));
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

document.addEventListener('click', (event) => {
  const el = event.target instanceof Element ? event.target : null;
  const cite = el?.closest<HTMLAnchorElement>('a[data-cite-section]');
  if (cite) {
    const t = target(cite.dataset['citeSection']);
    if (!t) return;
    event.preventDefault();
    const d = sectionDialog();
    const title = d.querySelector('h2');
    if (title) title.textContent = `Cite this section: ${t.sectionTitle ?? ''}`;
    fill(d, t);
    d.showModal();
    return;
  }
  const para = el?.closest<HTMLButtonElement>('button[data-para-link]');
  if (para) void copyParagraphLink(para);
});

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
    if (node instanceof Element && (node.matches('.note-ref, .para-link'))) {
      runs.push('');
      return;
    }
    if (node.nodeType === Node.TEXT_NODE) runs[runs.length - 1] += node.textContent ?? '';
    for (const child of node.childNodes) walk(child);
  };
  walk(p);
  return runs;
}

async function copyParagraphLink(button: HTMLButtonElement): Promise<void> {
  const p = button.closest('p');
  if (!p || !main) return;
  const fragment = paragraphFragment(runsOf(p), main.innerText);
  const section = sectionOf(p);
  const url = `${canonical()}#${section ?? ''}${fragment ? `:~:${fragment}` : ''}`;
  (await copyText(url)) ? announce('Link to paragraph copied') : announce('Copy this link:', url);
}
