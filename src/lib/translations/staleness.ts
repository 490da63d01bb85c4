/**
 * Which sections of a translation are older than their English: each Chinese page records, under
 * `translatedFrom:` in its frontmatter, the hash of each English section it translates
 * (sections.ts). A recorded hash that differs from the English section's hash today means the
 * English changed after translation: the Chinese section shows a notice, and `npm run translations`
 * lists it. A section without a recorded hash, or a hash for a section the English page lacks,
 * is a writer's error.
 */
import { formatProblem } from '../citations/citation-index';
import { recordedHashes, sectionHashes, TOP_SECTION } from './sections';

/** A section whose English changed after it was translated. */
export interface StaleSection {
  /** The section id, or `top` for the part before the first heading. */
  section: string;
  /** The hash the translation recorded. */
  recorded: string;
  /** The English section's hash now. */
  current: string;
}

/** What comparing a translation's recorded hashes with its English page found. */
export interface Staleness {
  stale: StaleSection[];
  /** Writer's errors: a section without a hash, a hash for no section, an unreadable line. */
  problems: string[];
}

/** Compares the hashes recorded in a translation (`chineseSource`, at `file`) with its English page's sections. */
export function staleness(englishSource: string, englishFile: string, chineseSource: string, file: string): Staleness {
  const current = sectionHashes(englishSource);
  const { hashes, problems: unread } = recordedHashes(chineseSource);
  const problems = unread.map((u) =>
    formatProblem(`${file}:${u.line}`, [
      ['line', `"${u.text}"`],
      ['problem', 'under translatedFrom:, each line is "<section id>: <12-digit hash>", indented.'],
    ]),
  );
  const missing = [...current].filter(([id]) => !hashes.has(id));
  if (missing.length > 0) {
    problems.push(
      formatProblem(file, [
        [
          'problem',
          `the translation records no hash for ${missing.map(([id]) => `"${id}"`).join(', ')} of ${englishFile}. Record the hash of each English section you translated, so a later change of the English shows.`,
        ],
        ['write', ['translatedFrom:', ...missing.map(([id, hash]) => `  ${id}: ${hash}`)].join('\n                 ')],
      ]),
    );
  }
  for (const [id, { line }] of hashes) {
    if (!current.has(id)) {
      problems.push(
        formatProblem(`${file}:${line}`, [
          ['section', `"${id}"`],
          ['problem', `${englishFile} has no section "${id}" (its sections: ${[...current.keys()].join(', ')}). Remove the line.`],
        ]),
      );
    }
  }
  const stale = [...hashes]
    .filter(([id, { hash }]) => current.has(id) && current.get(id) !== hash)
    .map(([id, { hash }]) => ({ section: id, recorded: hash, current: current.get(id) as string }));
  return { stale, problems };
}

/** One line for a stale section, as the build log and `npm run translations` print it. */
export function staleLine(file: string, englishFile: string, s: StaleSection): string {
  const name = s.section === TOP_SECTION ? 'the top of the page (title, description, dek)' : `section "${s.section}"`;
  return `${file}: ${name} was translated from an older ${englishFile} (recorded ${s.recorded}, now ${s.current}). Update the translation, then record ${s.section}: ${s.current}.`;
}
