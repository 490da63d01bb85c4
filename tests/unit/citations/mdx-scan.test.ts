import { describe, expect, it } from 'vitest';
import { scanMdx, stripFrontmatter } from '../../../src/lib/citations/mdx-scan';

const lines = (...rows: string[]): string => `${rows.join('\n')}\n`;

describe('stripFrontmatter', () => {
  it('blanks out frontmatter and keeps one empty line per frontmatter line', () => {
    const source = lines('---', 'title: The case', 'description: x', '---', 'Body text.');
    expect(stripFrontmatter(source)).toBe('\n\n\n\nBody text.\n');
  });

  it('keeps the line count of CRLF frontmatter', () => {
    const source = '---\r\ntitle: x\r\n---\r\nBody.\r\n';
    expect(stripFrontmatter(source)).toBe('\n\n\nBody.\r\n');
  });

  it('leaves a page without frontmatter unchanged', () => {
    const source = lines('Body text.', '', '---', 'not: frontmatter', '---');
    expect(stripFrontmatter(source)).toBe(source);
  });

  it('blanks out frontmatter at the very end of the file', () => {
    expect(stripFrontmatter('---\ntitle: x\n---')).toBe('\n\n');
  });
});

describe('scanMdx', () => {
  it('lists H2 and H3 headings with level, id, text and line', () => {
    const scan = scanMdx(lines('<H2 id="charges">The charges</H2>', '', '<H3 id="one-minute-rule">The one-minute rule</H3>'));
    expect(scan.headings).toEqual([
      { level: 2, id: 'charges', text: 'The charges', line: 1 },
      { level: 3, id: 'one-minute-rule', text: 'The one-minute rule', line: 3 },
    ]);
  });

  it('gives a heading without an id the empty id', () => {
    expect(scanMdx(lines('<H2>No anchor</H2>')).headings).toEqual([{ level: 2, id: '', text: 'No anchor', line: 1 }]);
  });

  it('takes the plain text of a heading with inline markup', () => {
    expect(scanMdx(lines('<H2 id="who">Who *Jin* is</H2>')).headings[0]?.text).toBe('Who Jin is');
  });

  it('ignores Markdown headings and other elements', () => {
    const scan = scanMdx(lines('## Plain heading', '', '<H4 id="x">Deep</H4>', '', '<Aside>Note.</Aside>'));
    expect(scan.headings).toEqual([]);
  });

  it('reads a Cite written with double quotes', () => {
    const scan = scanMdx(lines('Text.<Cite source="epoch-times" quote="the exact words" />'));
    expect(scan.cites).toEqual([{ source: 'epoch-times', quote: 'the exact words', line: 1, sectionId: null }]);
    expect(scan.problems).toEqual([]);
  });

  it('reads a Cite written with single quotes, keeping double quotes inside', () => {
    const scan = scanMdx(lines(`Text.<Cite source='lowdown-hub' quote='any "illegal meeting" within' />`));
    expect(scan.cites[0]?.source).toBe('lowdown-hub');
    expect(scan.cites[0]?.quote).toBe('any "illegal meeting" within');
  });

  it('reads a Cite written with string expressions, unescaping a JSON string', () => {
    const scan = scanMdx(lines('Text.<Cite source={"axios"} quote={"any \\"illegal meeting\\" within"} />'));
    expect(scan.cites[0]?.source).toBe('axios');
    expect(scan.cites[0]?.quote).toBe('any "illegal meeting" within');
    expect(scan.problems).toEqual([]);
  });

  it('reads single-quoted and template string expressions as plain text', () => {
    const scan = scanMdx(lines("Text.<Cite source={'axios'} quote={`some words here`} />"));
    expect(scan.cites[0]?.source).toBe('axios');
    expect(scan.cites[0]?.quote).toBe('some words here');
    expect(scan.problems).toEqual([]);
  });

  it('reports an expression attribute once, as a problem, and lists no citation for it', () => {
    const scan = scanMdx(lines('Intro.', '', 'Text.<Cite source="axios" quote={words.first} />'));
    expect(scan.cites).toEqual([]);
    expect(scan.problems).toEqual([
      { line: 3, message: 'the quote attribute must be plain text in quotes, not an expression ({words.first})' },
    ]);
  });

  it('reports a template literal with a placeholder as an expression', () => {
    const scan = scanMdx(lines('Text.<Cite source={`${slug}`} quote="a b c" />'));
    expect(scan.problems).toEqual([
      { line: 1, message: 'the source attribute must be plain text in quotes, not an expression ({`${slug}`})' },
    ]);
  });

  it('reports both attributes when both are expressions', () => {
    const scan = scanMdx(lines('Text.<Cite source={a} quote={b} />'));
    expect(scan.problems.map((p) => p.message)).toEqual([
      'the source attribute must be plain text in quotes, not an expression ({a})',
      'the quote attribute must be plain text in quotes, not an expression ({b})',
    ]);
  });

  it('leaves a missing attribute undefined without reporting a problem itself', () => {
    const scan = scanMdx(lines('Text.<Cite quote="some words here" />'));
    expect(scan.cites).toEqual([{ source: undefined, quote: 'some words here', line: 1, sectionId: null }]);
    expect(scan.problems).toEqual([]);
  });

  it('keeps an empty quote as the empty string', () => {
    expect(scanMdx(lines('Text.<Cite source="a" quote="" />')).cites[0]?.quote).toBe('');
  });

  it('lists citations in document order with their lines, flow and inline alike', () => {
    const scan = scanMdx(
      lines(
        'One.<Cite source="a" quote="first" />',
        '',
        '<Cite source="b" quote="second" />',
        '',
        'Two.<Cite source="c" quote="third" /> More.<Cite source="d" quote="fourth" />',
      ),
    );
    expect(scan.cites.map((c) => [c.source, c.line])).toEqual([
      ['a', 1],
      ['b', 3],
      ['c', 5],
      ['d', 5],
    ]);
  });

  it('finds citations inside lists, blockquotes and other elements', () => {
    const scan = scanMdx(
      lines(
        '- Item.<Cite source="a" quote="x y z" />',
        '',
        '> Quoted.<Cite source="b" quote="x y z" />',
        '',
        '<KeyFacts>',
        '',
        'Inside.<Cite source="c" quote="x y z" />',
        '',
        '</KeyFacts>',
      ),
    );
    expect(scan.cites.map((c) => [c.source, c.line])).toEqual([
      ['a', 1],
      ['b', 3],
      ['c', 7],
    ]);
  });

  it('tracks the section of each citation: null before the first heading, then the nearest heading above', () => {
    const scan = scanMdx(
      lines(
        'Intro.<Cite source="a" quote="one" />',
        '',
        '<H2 id="charges">Charges</H2>',
        '',
        'Body.<Cite source="a" quote="two" />',
        '',
        '<H3 id="details">Details</H3>',
        '',
        'More.<Cite source="a" quote="three" />',
        '',
        '<H2 id="response">Response</H2>',
        '',
        'End.<Cite source="a" quote="four" />',
      ),
    );
    expect(scan.cites.map((c) => [c.quote, c.sectionId])).toEqual([
      ['one', null],
      ['two', 'charges'],
      ['three', 'details'],
      ['four', 'response'],
    ]);
  });

  it('keeps the previous section for a heading that has no id', () => {
    const scan = scanMdx(lines('<H2 id="first">First</H2>', '', '<H2>Second</H2>', '', 'Body.<Cite source="a" quote="x" />'));
    expect(scan.cites[0]?.sectionId).toBe('first');
  });

  it('lists the lines of prose paragraphs that carry no citation', () => {
    const scan = scanMdx(
      lines(
        'Cited.<Cite source="a" quote="x y z" />',
        '',
        'Not cited at all.',
        '',
        'Also cited, in the middle <Cite source="a" quote="x y w" /> of the paragraph.',
        '',
        'Uncited again,',
        'over two lines.',
      ),
    );
    expect(scan.uncitedParagraphs).toEqual([3, 7]);
  });

  it('counts uncited paragraphs in list items and blockquotes', () => {
    const scan = scanMdx(lines('- An item.', '- Another.<Cite source="a" quote="x y z" />', '', '> A quoted claim.'));
    expect(scan.uncitedParagraphs).toEqual([1, 4]);
  });

  it('counts the prose paragraphs of a page, cited or not', () => {
    const scan = scanMdx(
      lines('Cited.<Cite source="a" quote="x y z" />', '', 'Not cited.', '', '- Item one.', '- Item two.', '', '> Quoted.'),
    );
    expect(scan.paragraphs).toBe(5);
    expect(scan.uncitedParagraphs).toEqual([3, 5, 6, 8]);
  });

  it('leaves paragraphs inside a SiteNote out of the count and out of the uncited list', () => {
    const scan = scanMdx(lines('<SiteNote>', '', 'About this site.', '', 'More about it.', '', '</SiteNote>', '', 'Uncited prose.'));
    expect(scan.paragraphs).toBe(1);
    expect(scan.uncitedParagraphs).toEqual([9]);
  });

  it('still finds citations and headings around a SiteNote', () => {
    const scan = scanMdx(
      lines('<H2 id="start">Start</H2>', '', '<SiteNote>Read the case first.</SiteNote>', '', 'Claim.<Cite source="a" quote="x y z" />'),
    );
    expect(scan.headings.map((h) => h.id)).toEqual(['start']);
    expect(scan.cites.map((c) => [c.line, c.sectionId])).toEqual([[5, 'start']]);
  });

  it('does not count Markdown headings, code or thematic breaks as paragraphs', () => {
    const scan = scanMdx(lines('## A heading', '', '```', 'code', '```', '', '***'));
    expect(scan.uncitedParagraphs).toEqual([]);
  });

  it('does not count a heading written on its own line as an uncited paragraph', () => {
    const scan = scanMdx(
      lines('<H2 id="charges">The charges</H2>', '', 'Cited.<Cite source="a" quote="x y z" />', '', '<H3 id="details">Details</H3>'),
    );
    expect(scan.headings.map((h) => h.line)).toEqual([1, 5]);
    expect(scan.uncitedParagraphs).toEqual([]);
    expect(scan.paragraphs).toBe(1);
  });

  it('strips frontmatter but keeps true line numbers', () => {
    const scan = scanMdx(
      lines('---', 'title: A page', 'description: Words here.', '---', '', 'Uncited.', '', 'Cited.<Cite source="a" quote="x y z" />'),
    );
    expect(scan.uncitedParagraphs).toEqual([6]);
    expect(scan.cites[0]?.line).toBe(8);
  });

  it('does not read frontmatter values as paragraphs or citations', () => {
    const scan = scanMdx(lines('---', 'title: <Cite source="a" quote="b" />', '---', 'Text.<Cite source="x" quote="y y y" />'));
    expect(scan.cites.map((c) => c.source)).toEqual(['x']);
    expect(scan.uncitedParagraphs).toEqual([]);
  });

  it('returns empty lists for an empty page', () => {
    expect(scanMdx('')).toEqual({
      headings: [],
      cites: [],
      quotations: [],
      meta: false,
      paragraphs: 0,
      uncitedParagraphs: [],
      problems: [],
    });
  });

  it('throws on MDX syntax errors', () => {
    expect(() => scanMdx(lines('Text.<Cite source="a" quote="b"'))).toThrow();
    expect(() => scanMdx(lines('An { unclosed expression'))).toThrow();
  });
});

describe('scanMdx attribute values', () => {
  it('reports an attribute written without a value', () => {
    const scan = scanMdx('Text.<Cite source quote="a b c" />\n');
    expect(scan.problems).toEqual([{ line: 1, message: 'the source attribute has no value: write source="…"' }]);
    expect(scan.cites).toEqual([]);
  });
});

describe('scanMdx and <SiteNote>', () => {
  it('does not count a one-line <SiteNote> as an uncited paragraph', () => {
    const scan = scanMdx('<SiteNote>About this site.</SiteNote>\n');
    expect(scan.paragraphs).toBe(0);
    expect(scan.uncitedParagraphs).toEqual([]);
  });

  it('does not count paragraphs inside a multi-line <SiteNote>', () => {
    const scan = scanMdx('<SiteNote>\n\nGo to [the case](/case/).\n\n</SiteNote>\n\nCited.<Cite source="a" quote="x y z" />\n');
    expect(scan.paragraphs).toBe(1);
    expect(scan.uncitedParagraphs).toEqual([]);
  });
});
