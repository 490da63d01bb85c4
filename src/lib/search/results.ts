/**
 * Turns Pagefind's page results into section results: each one a page title, a section title,
 * an excerpt and a link to the section's anchor, best first. A reader searching "one-minute"
 * wants the section on the one-minute rule, not the page that mentions it most.
 */
import type { Segment } from '../marks';
import { parseExcerpt } from './excerpt';
import { highlightTerms, shareOfTermsIn } from './terms';
import { withHighlight } from './url';

/** The parts of a Pagefind sub-result (a page's section) this code reads. */
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  /** Present when the section starts at a heading with an id; absent for the top of the page. */
  anchor?: { id: string } | undefined;
  weighted_locations: readonly { balanced_score: number }[];
}

/** The parts of a Pagefind result's data (one page) this code reads. */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results: readonly PagefindSubResult[];
}

/** A page result: Pagefind's score and the page's loaded data. */
export interface ScoredPage {
  score: number;
  data: PagefindResultData;
}

/** One section that matches a search. */
export interface SectionHit {
  pageTitle: string;
  /** The section's heading, or null when the match is above the page's first section. */
  sectionTitle: string | null;
  /** The section's link, with `?highlight=` so the page marks the words. */
  url: string;
  excerpt: Segment[];
  score: number;
}

/** How much more a section whose heading names every searched word scores than one whose heading names none. */
export const HEADING_BONUS = 1;

const sectionWeight = (sub: PagefindSubResult): number => sub.weighted_locations.reduce((sum, w) => sum + w.balanced_score, 0);

/**
 * Ranks the sections of the given pages. A section scores its page's score times the square root
 * of its share of the page's matches: one strong section of a good page beats the many passing
 * mentions of a page that covers the subject in several places, and the root keeps a page's
 * ranking from being split away entirely among its sections. A section whose heading names the
 * searched words is about them: its score grows by {@link HEADING_BONUS} times itself if the
 * heading names every word, in proportion if it names some. Ties keep page order, then section order.
 */
export function rankSections(pages: readonly ScoredPage[], query: string): SectionHit[] {
  const terms = highlightTerms(query);
  const hits: { hit: SectionHit; page: number; section: number }[] = [];
  pages.forEach(({ score, data }, page) => {
    const weights = data.sub_results.map(sectionWeight);
    const total = weights.reduce((a, b) => a + b, 0);
    const pageTitle = data.meta['title']?.trim() || data.url;
    data.sub_results.forEach((sub, section) => {
      const share = total > 0 ? (weights[section] ?? 0) / total : 1 / data.sub_results.length;
      const title = sub.title.trim();
      hits.push({
        page,
        section,
        hit: {
          pageTitle,
          sectionTitle: sub.anchor && title !== '' ? title : null,
          url: withHighlight(sub.url, query),
          excerpt: parseExcerpt(sub.excerpt || (sub.anchor ? '' : data.excerpt)),
          score: score * Math.sqrt(share) * (1 + HEADING_BONUS * shareOfTermsIn(title, terms)),
        },
      });
    });
    // A page with no sections still is a result (a filter-only search returns such pages).
    if (data.sub_results.length === 0) {
      hits.push({
        page,
        section: 0,
        hit: { pageTitle, sectionTitle: null, url: withHighlight(data.url, query), excerpt: parseExcerpt(data.excerpt), score },
      });
    }
  });
  return hits.sort((a, b) => b.hit.score - a.hit.score || a.page - b.page || a.section - b.section).map((h) => h.hit);
}

/** "1 page matches", "14 pages match". */
export function matchCountText(pages: number): string {
  return `${pages.toLocaleString('en')} ${pages === 1 ? 'page matches' : 'pages match'}`;
}
