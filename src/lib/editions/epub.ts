/**
 * The EPUB 3 edition: one XHTML document per page in reading order, a navigation document, and
 * the notes as EPUB footnotes (markers are `noteref` links to `footnote` asides), so reading
 * systems show a note in a pop-up. The files are returned in the order the container needs:
 * `mimetype` first and stored uncompressed (zip.node.ts writes them).
 */
import { ELEMENT_NODE, walkSync, type ElementNode, type Node } from 'ultrahtml';
import type { EditionPage } from './article';
import { decodeEntities, escapeHtml } from './endnotes';
import { toXhtml } from './xhtml';

/** The book's metadata. */
export interface EpubMeta {
  readonly title: string;
  /** A stable identifier: the site's address. */
  readonly identifier: string;
  readonly creator: string;
  readonly language: string;
  /** The last change, as an EPUB wants it ("2026-11-30T00:00:00Z"): the site's latest page date, so the book is reproducible. */
  readonly modified: string;
  readonly description: string;
}

/** A file of the EPUB container. */
export interface EpubFile {
  readonly name: string;
  readonly data: string;
  /** Stored uncompressed (the mimetype file must be). */
  readonly store?: boolean;
}

/** The EPUB file name of a page: its key and ".xhtml". */
export const epubFileOf = (key: string): string => `${key}.xhtml`;

/** A small stylesheet of its own: reading systems bring their own typography, and the site's modern CSS is not for them. */
export const EPUB_CSS = `body{line-height:1.5}
h1,h2,h3,h4{line-height:1.25}
blockquote{margin:.5em 0 .5em 1em;padding-left:.75em;border-left:3px solid #999}
mark{background:none;color:inherit;text-decoration:underline;font-weight:bold}
sup.note-ref a{text-decoration:none}
aside.footnote{font-size:.9em;margin:.75em 0}
.note-number{font-weight:bold;margin:0}
.sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap}
.chain-drawing{max-width:24em;display:block;margin:0 auto}
.chain-step rect{fill:#eee;stroke:#555}
.chain-step text{font-size:15px;font-weight:bold}
.chain-arrow line{stroke:#000;stroke-width:2}
.chain-arrow text{fill:#444;font-size:13px;font-style:italic}
table{border-collapse:collapse}
th,td{border:1px solid #999;padding:.25em .5em;vertical-align:top}
`;

/**
 * Makes a page's notes EPUB footnotes, in place: each note (an `li` of `section.notes ol`,
 * id "<key>--note-N") becomes an `aside epub:type="footnote"` starting with its number, and each
 * marker (`sup.note-ref a`) a `noteref` to the note as a whole (the site's markers lead to one
 * quotation in it, "note-3-b"; a pop-up shows the note, so the marker names the note).
 */
export function footnotesOf(content: readonly Node[]): void {
  for (const n of content)
    walkSync(n, (x) => {
      if (x.type !== ELEMENT_NODE) return;
      const el = x as ElementNode;
      const classes = (el.attributes['class'] ?? '').split(/\s+/);
      if (el.name === 'sup' && classes.includes('note-ref')) {
        for (const a of el.children) {
          if (a.type !== ELEMENT_NODE || (a as ElementNode).name !== 'a') continue;
          const link = a as ElementNode;
          link.attributes['href'] = (link.attributes['href'] ?? '').replace(/(--note-\d+)-[a-z]+$/, '$1');
          link.attributes['epub:type'] = 'noteref';
        }
      }
      if (el.name === 'section' && classes.includes('notes')) {
        for (const ol of el.children) {
          if (ol.type !== ELEMENT_NODE || (ol as ElementNode).name !== 'ol') continue;
          const list = ol as ElementNode;
          list.name = 'div';
          list.attributes = { class: 'footnotes' };
          for (const li of list.children) {
            if (li.type !== ELEMENT_NODE) continue;
            const note = li as ElementNode;
            const number = /--note-(\d+)$/.exec(note.attributes['id'] ?? '')?.[1];
            if (!number) throw new Error(`footnotesOf: a note has no id "…--note-N": ${JSON.stringify(note.attributes)}`);
            note.name = 'aside';
            note.attributes = { ...note.attributes, 'epub:type': 'footnote', class: 'footnote' };
            note.children.unshift({
              type: ELEMENT_NODE,
              name: 'p',
              attributes: { class: 'note-number' },
              children: [{ type: 2, value: `${number}.` }],
            } as unknown as Node);
          }
        }
      }
    });
}

const XHTML_HEAD = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html>\n';

/** Every file of the EPUB, in container order. `pages` were made with links to `epubFileOf` files and unshifted headings. */
export function epubFiles(meta: EpubMeta, pages: readonly EditionPage[]): EpubFile[] {
  const title = (p: EditionPage): string => escapeHtml(decodeEntities(p.title));
  const docs = pages.map((p) => {
    footnotesOf(p.content);
    const body = toXhtml(p.content);
    return {
      page: p,
      svg: body.includes('<svg'),
      data:
        XHTML_HEAD +
        `<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" lang="${meta.language}" xml:lang="${meta.language}">` +
        `<head><meta charset="utf-8"/><title>${title(p)}</title><link rel="stylesheet" type="text/css" href="style.css"/></head>` +
        `<body><section id="${p.key}" epub:type="chapter">${body}</section></body></html>\n`,
    };
  });
  const nav =
    XHTML_HEAD +
    `<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" lang="${meta.language}" xml:lang="${meta.language}">` +
    `<head><meta charset="utf-8"/><title>Contents</title><link rel="stylesheet" type="text/css" href="style.css"/></head><body>` +
    `<nav epub:type="toc" id="toc"><h1>Contents</h1><ol>` +
    pages.map((p) => `<li><a href="${epubFileOf(p.key)}">${title(p)}</a></li>`).join('') +
    `</ol></nav></body></html>\n`;
  const esc = (s: string): string => escapeHtml(s);
  const opf =
    `<?xml version="1.0" encoding="utf-8"?>\n` +
    `<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="book-id" xml:lang="${meta.language}">` +
    `<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">` +
    `<dc:identifier id="book-id">${esc(meta.identifier)}</dc:identifier>` +
    `<dc:title>${esc(meta.title)}</dc:title>` +
    `<dc:creator>${esc(meta.creator)}</dc:creator>` +
    `<dc:language>${meta.language}</dc:language>` +
    `<dc:description>${esc(meta.description)}</dc:description>` +
    `<meta property="dcterms:modified">${meta.modified}</meta>` +
    `</metadata><manifest>` +
    `<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>` +
    `<item id="css" href="style.css" media-type="text/css"/>` +
    docs
      .map(
        (d) =>
          `<item id="p-${d.page.key}" href="${epubFileOf(d.page.key)}" media-type="application/xhtml+xml"${d.svg ? ' properties="svg"' : ''}/>`,
      )
      .join('') +
    `</manifest><spine>` +
    docs.map((d) => `<itemref idref="p-${d.page.key}"/>`).join('') +
    `</spine></package>\n`;
  const container =
    `<?xml version="1.0" encoding="utf-8"?>\n<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">` +
    `<rootfiles><rootfile full-path="EPUB/package.opf" media-type="application/oebps-package+xml"/></rootfiles></container>\n`;
  return [
    { name: 'mimetype', data: 'application/epub+zip', store: true },
    { name: 'META-INF/container.xml', data: container },
    { name: 'EPUB/package.opf', data: opf },
    { name: 'EPUB/nav.xhtml', data: nav },
    { name: 'EPUB/style.css', data: EPUB_CSS },
    ...docs.map((d) => ({ name: `EPUB/${epubFileOf(d.page.key)}`, data: d.data })),
  ];
}
