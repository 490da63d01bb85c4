/**
 * The site's own English prose uses the typographic apostrophe (’), as its Markdown paragraphs
 * do once rendered. Data fields, frontmatter and heading components are not run through that
 * typography, so a straight one typed there shows as such, beside curly quotation marks. A
 * source's own words (quotes, headlines) keep whatever the source has.
 */

/** A straight apostrophe after a letter or digit: "Zoom's", "users'". */
const STRAIGHT = /(?<=[\p{L}\p{N}])'/gu;

/** Each straight apostrophe of `text`, shown with a few characters either side. */
export function straightApostrophes(text: string): string[] {
  return [...text.matchAll(STRAIGHT)].map((m) => text.slice(Math.max(0, m.index - 20), m.index + 12));
}
