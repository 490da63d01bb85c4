import { describe, expect, it } from 'vitest';
import { GROUP_TITLES, orderPeople, PEOPLE_GROUPS } from '../../src/lib/people';

const names = (people: readonly { name: string }[]): string[] => people.map((p) => p.name);

describe('orderPeople', () => {
  it('orders people by group in display order', () => {
    const people = [
      { name: 'Others 1', group: 'others' },
      { name: 'Agency 1', group: 'agencies' },
      { name: 'Company 1', group: 'companies' },
      { name: 'Activist 1', group: 'activists' },
      { name: 'Official 1', group: 'officials' },
      { name: 'Accused 1', group: 'accused' },
    ];
    expect(names(orderPeople(people))).toEqual(['Accused 1', 'Official 1', 'Activist 1', 'Company 1', 'Agency 1', 'Others 1']);
  });

  it('follows the order of PEOPLE_GROUPS', () => {
    expect(PEOPLE_GROUPS).toEqual(['accused', 'officials', 'activists', 'companies', 'agencies', 'others']);
    const people = [...PEOPLE_GROUPS].reverse().map((group) => ({ name: group, group }));
    expect(names(orderPeople(people))).toEqual([...PEOPLE_GROUPS]);
  });

  it('keeps file order within a group', () => {
    const people = [
      { name: 'Zoom', group: 'companies' },
      { name: 'Yuan', group: 'companies' },
      { name: 'Jin', group: 'accused' },
      { name: 'Apple', group: 'companies' },
      { name: 'Lee', group: 'activists' },
      { name: 'Alibaba', group: 'companies' },
    ];
    expect(names(orderPeople(people))).toEqual(['Jin', 'Lee', 'Zoom', 'Yuan', 'Apple', 'Alibaba']);
  });

  it('puts people of unknown groups last, in file order, after "others"', () => {
    const people = [
      { name: 'Stray 1', group: 'journalists' },
      { name: 'Other', group: 'others' },
      { name: 'Blank', group: '' },
      { name: 'Jin', group: 'accused' },
      { name: 'Stray 2', group: 'Accused' },
    ];
    expect(names(orderPeople(people))).toEqual(['Jin', 'Other', 'Stray 1', 'Blank', 'Stray 2']);
  });

  it('returns a new array of the same objects and leaves the input as it was', () => {
    const late = { name: 'Other', group: 'others', id: 1 };
    const early = { name: 'Jin', group: 'accused', id: 2 };
    const input = [late, early];
    const ordered = orderPeople(input);
    expect(ordered).not.toBe(input);
    expect(ordered[0]).toBe(early);
    expect(ordered[1]).toBe(late);
    expect(names(input)).toEqual(['Other', 'Jin']);
  });

  it('orders an empty list to an empty list', () => {
    expect(orderPeople([])).toEqual([]);
  });
});

describe('GROUP_TITLES', () => {
  it('has a title for every group and for nothing else', () => {
    expect(Object.keys(GROUP_TITLES).sort()).toEqual([...PEOPLE_GROUPS].sort());
  });

  it('gives each group its own non-empty title', () => {
    const titles = PEOPLE_GROUPS.map((g) => GROUP_TITLES[g]);
    for (const title of titles) expect(title.trim()).not.toBe('');
    expect(new Set(titles).size).toBe(PEOPLE_GROUPS.length);
  });

  it('titles the accused and the others as the people page shows them', () => {
    expect(GROUP_TITLES.accused).toBe('The accused');
    expect(GROUP_TITLES.others).toBe('Others');
  });
});
