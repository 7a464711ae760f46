import { FOLDED_GROUP, foldSmallGroups, scoreBuckets, UNDECLARED_GROUP } from './mentoring-insights.service';

describe('foldSmallGroups', () => {
  it('shows groups of five or more, folds smaller ones together, and never leaves fewer than five to subtraction', () => {
    // b and c add up to 4: a, the smallest named group, joins them, so no count below five can be derived.
    const groups = foldSmallGroups('gender', [
      { value: 'a', mentees: 5, matched: 4 },
      { value: 'b', mentees: 3, matched: 1 },
      { value: 'c', mentees: 1, matched: 1 },
      { value: null, mentees: 6, matched: 3 },
    ]);
    expect(groups.map((group) => group.group)).toEqual([UNDECLARED_GROUP, FOLDED_GROUP]);
    expect(groups[1]).toMatchObject({ mentees: 9, matched: 6 });
    expect(groups.every((group) => group.mentees >= 5)).toBe(true);
    expect(groups.reduce((sum, group) => sum + group.mentees, 0)).toBe(15);

    const folded = foldSmallGroups('gender', [
      { value: 'a', mentees: 5, matched: 5 },
      { value: 'b', mentees: 3, matched: 1 },
      { value: 'c', mentees: 2, matched: 2 },
    ]);
    expect(folded.at(-1)).toEqual({ attribute: 'gender', group: FOLDED_GROUP, mentees: 5, matched: 3, matchRate: 0.6 });
    expect(folded.some((group) => group.group === 'b' || group.group === 'c')).toBe(false);
  });
});

describe('scoreBuckets', () => {
  it('lists every bucket from the lowest to the highest, empty ones between as zero', () => {
    expect(scoreBuckets([{ bucket: 1, count: 2 }, { bucket: 4, count: 1 }], 5)).toEqual({
      matchCount: 3,
      buckets: [
        { from: 5, to: 9, count: 2 },
        { from: 10, to: 14, count: 0 },
        { from: 15, to: 19, count: 0 },
        { from: 20, to: 24, count: 1 },
      ],
    });
    expect(scoreBuckets([{ bucket: -1, count: 1 }], 10).buckets).toEqual([{ from: -10, to: -1, count: 1 }]);
    expect(scoreBuckets([], 5)).toEqual({ matchCount: 0, buckets: [] });
  });
});
