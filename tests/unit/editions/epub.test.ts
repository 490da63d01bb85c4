import { parse, renderSync, type Node } from 'ultrahtml';
import { describe, expect, it } from 'vitest';
import type { EditionPage } from '../../../src/lib/editions/article';
import { epubFiles, footnotesOf } from '../../../src/lib/editions/epub';

const content = (): Node[] =>
  parse(
    '<h1>Case</h1><p>Text.<sup class="note-ref"><a id="case--cite-1" href="case.xhtml#case--note-1-b">1</a></sup></p>' +
      '<section class="notes"><h2 id="case--notes">Notes</h2><ol><li id="case--note-1"><div class="note-quote" id="case--note-1-b"><blockquote><p>q</p></blockquote></div></li></ol></section>',
  ).children;
const page = (key: string, nodes: Node[] = content()): EditionPage => ({ url: `/${key}/`, key, title: 'China&#39;s laws', content: nodes });
const meta = {
  title: 'T',
  identifier: 'https://example.org/',
  creator: 'C',
  language: 'en',
  modified: '2026-11-30T00:00:00Z',
  description: 'D',
};

describe('footnotesOf', () => {
  it('makes markers noterefs to the whole note, and each note an aside of type footnote with its number', () => {
    const nodes = content();
    footnotesOf(nodes);
    const out = renderSync({ type: 0, children: nodes } as unknown as Node);
    expect(out).toContain('<a id="case--cite-1" href="case.xhtml#case--note-1" epub:type="noteref">1</a>');
    expect(out).toContain(
      '<div class="footnotes"><aside id="case--note-1" epub:type="footnote" class="footnote"><p class="note-number">1.</p>',
    );
    expect(out).not.toContain('<ol>');
  });
});

describe('epubFiles', () => {
  const files = epubFiles(meta, [page('case'), page('laws')]);
  it('starts with the mimetype, stored, then the container pointing at the package', () => {
    expect(files[0]).toEqual({ name: 'mimetype', data: 'application/epub+zip', store: true });
    expect(files[1]!.data).toContain('full-path="EPUB/package.opf"');
  });
  it('lists every page in the manifest and the spine, in order, with the nav document', () => {
    const opf = files.find((f) => f.name === 'EPUB/package.opf')!.data;
    expect(opf).toContain('<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>');
    expect(opf).toContain('<spine><itemref idref="p-case"/><itemref idref="p-laws"/></spine>');
    expect(opf).toContain('<meta property="dcterms:modified">2026-11-30T00:00:00Z</meta>');
    const nav = files.find((f) => f.name === 'EPUB/nav.xhtml')!.data;
    expect(nav).toContain('<li><a href="case.xhtml">China&#39;s laws</a></li>'.replace('&#39;', "'"));
  });
  it('writes each page as an XHTML document with the EPUB namespace', () => {
    const doc = files.find((f) => f.name === 'EPUB/case.xhtml')!.data;
    expect(
      doc.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html>\n<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub='),
    ).toBe(true);
    expect(doc).toContain('epub:type="footnote"');
  });
});
