/** The verified citation index of the real site, for tests to know what the pages must show. */
import { fileURLToPath } from 'node:url';
import type { CitationIndex } from '../../src/lib/citations/citation-index';
import { loadCitationIndex } from '../../src/lib/citations/load-sources.node.ts';

let index: CitationIndex | undefined;

/** The citation index of the project (built from content/ and seeds/, as the build does). */
export function siteIndex(): CitationIndex {
  index ??= loadCitationIndex(fileURLToPath(new URL('../../', import.meta.url)));
  return index;
}
