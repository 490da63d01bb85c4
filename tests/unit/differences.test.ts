import { describe, expect, it } from 'vitest';
import { DIFFERENCE_GROUPS, DIFFERENCE_KINDS, orderDifferences } from '../../src/lib/differences';

describe('orderDifferences', () => {
  it('orders by kind as the sources page shows them, keeping file order within a kind', () => {
    const rows = [
      { id: 'a', kind: 'unrelated' },
      { id: 'b', kind: 'disagreement' },
      { id: 'c', kind: 'garble' },
      { id: 'd', kind: 'disagreement' },
    ];
    expect(orderDifferences(rows).map((r) => r.id)).toEqual(['b', 'd', 'c', 'a']);
  });

  it('puts an unknown kind last', () => {
    expect(orderDifferences([{ kind: 'other' }, { kind: 'garble' }]).map((r) => r.kind)).toEqual(['garble', 'other']);
  });
});

describe('DIFFERENCE_GROUPS', () => {
  it('gives every kind a heading and a distinct anchor', () => {
    const ids = DIFFERENCE_KINDS.map((k) => DIFFERENCE_GROUPS[k].id);
    expect(new Set(ids).size).toBe(DIFFERENCE_KINDS.length);
  });
});
