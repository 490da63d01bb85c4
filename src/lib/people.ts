/** The groups the people page is arranged in, in display order. */
export const PEOPLE_GROUPS = ['accused', 'officials', 'activists', 'companies', 'agencies', 'others'] as const;

/** Headings for each group on the people page. */
export const GROUP_TITLES: Record<(typeof PEOPLE_GROUPS)[number], string> = {
  accused: 'The accused',
  officials: 'U.S. officials',
  activists: 'Activists and critics',
  companies: 'Companies and their people',
  agencies: 'Agencies and institutions',
  others: 'Others',
};

/** Orders people by group (display order), keeping file order within a group. */
export function orderPeople<T extends { group: string }>(people: readonly T[]): T[] {
  const rank = (g: string) => {
    const i = (PEOPLE_GROUPS as readonly string[]).indexOf(g);
    return i === -1 ? PEOPLE_GROUPS.length : i;
  };
  return people
    .map((p, i) => ({ p, i }))
    .sort((a, b) => rank(a.p.group) - rank(b.p.group) || a.i - b.i)
    .map(({ p }) => p);
}
