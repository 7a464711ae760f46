import { matchMentors } from './matching-engine';
import type { MatchingInput, RoundTargets } from './matching.types';

// Found by matching-engine.property.spec.ts: with a fixed match across departments the target rows start
// below zero, and HiGHS's MIP presolve (with the new-pair count X left continuous) reported the empty
// assignment as optimal although p1 -> p5 (17 points) meets both targets.
const input: MatchingInput = {
  mentors: [
    {
      id: 'p7',
      department: 'Sales',
      site: 'Amsterdam',
      managerChain: [],
      seniorityYears: 0,
      languages: ['NL'],
      diversity: { gender: 'g1', background: 'b1' },
      capacity: 1,
      skillsOffered: [{ skillId: 's0', level: 1 }],
    },
    {
      id: 'p6',
      department: 'Sales',
      site: 'Amsterdam',
      managerChain: [],
      seniorityYears: 0,
      languages: ['NL'],
      diversity: { gender: 'g1', background: 'b1' },
      capacity: 1,
      skillsOffered: [{ skillId: 's0', level: 1 }],
    },
    {
      id: 'p8',
      department: 'Sales',
      site: 'Amsterdam',
      managerChain: [],
      seniorityYears: 0,
      languages: ['en'],
      diversity: { gender: 'g1', background: 'b1' },
      capacity: 1,
      skillsOffered: [{ skillId: 's0', level: 1 }],
    },
    {
      id: 'p1',
      department: 'Engineering',
      site: 'Amsterdam',
      managerChain: [],
      seniorityYears: 0,
      languages: ['nl', 'en'],
      diversity: { gender: 'g1', background: 'b1' },
      capacity: 1,
      skillsOffered: [{ skillId: 's0', level: 1 }],
    },
  ],
  mentees: [
    {
      id: 'p4',
      department: 'Sales',
      site: 'Amsterdam',
      managerChain: [],
      seniorityYears: 0,
      languages: ['nl'],
      diversity: { gender: 'g1', background: 'b1' },
      skillsWanted: [{ skillId: 's0', level: 1 }],
      preferences: { otherDepartment: true, otherSite: true, sameGender: true },
    },
    {
      id: 'p10',
      department: 'Sales',
      site: 'Amsterdam',
      managerChain: ['p1'],
      seniorityYears: 0,
      languages: ['NL'],
      diversity: { gender: 'g1', background: 'b1' },
      skillsWanted: [{ skillId: 's0', level: 0 }],
      preferences: { otherDepartment: true, otherSite: true, sameGender: true },
    },
    {
      id: 'p5',
      department: 'Sales',
      site: 'Amsterdam',
      managerChain: [],
      seniorityYears: 0,
      languages: ['nl'],
      diversity: { background: 'b1' },
      skillsWanted: [{ skillId: 's0', level: 0 }],
      preferences: { otherDepartment: true, otherSite: true, sameGender: true },
    },
    {
      id: 'p3',
      department: 'Sales',
      site: 'Amsterdam',
      managerChain: [],
      seniorityYears: 0,
      languages: ['NL'],
      diversity: { background: 'b1' },
      skillsWanted: [{ skillId: 's0', level: 1 }],
      preferences: { otherDepartment: true, otherSite: true, sameGender: true },
    },
    {
      id: 'p9',
      department: 'Engineering',
      site: 'Amsterdam',
      managerChain: [],
      seniorityYears: 0,
      languages: ['en'],
      diversity: { gender: 'g1', background: 'b1' },
      skillsWanted: [{ skillId: 's0', level: 0 }],
      preferences: { otherDepartment: true, otherSite: true, sameGender: true },
    },
  ],
  criteria: {
    weights: {
      skillFit: 0.5,
      acrossDepartments: 0,
      acrossSites: 0,
      seniorityGap: 0,
      differentBackground: 0,
      menteePreferences: 0,
    },
    seniorityGap: { min: 0, max: 0 },
  },
  declinedPairs: [],
  fixedMatches: [['p6', 'p9']],
};
const targets: RoundTargets = {
  groupAttribute: 'gender',
  minGroupRateShare: 0.8,
  minGroupSize: 1,
  minAcrossDepartmentsShare: 0.75,
};

describe('matchMentors: round targets beside fixed matches', () => {
  it('finds the best assignment that meets the targets, not the empty one', async () => {
    const withoutTargets = await matchMentors(input);
    expect(withoutTargets.totalScore).toBe(34);
    const result = await matchMentors({
      ...input,
      criteria: { ...input.criteria, targets },
    });
    expect(result.targets.status).toBe('met');
    expect(result.totalScore).toBe(17);
    expect(result.matches.map((match) => `${match.mentorId}->${match.menteeId}`)).toEqual(['p1->p5']);
  });
});
