/**
 * The parity check between an English page and its Chinese translation: the same sections (ids,
 * in the same order) and, in each section, the same cited passages (source and passage). A
 * translation may quote other words of a passage than the English does, but it may not drop a
 * passage the English cites there, nor add one: each Chinese sentence carries its English
 * counterpart's proof. Pure: it compares two verified citation records.
 */
import type { CitationRecord, PageCitations } from '../citations/citation-index';
import { formatProblem } from '../citations/citation-index';
import { TOP_SECTION } from './sections';

/** A section's name in messages: its id, or the top of the page. */
const sectionName = (id: string | null): string =>
  id === null || id === TOP_SECTION ? `"${TOP_SECTION}" (before the first heading)` : `"${id}"`;

/** A cited passage, as the parity check compares it: `source#passage`. */
const passageKey = (c: CitationRecord): string => `${c.source}#${c.passageId}`;

/** The cited passages of each section of a page, in order of first citation, with one citation of each to show. */
function passagesBySection(page: PageCitations): Map<string, Map<string, CitationRecord>> {
  const sections = new Map<string, Map<string, CitationRecord>>();
  for (const c of page.citations) {
    const id = c.sectionId ?? TOP_SECTION;
    const passages = sections.get(id) ?? new Map<string, CitationRecord>();
    if (!passages.has(passageKey(c))) passages.set(passageKey(c), c);
    sections.set(id, passages);
  }
  return sections;
}

/**
 * The writer's messages for every difference between an English page and its translation: a
 * section missing, extra or out of order, and a cited passage missing or extra in a section.
 * Empty when the two agree.
 */
export function parityProblems(english: PageCitations, chinese: PageCitations): string[] {
  const problems: string[] = [];
  const where = chinese.file;
  const enIds = english.headings.map((h) => h.id);
  const zhIds = chinese.headings.map((h) => h.id);
  for (const h of english.headings) {
    if (!zhIds.includes(h.id)) {
      problems.push(
        formatProblem(where, [
          ['section', `"${h.id}" ("${h.text}", ${english.file}:${h.line})`],
          ['problem', `the translation has no section "${h.id}". Every section of the English page is translated, under the same id.`],
          ['write', `<H${h.level} id="${h.id}">…</H${h.level}> with the section's translation and its citations.`],
        ]),
      );
    }
  }
  for (const h of chinese.headings) {
    if (!enIds.includes(h.id)) {
      problems.push(
        formatProblem(`${where}:${h.line}`, [
          ['section', `"${h.id}"`],
          [
            'problem',
            `${english.file} has no section "${h.id}". A translation has exactly the English page's sections: ${enIds.join(', ') || '(none)'}.`,
          ],
        ]),
      );
    }
  }
  const shared = zhIds.filter((id) => enIds.includes(id));
  const enOrder = enIds.filter((id) => shared.includes(id));
  if (shared.join(' ') !== enOrder.join(' ')) {
    problems.push(
      formatProblem(where, [
        ['problem', 'the sections stand in another order than on the English page.'],
        ['english', enOrder.join(', ')],
        ['translation', shared.join(', ')],
      ]),
    );
  }
  const enPassages = passagesBySection(english);
  const zhPassages = passagesBySection(chinese);
  for (const id of [TOP_SECTION, ...shared]) {
    const en = enPassages.get(id) ?? new Map<string, CitationRecord>();
    const zh = zhPassages.get(id) ?? new Map<string, CitationRecord>();
    for (const [key, c] of en) {
      if (zh.has(key)) continue;
      problems.push(
        formatProblem(where, [
          ['section', sectionName(id)],
          ['missing', `a citation of ${c.source}, passage ${c.passageId}, which ${english.file}:${c.line} cites`],
          ['english', `<Cite source="${c.source}" quote="${c.quote}" />`],
          [
            'problem',
            'the translation of this section does not cite this passage. Put the same <Cite> after the sentence that translates it.',
          ],
        ]),
      );
    }
    for (const [key, c] of zh) {
      if (en.has(key)) continue;
      problems.push(
        formatProblem(`${where}:${c.line}`, [
          ['section', sectionName(id)],
          ['extra', `<Cite source="${c.source}" quote="${c.quote}" /> (${c.source}, passage ${c.passageId})`],
          [
            'problem',
            `${english.file} does not cite this passage in this section. A translation cites what the English cites, no more: remove it, or move it to the section that cites it.`,
          ],
        ]),
      );
    }
  }
  return problems;
}
