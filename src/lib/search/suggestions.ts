/**
 * What to suggest when a search finds nothing: names the site really covers, taken from the
 * people and organizations it lists, so a suggestion always finds something.
 */

/** A person or organization, as the people data lists them. */
export interface NamedEntry {
  name: string;
  group: string;
}

/** A name as a reader would type it: "Ministry of State Security (MSS)" → "MSS". */
export function searchableName(name: string): string {
  const abbreviation = /\(([^()]{2,12})\)\s*$/.exec(name)?.[1];
  return (abbreviation ?? name).replace(/[“”"]/g, '').trim();
}

/** One name from each group, in the groups' order (groups not listed are skipped), at most `limit`. */
export function suggestedNames(entries: readonly NamedEntry[], groups: readonly string[], limit = 5): string[] {
  const names: string[] = [];
  for (const group of groups) {
    const first = entries.find((e) => e.group === group);
    if (first && names.length < limit) names.push(searchableName(first.name));
  }
  return names;
}
