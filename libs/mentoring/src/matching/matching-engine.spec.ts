import { BadUserInputError } from '@kennis/errors';
import { DEFAULT_CRITERION_WEIGHTS, matchMentors } from './matching-engine';
import { buildCriteria, buildInput, buildMentee, buildMentor } from './matching-test-builders';
import type { MatchingInput, MatchingResult } from './matching.types';

function pairsOf(result: MatchingResult): string[] {
  return result.matches.map((match) => `${match.mentorId}->${match.menteeId}`);
}

describe('matchMentors: hard limits', () => {
  it('matches an eligible pair', async () => {
    const result = await matchMentors(buildInput({ mentors: [buildMentor('ann')], mentees: [buildMentee('bob')] }));
    expect(pairsOf(result)).toEqual(['ann->bob']);
    expect(result.unmatchedMenteeIds).toEqual([]);
  });

  it('never gives a mentor more mentees than their capacity', async () => {
    const mentees = ['bob', 'cas', 'dee'].map((id) => buildMentee(id));
    const result = await matchMentors(buildInput({ mentors: [buildMentor('ann', { capacity: 2 })], mentees }));
    expect(result.matches).toHaveLength(2);
    expect(result.unmatchedMenteeIds).toHaveLength(1);
  });

  it('counts fixed matches against the capacity and does not propose their mentees again', async () => {
    const input = buildInput({
      mentors: [buildMentor('ann', { capacity: 2 })],
      mentees: ['bob', 'cas', 'dee'].map((id) => buildMentee(id)),
      fixedMatches: [['ann', 'bob']],
    });
    const result = await matchMentors(input);
    expect(result.matches).toHaveLength(1);
    expect(pairsOf(result)).not.toContain('ann->bob');
    expect(result.unmatchedMenteeIds).toHaveLength(1);
    expect(result.unmatchedMenteeIds).not.toContain('bob');
  });

  it('gives no new mentee to a mentor whose fixed matches exceed a lowered capacity', async () => {
    const input = buildInput({
      mentors: [buildMentor('ann', { capacity: 1 })],
      mentees: ['bob', 'cas', 'dee'].map((id) => buildMentee(id)),
      fixedMatches: [
        ['ann', 'bob'],
        ['ann', 'cas'],
      ],
    });
    expect((await matchMentors(input)).matches).toEqual([]);
  });

  it('needs a shared language, compared without regard to case', async () => {
    const noSharedLanguage = buildInput({
      mentors: [buildMentor('ann', { languages: ['nl'] })],
      mentees: [buildMentee('bob', { languages: ['en'] })],
    });
    expect((await matchMentors(noSharedLanguage)).matches).toEqual([]);
    const sameLanguageOtherCase = buildInput({
      mentors: [buildMentor('ann', { languages: ['nl', 'EN'] })],
      mentees: [buildMentee('bob', { languages: [' en'] })],
    });
    expect(pairsOf(await matchMentors(sameLanguageOtherCase))).toEqual(['ann->bob']);
  });

  it.each([
    ['the mentor is the mentee’s manager', { mentor: [], mentee: ['ann'] }],
    ['the mentor is higher up the mentee’s reporting line', { mentor: [], mentee: ['zoe', 'ann'] }],
    ['the mentee is the mentor’s manager', { mentor: ['bob'], mentee: [] }],
    ['the mentee is higher up the mentor’s reporting line', { mentor: ['zoe', 'bob'], mentee: [] }],
  ])('never matches within a reporting line: %s', async (_, chains) => {
    const input = buildInput({
      mentors: [buildMentor('ann', { managerChain: chains.mentor })],
      mentees: [buildMentee('bob', { managerChain: chains.mentee })],
    });
    expect((await matchMentors(input)).matches).toEqual([]);
  });

  it('matches colleagues who only share a manager', async () => {
    const input = buildInput({
      mentors: [buildMentor('ann', { managerChain: ['zoe'] })],
      mentees: [buildMentee('bob', { managerChain: ['zoe'] })],
    });
    expect(pairsOf(await matchMentors(input))).toEqual(['ann->bob']);
  });

  it('never proposes a declined pair again, and frees the mentee for another mentor', async () => {
    const input = buildInput({
      mentors: [buildMentor('ann', { skillsOffered: [{ skillId: 'typescript', level: 5 }] }), buildMentor('cas', { skillsOffered: [{ skillId: 'typescript', level: 3 }] })],
      mentees: [buildMentee('bob')],
      declinedPairs: [['ann', 'bob']],
    });
    expect(pairsOf(await matchMentors(input))).toEqual(['cas->bob']);
  });

  it('never matches someone with themselves', async () => {
    const input = buildInput({ mentors: [buildMentor('ann')], mentees: [buildMentee('ann')] });
    expect((await matchMentors(input)).matches).toEqual([]);
  });

  it('needs a mentor ahead of the mentee in a skill the mentee wants', async () => {
    const sameLevel = buildInput({
      mentors: [buildMentor('ann', { skillsOffered: [{ skillId: 'typescript', level: 2 }] })],
      mentees: [buildMentee('bob', { skillsWanted: [{ skillId: 'typescript', level: 2 }] })],
    });
    expect((await matchMentors(sameLevel)).matches).toEqual([]);
    const otherSkill = buildInput({
      mentors: [buildMentor('ann', { skillsOffered: [{ skillId: 'sql', level: 5 }] })],
      mentees: [buildMentee('bob', { skillsWanted: [{ skillId: 'typescript', level: 0 }] })],
    });
    expect((await matchMentors(otherSkill)).matches).toEqual([]);
  });
});

describe('matchMentors: optimal, not greedy', () => {
  it('gives up the single best pair when two good pairs score more together', async () => {
    // ann is the best mentor for both; greedy gives her to bob and leaves cas without a mentor.
    const input = buildInput({
      mentors: [
        buildMentor('ann', { skillsOffered: [{ skillId: 'typescript', level: 3 }, { skillId: 'sql', level: 3 }] }),
        buildMentor('dan', { skillsOffered: [{ skillId: 'typescript', level: 2 }] }),
      ],
      mentees: [
        buildMentee('bob', { skillsWanted: [{ skillId: 'typescript', level: 0 }] }),
        buildMentee('cas', { skillsWanted: [{ skillId: 'sql', level: 0 }] }),
      ],
    });
    const result = await matchMentors(input);
    expect(pairsOf(result)).toEqual(['dan->bob', 'ann->cas']);
    expect(result.totalScore).toBe(67 + 100);
  });
});

describe('matchMentors: explanations', () => {
  const input: MatchingInput = buildInput({
    criteria: { weights: DEFAULT_CRITERION_WEIGHTS, seniorityGap: { min: 3, max: 12 } },
    skillNames: { typescript: 'TypeScript' },
    mentors: [
      buildMentor('ann', {
        department: 'Sales',
        site: 'Utrecht',
        seniorityYears: 9,
        diversity: { gender: 'gender-value-one', background: 'background-value-one' },
      }),
    ],
    mentees: [
      buildMentee('bob', {
        department: 'Engineering',
        site: 'Utrecht',
        seniorityYears: 2,
        skillsWanted: [
          { skillId: 'typescript', level: 2 },
          { skillId: 'kotlin', level: 1 },
        ],
        diversity: { gender: 'gender-value-one', background: 'background-value-two' },
        preferences: { otherDepartment: true, sameGender: true, otherSite: true },
      }),
    ],
  });

  it('explains every weighted criterion, skill fit first, and adds the points up to the score', async () => {
    const [match] = (await matchMentors(input)).matches;
    expect(match.breakdown.map((line) => line.criterion)).toEqual([
      'skillFit',
      'acrossDepartments',
      'acrossSites',
      'seniorityGap',
      'differentBackground',
      'menteePreferences',
    ]);
    expect(match.score).toBe(match.breakdown.reduce((sum, line) => sum + line.points, 0));
    const explanation = Object.fromEntries(match.breakdown.map((line) => [line.criterion, line.explanation]));
    const points = Object.fromEntries(match.breakdown.map((line) => [line.criterion, line.points]));
    expect(explanation.skillFit).toBe('Mentor offers TypeScript at level 5, mentee is at 2; mentor does not offer kotlin.');
    // TypeScript counts in full (gap 3), kotlin not at all: 50% of the wanted skills, times weight 12.
    expect(points.skillFit).toBe(600);
    expect(explanation.acrossDepartments).toBe('Across departments: mentor in Sales, mentee in Engineering.');
    expect(points.acrossDepartments).toBe(200);
    expect(explanation.acrossSites).toBe('Same site (Utrecht).');
    expect(points.acrossSites).toBe(0);
    expect(explanation.seniorityGap).toBe(
      'Mentor has 7 more years of experience than mentee, within the wanted gap of 3 to 12 years.',
    );
    // Whether the two share an attribute is counted but never said: it would tell one what the other declared.
    expect(explanation.differentBackground).toBe('Background mix: used by the matching only.');
    expect(points.differentBackground).toBe(100);
    expect(explanation.menteePreferences).toBe(
      "Mentee's preferences: another department yes, another site no.",
    );
    expect(points.menteePreferences).toBe(Math.round(3 * Math.round(200 / 3)));
  });

  it('never writes a diversity attribute value into a proposal or a target report', async () => {
    const withTargets: MatchingInput = {
      ...input,
      criteria: {
        ...input.criteria,
        targets: { groupAttribute: 'gender', minGroupRateShare: 0.9, minGroupSize: 1, minAcrossDepartmentsShare: 0.5 },
      },
    };
    const text = JSON.stringify(await matchMentors(withTargets));
    for (const value of ['gender-value-one', 'background-value-one', 'background-value-two']) {
      expect(text).not.toContain(value);
    }
  });

  it('reads skill names and attributes as plain data, even when they look like object properties', async () => {
    const input = buildInput({
      criteria: buildCriteria({ weights: { ...DEFAULT_CRITERION_WEIGHTS }, backgroundAttributes: ['constructor'] }),
      mentors: [buildMentor('ann', { skillsOffered: [{ skillId: 'toString', level: 4 }] })],
      mentees: [buildMentee('bob', { skillsWanted: [{ skillId: 'toString', level: 1 }] })],
    });
    const [match] = (await matchMentors(input)).matches;
    const explanation = Object.fromEntries(match.breakdown.map((line) => [line.criterion, line.explanation]));
    expect(explanation.skillFit).toBe('Mentor offers toString at level 4, mentee is at 1.');
    expect(explanation.differentBackground).toBe('Background mix: used by the matching only.');
  });

  it('leaves criteria with weight 0 out of the breakdown', async () => {
    const [match] = (await matchMentors(buildInput({ mentors: [buildMentor('ann')], mentees: [buildMentee('bob')] }))).matches;
    expect(match.breakdown.map((line) => line.criterion)).toEqual(['skillFit']);
  });
});

describe('matchMentors: determinism', () => {
  const mentors = ['m1', 'm2', 'm3'].map((id, index) =>
    buildMentor(id, { capacity: 2, department: index % 2 === 0 ? 'Sales' : 'Engineering', languages: ['en', 'nl'] }),
  );
  const mentees = ['e1', 'e2', 'e3', 'e4', 'e5', 'e6', 'e7'].map((id) => buildMentee(id, { languages: ['nl'] }));
  const criteria = buildCriteria({ weights: DEFAULT_CRITERION_WEIGHTS });

  it('gives the same matches for the same round, whatever the order of its lists', async () => {
    // The mentees are interchangeable, so only the tie-break decides who goes where and who waits.
    const first = await matchMentors(buildInput({ mentors, mentees, criteria }));
    const reversed = await matchMentors(buildInput({ mentors: [...mentors].reverse(), mentees: [...mentees].reverse(), criteria }));
    const again = await matchMentors(buildInput({ mentors, mentees, criteria }));
    expect(reversed).toEqual(first);
    expect(again).toEqual(first);
    expect(first.matches).toHaveLength(6);
  });
});

describe('matchMentors: round targets', () => {
  // Without targets both mentees go to the strong mentor of their own department.
  const input = buildInput({
    mentors: [
      buildMentor('sales-mentor', { department: 'Sales', capacity: 2, skillsOffered: [{ skillId: 'sql', level: 5 }, { skillId: 'typescript', level: 3 }] }),
      buildMentor('eng-mentor', { department: 'Engineering', capacity: 2, skillsOffered: [{ skillId: 'typescript', level: 5 }, { skillId: 'sql', level: 3 }] }),
    ],
    mentees: [
      buildMentee('sales-mentee', { department: 'Sales', skillsWanted: [{ skillId: 'sql', level: 2 }] }),
      buildMentee('eng-mentee', { department: 'Engineering', skillsWanted: [{ skillId: 'typescript', level: 2 }] }),
    ],
  });

  it('reports the round as without targets when none is set', async () => {
    const result = await matchMentors(input);
    expect(result.targets).toMatchObject({ requested: false, feasible: true, status: 'not-requested' });
    expect(pairsOf(result)).toEqual(['eng-mentor->eng-mentee', 'sales-mentor->sales-mentee']);
    expect(result.totalScore).toBe(200);
  });

  it('trades score for pairs across departments when the round asks for them', async () => {
    const withTarget = { ...input, criteria: buildCriteria({ targets: { minAcrossDepartmentsShare: 1 } }) };
    const result = await matchMentors(withTarget);
    expect(result.targets).toMatchObject({ requested: true, feasible: true, status: 'met' });
    expect(pairsOf(result)).toEqual(['sales-mentor->eng-mentee', 'eng-mentor->sales-mentee']);
    expect(result.totalScore).toBeLessThan(result.targets.totalScoreWithoutTargets);
    expect(result.totalScore).toBe(66);
    expect(result.targets.report).toContain('2 of 2 pairs (100.0%)');
  });

  it('reports an unreachable target and proposes the best assignment without it', async () => {
    const fixedSameDepartment = {
      ...input,
      mentees: [...input.mentees, buildMentee('sales-veteran', { department: 'Sales' })],
      fixedMatches: [['sales-mentor', 'sales-veteran']] as const,
      criteria: buildCriteria({ targets: { minAcrossDepartmentsShare: 1 } }),
    };
    const result = await matchMentors(fixedSameDepartment);
    expect(result.targets).toMatchObject({ requested: true, feasible: false, status: 'infeasible' });
    expect(result.targets.report).toContain('100.0% of pairs across departments');
    const withoutTargets = await matchMentors({ ...fixedSameDepartment, criteria: buildCriteria() });
    expect(result.matches).toEqual(withoutTargets.matches);
    expect(result.totalScore).toBe(result.targets.totalScoreWithoutTargets);
  });

  it('lifts the match rate of a group that would fall behind', async () => {
    // Two seats; without the target both go to the "a" group, whose mentees score higher.
    const groups = buildInput({
      mentors: [buildMentor('ann', { capacity: 2, skillsOffered: [{ skillId: 'typescript', level: 5 }] })],
      mentees: [
        buildMentee('bob', { diversity: { gender: 'a' }, skillsWanted: [{ skillId: 'typescript', level: 1 }] }),
        buildMentee('bea', { diversity: { gender: 'a' }, skillsWanted: [{ skillId: 'typescript', level: 1 }] }),
        buildMentee('cas', { diversity: { gender: 'b' }, skillsWanted: [{ skillId: 'typescript', level: 4 }] }),
      ],
      criteria: buildCriteria({ targets: { groupAttribute: 'gender', minGroupRateShare: 0.5, minGroupSize: 1 } }),
    });
    const result = await matchMentors(groups);
    expect(result.targets.status).toBe('met');
    expect(result.targets.totalScoreWithoutTargets).toBe(200);
    expect(pairsOf(result)).toContain('ann->cas');
    expect(result.matches).toHaveLength(2);
    expect(result.totalScore).toBe(133);
  });

  it('matches nobody when any match would leave a group below the share of the overall rate', async () => {
    const groups = buildInput({
      mentors: [buildMentor('ann', { capacity: 1 })],
      mentees: [buildMentee('bob', { diversity: { gender: 'a' } }), buildMentee('cas', { diversity: { gender: 'b' } })],
      criteria: buildCriteria({ targets: { groupAttribute: 'gender', minGroupRateShare: 1, minGroupSize: 1 } }),
    });
    const result = await matchMentors(groups);
    expect(result.targets.status).toBe('met');
    expect(result.matches).toEqual([]);
  });

  it('neither constrains nor reports groups under the minimum group size', async () => {
    const smallGroups = buildInput({
      mentors: [buildMentor('ann', { capacity: 1 })],
      mentees: [buildMentee('bob', { diversity: { gender: 'a' } }), buildMentee('cas', { diversity: { gender: 'b' } })],
      criteria: buildCriteria({ targets: { groupAttribute: 'gender', minGroupRateShare: 1 } }),
    });
    const result = await matchMentors(smallGroups);
    expect(result.matches).toHaveLength(1);
    expect(result.targets.status).toBe('met');
    expect(result.targets.report).toContain('2 group(s) under 5 mentees are neither constrained nor shown');
  });
});

describe('matchMentors: bad input', () => {
  it.each<[string, Partial<MatchingInput>, string]>([
    ['a duplicate mentor id', { mentors: [buildMentor('ann'), buildMentor('ann')] }, 'mentors[1].id'],
    ['a negative capacity', { mentors: [buildMentor('ann', { capacity: -1 })] }, 'mentors[0].capacity'],
    ['a fractional skill level', { mentees: [buildMentee('bob', { skillsWanted: [{ skillId: 'sql', level: 1.5 }] })] }, 'mentees[0].skillsWanted[0].level'],
    ['a skill listed twice', { mentors: [buildMentor('ann', { skillsOffered: [{ skillId: 'sql', level: 3 }, { skillId: 'sql', level: 4 }] })] }, 'mentors[0].skillsOffered[1]'],
    ['a person without languages', { mentees: [buildMentee('bob', { languages: [] })] }, 'mentees[0].languages'],
    ['skill fit weighed 0', { criteria: buildCriteria({ weights: { ...DEFAULT_CRITERION_WEIGHTS, skillFit: 0 } }) }, 'criteria.weights.skillFit'],
    ['a negative weight', { criteria: buildCriteria({ weights: { ...DEFAULT_CRITERION_WEIGHTS, acrossSites: -1 } }) }, 'criteria.weights.acrossSites'],
    ['an inverted seniority gap', { criteria: buildCriteria({ seniorityGap: { min: 5, max: 1 } }) }, 'criteria.seniorityGap'],
    ['a share above 1', { criteria: buildCriteria({ targets: { minAcrossDepartmentsShare: 1.5 } }) }, 'criteria.targets.minAcrossDepartmentsShare'],
    ['a group share without a group attribute', { criteria: buildCriteria({ targets: { minGroupRateShare: 0.8 } }) }, 'criteria.targets.groupAttribute'],
    ['a fixed match with an unknown mentee', { mentors: [buildMentor('ann')], fixedMatches: [['ann', 'nobody']] }, 'fixedMatches[0]'],
    ['a mentee fixed twice', { mentors: [buildMentor('ann', { capacity: 2 }), buildMentor('dan')], mentees: [buildMentee('bob')], fixedMatches: [['ann', 'bob'], ['dan', 'bob']] }, 'fixedMatches[1]'],
  ])('rejects %s and names the field', async (_, overrides, field) => {
    const attempt = matchMentors(buildInput(overrides));
    await expect(attempt).rejects.toBeInstanceOf(BadUserInputError);
    await expect(attempt).rejects.toMatchObject({ details: { field } });
  });
});

describe('matchMentors: pins, exclusions and why a mentee is unmatched', () => {
  it('keeps a pinned pair even when another assignment scores more, and never proposes an excluded pair', async () => {
    const input = buildInput({
      mentors: [buildMentor('ann', { skillsOffered: [{ skillId: 'typescript', level: 3 }] }), buildMentor('eve')],
      mentees: [buildMentee('bob')],
      pinnedPairs: [['ann', 'bob']],
    });
    expect(pairsOf(await matchMentors(input))).toEqual(['ann->bob']);
    const excluded = await matchMentors({ ...input, pinnedPairs: [], excludedPairs: [['eve', 'bob']] });
    expect(pairsOf(excluded)).toEqual(['ann->bob']);
  });

  it('refuses a pin that breaks a hard limit or overfills a mentor, naming the pin', async () => {
    const input = buildInput({
      mentors: [buildMentor('ann', { languages: ['nl'] }), buildMentor('eve')],
      mentees: [buildMentee('bob'), buildMentee('cas')],
    });
    await expect(matchMentors({ ...input, pinnedPairs: [['ann', 'bob']] })).rejects.toMatchObject({ details: { field: 'pinnedPairs[0]' } });
    await expect(
      matchMentors({ ...input, pinnedPairs: [['eve', 'bob'], ['eve', 'cas']] }),
    ).rejects.toBeInstanceOf(BadUserInputError);
  });

  it('says why each mentee is unmatched', async () => {
    const result = await matchMentors(
      buildInput({
        mentors: [buildMentor('ann', { languages: ['nl'] }), buildMentor('eve')],
        mentees: [
          buildMentee('bob', { skillsWanted: [{ skillId: 'cobol', level: 1 }] }),
          buildMentee('cas', { languages: ['de'] }),
          buildMentee('dee'),
          buildMentee('fay'),
          buildMentee('gus', { managerChain: ['eve'], languages: ['en'] }),
        ],
      }),
    );
    expect(Object.fromEntries(result.unmatched.map((entry) => [entry.menteeId, entry.reason]))).toEqual({
      bob: 'no-mentor-with-skill',
      cas: 'no-shared-language',
      [result.unmatchedMenteeIds.find((id) => id === 'dee' || id === 'fay')!]: 'capacity-full',
      gus: 'hard-limit',
    });
  });
});
