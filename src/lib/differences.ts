/**
 * The kinds of difference between sources that /sources/#differences lists, in display order:
 * the one definition that the schema, the note numbering and the page read.
 */

/** The kinds, in the order the sources page shows them. */
export const DIFFERENCE_KINDS = ['disagreement', 'garble', 'unrelated'] as const;

/** One kind of difference. */
export type DifferenceKind = (typeof DIFFERENCE_KINDS)[number];

/** Each kind's heading on the sources page and its permanent anchor there. */
export const DIFFERENCE_GROUPS: Record<DifferenceKind, { title: string; id: string }> = {
  disagreement: { title: 'Where the sources disagree', id: 'disagreements' },
  garble: { title: 'Garbled names and terms', id: 'garbles' },
  unrelated: { title: 'Material unrelated to the case', id: 'unrelated' },
};

/**
 * Orders differences by kind (display order), keeping file order within a kind, so that their
 * notes are numbered down the page. An unknown kind sorts last (the schema rejects it anyway).
 */
export function orderDifferences<T extends { kind: string }>(differences: readonly T[]): T[] {
  const rank = (k: string) => {
    const i = (DIFFERENCE_KINDS as readonly string[]).indexOf(k);
    return i === -1 ? DIFFERENCE_KINDS.length : i;
  };
  return differences
    .map((d, i) => ({ d, i }))
    .sort((a, b) => rank(a.d.kind) - rank(b.d.kind) || a.i - b.i)
    .map(({ d }) => d);
}
