import fc from 'fast-check';
import loadHighs from 'highs';
import { buildCandidateArcs } from './candidate-arcs';
import { matchMentors } from './matching-engine';
import type {
  CriterionWeights,
  MatchingInput,
  MatchingResult,
  MenteeCandidate,
  MentorCandidate,
  MentorMenteePair,
  RoundTargets,
} from './matching.types';
import { solveMaxScoreAssignment } from './max-score-assignment';
import { explainPair } from './pair-scoring';
import { prepareRound } from './prepared-round';
import { decideTargets } from './round-targets';

// Everything the engine promises is checked here without the engine's help, except the score of a pair,
// which is the engine's definition (pair-scoring.ts, its own slow path).

const SKILLS = ['s0', 's1', 's2', 's3'];

function personFields(id: string, pool: readonly string[]) {
  return fc.record({
    id: fc.constant(id),
    department: fc.constantFrom('Sales', 'Engineering'),
    site: fc.constantFrom('Amsterdam', 'Utrecht'),
    managerChain: fc.subarray([...pool], { maxLength: 3 }),
    seniorityYears: fc.integer({ min: 0, max: 20 }),
    languages: fc.subarray(['nl', 'en', 'NL'], { minLength: 1 }),
    diversity: fc.record({
      gender: fc.constantFrom('g1', 'g2', undefined),
      background: fc.constantFrom('b1', 'b2', 'b3', undefined),
    }),
  });
}

function skillsArbitrary(minLevel: number, maxLevel: number) {
  return fc.uniqueArray(fc.record({ skillId: fc.constantFrom(...SKILLS), level: fc.integer({ min: minLevel, max: maxLevel }) }), {
    selector: (skill) => skill.skillId,
    minLength: 1,
    maxLength: 3,
  });
}

function mentorArbitrary(id: string, pool: readonly string[], capacity: { min: number; max: number }): fc.Arbitrary<MentorCandidate> {
  return fc
    .tuple(personFields(id, pool), fc.integer(capacity), skillsArbitrary(1, 5))
    .map(([person, mentorCapacity, skillsOffered]) => ({ ...person, capacity: mentorCapacity, skillsOffered }));
}

function menteeArbitrary(id: string, pool: readonly string[]): fc.Arbitrary<MenteeCandidate> {
  const preferences = fc.record({
    otherDepartment: fc.constantFrom(true, undefined),
    otherSite: fc.constantFrom(true, false, undefined),
    sameGender: fc.constantFrom(true, undefined),
  });
  return fc
    .tuple(personFields(id, pool), skillsArbitrary(0, 4), preferences)
    .map(([person, skillsWanted, menteePreferences]) => ({ ...person, skillsWanted, preferences: menteePreferences }));
}

const weightsArbitrary: fc.Arbitrary<CriterionWeights> = fc.record({
  skillFit: fc.constantFrom(0.5, 1, 3, 12, 37.5),
  acrossDepartments: fc.constantFrom(0, 0.5, 1, 2, 5),
  acrossSites: fc.constantFrom(0, 1, 2.5),
  seniorityGap: fc.constantFrom(0, 1, 2),
  differentBackground: fc.constantFrom(0, 1, 3),
  menteePreferences: fc.constantFrom(0, 1, 3),
});

const targetsArbitrary: fc.Arbitrary<RoundTargets> = fc
  .record({
    groupAttribute: fc.constant('gender'),
    minGroupRateShare: fc.constantFrom(undefined, 0.5, 0.8, 1),
    minGroupSize: fc.constantFrom(1, 2),
    minAcrossDepartmentsShare: fc.constantFrom(undefined, 0.25, 0.5, 0.75, 1),
  })
  .filter((targets) => targets.minGroupRateShare !== undefined || targets.minAcrossDepartmentsShare !== undefined);

interface RoundShape {
  maxMentors: number;
  maxMentees: number;
  capacity: { min: number; max: number };
  maxFixed: number;
}

const SMALL_ROUND: RoundShape = { maxMentors: 6, maxMentees: 8, capacity: { min: 1, max: 3 }, maxFixed: 2 };

/** People come from one pool, so someone may be mentor and mentee, or the other's manager. */
function roundArbitrary(shape: RoundShape): fc.Arbitrary<MatchingInput> {
  const pool = Array.from({ length: shape.maxMentors + shape.maxMentees - 3 }, (_, index) => `p${index}`);
  return fc
    .record({
      mentorIds: fc.uniqueArray(fc.constantFrom(...pool), { maxLength: shape.maxMentors }),
      menteeIds: fc.uniqueArray(fc.constantFrom(...pool), { maxLength: shape.maxMentees }),
    })
    .chain(({ mentorIds, menteeIds }) => {
      const allPairs = mentorIds.flatMap((mentorId) => menteeIds.map((menteeId): MentorMenteePair => [mentorId, menteeId]));
      return fc.record({
        mentors: fc.tuple(...mentorIds.map((id) => mentorArbitrary(id, pool, shape.capacity))),
        mentees: fc.tuple(...menteeIds.map((id) => menteeArbitrary(id, pool))),
        weights: weightsArbitrary,
        gapMin: fc.integer({ min: -5, max: 8 }),
        gapWidth: fc.integer({ min: 0, max: 15 }),
        declinedPairs: fc.subarray(allPairs, { maxLength: Math.min(4, allPairs.length) }),
        fixedMatches: fc.subarray(allPairs, { maxLength: Math.min(shape.maxFixed, allPairs.length) }),
      });
    })
    .map(({ mentors, mentees, weights, gapMin, gapWidth, declinedPairs, fixedMatches }) => ({
      mentors,
      mentees,
      criteria: { weights, seniorityGap: { min: gapMin, max: gapMin + gapWidth } },
      declinedPairs,
      fixedMatches: fixedMatches.filter(([, menteeId], index) => fixedMatches.findIndex(([, other]) => other === menteeId) === index),
    }));
}

function withTargets(input: MatchingInput, targets: RoundTargets): MatchingInput {
  return { ...input, criteria: { ...input.criteria, targets } };
}

function withoutTargets(input: MatchingInput): MatchingInput {
  return { ...input, criteria: { weights: input.criteria.weights, seniorityGap: input.criteria.seniorityGap } };
}

function isEligible(input: MatchingInput, mentor: MentorCandidate, mentee: MenteeCandidate): boolean {
  if (mentor.id === mentee.id) return false;
  const mentorLanguages = new Set(mentor.languages.map((language) => language.trim().toLowerCase()));
  if (!mentee.languages.some((language) => mentorLanguages.has(language.trim().toLowerCase()))) return false;
  if (mentee.managerChain.includes(mentor.id) || mentor.managerChain.includes(mentee.id)) return false;
  if ((input.declinedPairs ?? []).some(([mentorId, menteeId]) => mentorId === mentor.id && menteeId === mentee.id)) return false;
  return mentee.skillsWanted.some((wanted) =>
    mentor.skillsOffered.some((offered) => offered.skillId === wanted.skillId && offered.level > wanted.level),
  );
}

/** The engine's score of every pair, by "mentorId mentee Id", read through its slow explaining path. */
function pairScores(input: MatchingInput): Map<string, number> {
  const round = prepareRound(input);
  const scores = new Map<string, number>();
  round.mentors.forEach((mentor, mentorIndex) => {
    round.mentees.forEach((mentee, menteeIndex) => {
      scores.set(`${mentor.id} ${mentee.id}`, explainPair(round, mentorIndex, menteeIndex).score);
    });
  });
  return scores;
}

function fixedMentorOf(input: MatchingInput): Map<string, string> {
  return new Map((input.fixedMatches ?? []).map(([mentorId, menteeId]) => [menteeId, mentorId]));
}

function meetsTargets(input: MatchingInput, mentorOfMentee: ReadonlyMap<string, string>): boolean {
  const targets = input.criteria.targets ?? {};
  const mentors = new Map(input.mentors.map((mentor) => [mentor.id, mentor]));
  const menteeCount = input.mentees.length;
  const matched = input.mentees.filter((mentee) => mentorOfMentee.has(mentee.id));
  const slack = 1e-9;
  if (targets.minAcrossDepartmentsShare !== undefined) {
    const across = matched.filter((mentee) => mentors.get(mentorOfMentee.get(mentee.id)!)!.department !== mentee.department);
    if (across.length < targets.minAcrossDepartmentsShare * matched.length - slack) return false;
  }
  if (targets.minGroupRateShare !== undefined && targets.groupAttribute !== undefined) {
    const attribute = targets.groupAttribute;
    const values = new Set(input.mentees.map((mentee) => mentee.diversity[attribute]).filter((value) => value));
    for (const value of values) {
      const group = input.mentees.filter((mentee) => mentee.diversity[attribute] === value);
      if (group.length < (targets.minGroupSize ?? 5)) continue;
      const groupMatched = group.filter((mentee) => mentorOfMentee.has(mentee.id)).length;
      if (menteeCount * groupMatched < targets.minGroupRateShare * group.length * matched.length - slack) return false;
    }
  }
  return true;
}

/** Tries every assignment of the open mentees (a mentor or none) within capacity and hard limits. */
function bruteForce(input: MatchingInput, applyTargets: boolean): { feasible: boolean; best: number } {
  const scores = pairScores(input);
  const fixed = fixedMentorOf(input);
  const remaining = new Map(input.mentors.map((mentor) => [mentor.id, mentor.capacity]));
  for (const mentorId of fixed.values()) remaining.set(mentorId, remaining.get(mentorId)! - 1);
  const open = input.mentees.filter((mentee) => !fixed.has(mentee.id));
  const options = open.map((mentee) => input.mentors.filter((mentor) => isEligible(input, mentor, mentee)));
  const assignment = new Map(fixed);
  let best = -1;
  const visit = (index: number, score: number): void => {
    if (index === open.length) {
      if (score > best && (!applyTargets || meetsTargets(input, assignment))) best = score;
      return;
    }
    visit(index + 1, score);
    const mentee = open[index];
    for (const mentor of options[index]) {
      if (remaining.get(mentor.id)! <= 0) continue;
      remaining.set(mentor.id, remaining.get(mentor.id)! - 1);
      assignment.set(mentee.id, mentor.id);
      visit(index + 1, score + scores.get(`${mentor.id} ${mentee.id}`)!);
      assignment.delete(mentee.id);
      remaining.set(mentor.id, remaining.get(mentor.id)! + 1);
    }
  };
  visit(0, 0);
  return { feasible: best >= 0, best };
}

function expectNoHardLimitBroken(input: MatchingInput, result: MatchingResult): void {
  const mentors = new Map(input.mentors.map((mentor) => [mentor.id, mentor]));
  const mentees = new Map(input.mentees.map((mentee) => [mentee.id, mentee]));
  const fixed = fixedMentorOf(input);
  const newPerMentor = new Map<string, number>();
  const seen = new Set<string>();
  const scores = pairScores(input);
  for (const match of result.matches) {
    const mentor = mentors.get(match.mentorId)!;
    const mentee = mentees.get(match.menteeId)!;
    expect(isEligible(input, mentor, mentee)).toBe(true);
    expect(fixed.has(mentee.id)).toBe(false);
    expect(seen.has(mentee.id)).toBe(false);
    seen.add(mentee.id);
    newPerMentor.set(mentor.id, (newPerMentor.get(mentor.id) ?? 0) + 1);
    expect(match.score).toBe(match.breakdown.reduce((sum, line) => sum + line.points, 0));
    expect(match.score).toBe(scores.get(`${mentor.id} ${mentee.id}`));
    expect(match.score).toBeGreaterThan(0);
  }
  for (const [mentorId, count] of newPerMentor) {
    const fixedCount = [...fixed.values()].filter((id) => id === mentorId).length;
    expect(count).toBeLessThanOrEqual(Math.max(0, mentors.get(mentorId)!.capacity - fixedCount));
  }
  expect(result.totalScore).toBe(result.matches.reduce((sum, match) => sum + match.score, 0));
  const expectedUnmatched = input.mentees.filter((mentee) => !fixed.has(mentee.id) && !seen.has(mentee.id)).map((mentee) => mentee.id);
  expect([...result.unmatchedMenteeIds].sort()).toEqual(expectedUnmatched.sort());
}

function mentorOfMenteeIn(input: MatchingInput, result: MatchingResult): Map<string, string> {
  const assignment = fixedMentorOf(input);
  for (const match of result.matches) assignment.set(match.menteeId, match.mentorId);
  return assignment;
}

/**
 * Checks the solver's proof of optimality against the test's own eligibility: duals that cover every
 * eligible pair's score and add up to the total score show that no assignment scores more.
 */
function expectOptimalityCertificate(input: MatchingInput): void {
  const round = prepareRound(input);
  const solution = solveMaxScoreAssignment(buildCandidateArcs(round), round.openCapacity);
  const scores = pairScores(input);
  let dualObjective = 0;
  round.mentees.forEach((mentee, menteeIndex) => {
    const menteeDual = solution.menteeDual[menteeIndex];
    expect(menteeDual).toBeGreaterThanOrEqual(0);
    if (round.fixedMentorOfMentee[menteeIndex] >= 0) return;
    dualObjective += menteeDual;
    round.mentors.forEach((mentor, mentorIndex) => {
      if (round.openCapacity[mentorIndex] === 0 || !isEligible(input, mentor, mentee)) return;
      expect(menteeDual + solution.mentorDual[mentorIndex]).toBeGreaterThanOrEqual(scores.get(`${mentor.id} ${mentee.id}`)!);
    });
  });
  round.mentors.forEach((_, mentorIndex) => {
    expect(solution.mentorDual[mentorIndex]).toBeGreaterThanOrEqual(0);
    dualObjective += round.openCapacity[mentorIndex] * solution.mentorDual[mentorIndex];
  });
  expect(dualObjective).toBe(solution.totalScore);
}

function shuffle<T>(items: readonly T[], seed: number): T[] {
  const shuffled = [...items];
  let state = seed >>> 0 || 1;
  for (let index = shuffled.length - 1; index > 0; index -= 1) {
    state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
    const other = state % (index + 1);
    [shuffled[index], shuffled[other]] = [shuffled[other], shuffled[index]];
  }
  return shuffled;
}

/** Starts from as little as possible, so that pricing, the bound and the widening loop do all the work. */
const PRUNING_DOES_ALL_THE_WORK = { initialArcsPerMentee: 1, incumbentFromRelaxation: false, firstReducedCostAllowance: 0 };
const PROPERTY_TIMEOUT_MS = 120_000;

describe('matchMentors on random small rounds (property tests)', () => {
  it('scores exactly the brute-force optimum, breaks no hard limit, and ignores the order of its lists', async () => {
    await fc.assert(
      fc.asyncProperty(roundArbitrary(SMALL_ROUND), fc.integer(), async (input, seed) => {
        const result = await matchMentors(input);
        expect(result.totalScore).toBe(bruteForce(input, false).best);
        expectNoHardLimitBroken(input, result);
        expectOptimalityCertificate(input);
        const shuffled: MatchingInput = {
          ...input,
          mentors: shuffle(input.mentors, seed),
          mentees: shuffle(input.mentees, seed + 1),
          declinedPairs: shuffle(input.declinedPairs ?? [], seed + 2),
          fixedMatches: shuffle(input.fixedMatches ?? [], seed + 3),
        };
        expect(await matchMentors(shuffled)).toEqual(result);
      }),
      { numRuns: 400 },
    );
  }, PROPERTY_TIMEOUT_MS);

  it('meets the round targets at the best score that meets them, or reports that none can', async () => {
    await fc.assert(
      fc.asyncProperty(roundArbitrary(SMALL_ROUND), targetsArbitrary, async (round, targets) => {
        const input = withTargets(round, targets);
        const result = await matchMentors(input);
        expectNoHardLimitBroken(input, result);
        const constrained = bruteForce(input, true);
        const unconstrained = bruteForce(input, false);
        expect(result.targets.totalScoreWithoutTargets).toBe(unconstrained.best);
        if (constrained.feasible) {
          expect(result.targets).toMatchObject({ requested: true, feasible: true, status: 'met' });
          expect(result.totalScore).toBe(constrained.best);
          expect(meetsTargets(input, mentorOfMenteeIn(input, result))).toBe(true);
        } else {
          expect(result.targets).toMatchObject({ requested: true, feasible: false, status: 'infeasible' });
          expect(result.totalScore).toBe(unconstrained.best);
        }
      }),
      { numRuns: 300 },
    );
  }, PROPERTY_TIMEOUT_MS);

  it('stays exact when the target program starts from one pair per mentee and from the empty assignment', async () => {
    await fc.assert(
      fc.asyncProperty(roundArbitrary(SMALL_ROUND), targetsArbitrary, async (round, targets) => {
        const input = withTargets(round, targets);
        const prepared = prepareRound(input);
        const arcs = buildCandidateArcs(prepared);
        const best = solveMaxScoreAssignment(arcs, prepared.openCapacity);
        const decision = await decideTargets(prepared, arcs, best, 60, PRUNING_DOES_ALL_THE_WORK);
        const constrained = bruteForce(input, true);
        if (constrained.feasible) {
          expect(decision.outcome.status).toBe('met');
          expect(decision.assignment.totalScore).toBe(constrained.best);
        } else {
          expect(decision.outcome.status).toBe('infeasible');
        }
      }),
      { numRuns: 200 },
    );
  }, PROPERTY_TIMEOUT_MS);
});

describe('matchMentors on random medium rounds against HiGHS as a reference solver', () => {
  const MEDIUM_ROUND: RoundShape = { maxMentors: 12, maxMentees: 40, capacity: { min: 0, max: 4 }, maxFixed: 5 };

  /** Nearly every pair eligible and too few seats: mentees must keep displacing each other. */
  const crowdedRound: fc.Arbitrary<MatchingInput> = fc
    .record({
      mentorCount: fc.integer({ min: 3, max: 10 }),
      menteeCount: fc.integer({ min: 10, max: 40 }),
      weights: weightsArbitrary,
    })
    .chain(({ mentorCount, menteeCount, weights }) =>
      fc.record({
        mentors: fc.tuple(
          ...Array.from({ length: mentorCount }, (_, index) =>
            fc.tuple(fc.integer({ min: 1, max: 3 }), fc.uniqueArray(fc.record({ skillId: fc.constantFrom(...SKILLS), level: fc.integer({ min: 2, max: 5 }) }), { selector: (skill) => skill.skillId, minLength: 2, maxLength: 4 }), fc.constantFrom('Sales', 'Engineering'))
              .map(([capacity, skillsOffered, department]): MentorCandidate => ({
                id: `mentor-${index}`,
                department,
                site: 'Amsterdam',
                managerChain: [],
                seniorityYears: 10,
                languages: ['en'],
                diversity: {},
                capacity,
                skillsOffered,
              })),
          ),
        ),
        mentees: fc.tuple(
          ...Array.from({ length: menteeCount }, (_, index) =>
            fc.tuple(fc.uniqueArray(fc.record({ skillId: fc.constantFrom(...SKILLS), level: fc.integer({ min: 0, max: 2 }) }), { selector: (skill) => skill.skillId, minLength: 1, maxLength: 3 }), fc.constantFrom('Sales', 'Engineering'))
              .map(([skillsWanted, department]): MenteeCandidate => ({
                id: `mentee-${String(index).padStart(2, '0')}`,
                department,
                site: 'Utrecht',
                managerChain: [],
                seniorityYears: 1,
                languages: ['en'],
                diversity: {},
                skillsWanted,
                preferences: { otherDepartment: true },
              })),
          ),
        ),
        weights: fc.constant(weights),
      }),
    )
    .map(({ mentors, mentees, weights }) => ({ mentors, mentees, criteria: { weights, seniorityGap: { min: 0, max: 20 } } }));

  /**
   * The same problem written as a 0-1 program in CPLEX LP format, independently of the engine; with the
   * round's targets as rows when asked.
   */
  function referenceLp(input: MatchingInput, targetRows: boolean): string {
    const scores = pairScores(withoutTargets(input));
    const fixed = fixedMentorOf(input);
    const mentors = new Map(input.mentors.map((mentor) => [mentor.id, mentor]));
    const pairs: { variable: string; mentor: MentorCandidate; mentee: MenteeCandidate }[] = [];
    input.mentees.forEach((mentee, menteeIndex) => {
      if (fixed.has(mentee.id)) return;
      input.mentors.forEach((mentor, mentorIndex) => {
        if (isEligible(input, mentor, mentee)) pairs.push({ variable: `x_${mentorIndex}_${menteeIndex}`, mentor, mentee });
      });
    });
    if (pairs.length === 0) return '';
    const sum = (selected: typeof pairs, coefficient: (pair: (typeof pairs)[number]) => number = () => 1): string =>
      selected.map((pair) => `${coefficient(pair) >= 0 ? '+' : '-'} ${Math.abs(coefficient(pair))} ${pair.variable}`).join(' ');
    const rows: string[] = [];
    for (const mentee of input.mentees) {
      const own = pairs.filter((pair) => pair.mentee === mentee);
      if (own.length > 0) rows.push(`${sum(own)} <= 1`);
    }
    for (const mentor of input.mentors) {
      const own = pairs.filter((pair) => pair.mentor === mentor);
      const open = Math.max(0, mentor.capacity - [...fixed.values()].filter((id) => id === mentor.id).length);
      if (own.length > 0) rows.push(`${sum(own)} <= ${open}`);
    }
    const targets = input.criteria.targets;
    if (targetRows && targets) {
      const fixedCount = fixed.size;
      const isAcross = (mentor: MentorCandidate, mentee: MenteeCandidate): boolean => mentor.department !== mentee.department;
      if (targets.minAcrossDepartmentsShare !== undefined) {
        const share = targets.minAcrossDepartmentsShare;
        const fixedAcross = input.mentees.filter((mentee) => fixed.has(mentee.id) && isAcross(mentors.get(fixed.get(mentee.id)!)!, mentee)).length;
        rows.push(`${sum(pairs, (pair) => (isAcross(pair.mentor, pair.mentee) ? 1 : 0) - share)} >= ${share * fixedCount - fixedAcross}`);
      }
      if (targets.minGroupRateShare !== undefined && targets.groupAttribute !== undefined) {
        const attribute = targets.groupAttribute;
        const share = targets.minGroupRateShare;
        const menteeCount = input.mentees.length;
        for (const value of new Set(input.mentees.map((mentee) => mentee.diversity[attribute]).filter((value) => value))) {
          const group = input.mentees.filter((mentee) => mentee.diversity[attribute] === value);
          if (group.length < (targets.minGroupSize ?? 5)) continue;
          const fixedInGroup = group.filter((mentee) => fixed.has(mentee.id)).length;
          const coefficient = (pair: (typeof pairs)[number]): number =>
            (group.includes(pair.mentee) ? menteeCount : 0) - share * group.length;
          rows.push(`${sum(pairs, coefficient)} >= ${share * group.length * fixedCount - menteeCount * fixedInGroup}`);
        }
      }
    }
    const objective = pairs.map((pair) => `+ ${scores.get(`${pair.mentor.id} ${pair.mentee.id}`)} ${pair.variable}`).join(' ');
    const numberedRows = rows.map((row, index) => ` r${index}: ${row}`);
    return `Maximize\n obj: ${objective}\nSubject To\n${numberedRows.join('\n')}\nBinary\n ${pairs.map((pair) => pair.variable).join(' ')}\nEnd\n`;
  }

  const REFERENCE_OPTIONS = { output_flag: false, mip_rel_gap: 0, mip_abs_gap: 0.5 };

  it('scores exactly what the reference 0-1 program proves optimal, breaking no hard limit', async () => {
    const highs = await loadHighs();
    await fc.assert(
      fc.asyncProperty(fc.oneof(roundArbitrary(MEDIUM_ROUND), crowdedRound), async (input) => {
        const result = await matchMentors(input);
        expectNoHardLimitBroken(input, result);
        expectOptimalityCertificate(input);
        const lp = referenceLp(input, false);
        if (lp === '') {
          expect(result.totalScore).toBe(0);
          return;
        }
        const reference = highs.solve(lp, REFERENCE_OPTIONS);
        expect(reference.Status).toBe('Optimal');
        expect(result.totalScore).toBe(Math.round(reference.ObjectiveValue));
      }),
      { numRuns: 200 },
    );
  }, PROPERTY_TIMEOUT_MS);

  it('meets targets at the optimum of the reference 0-1 program with target rows, by either incumbent', async () => {
    const highs = await loadHighs();
    await fc.assert(
      fc.asyncProperty(fc.oneof(roundArbitrary(MEDIUM_ROUND), crowdedRound), targetsArbitrary, async (round, targets) => {
        const input = withTargets(round, targets);
        const lp = referenceLp(input, true);
        const reference = lp === '' ? undefined : highs.solve(lp, REFERENCE_OPTIONS);
        const prepared = prepareRound(input);
        const arcs = buildCandidateArcs(prepared);
        const best = solveMaxScoreAssignment(arcs, prepared.openCapacity);
        for (const tuning of [undefined, PRUNING_DOES_ALL_THE_WORK]) {
          const decision = await decideTargets(prepared, arcs, best, 60, tuning);
          if (reference === undefined) {
            expect(decision.assignment.totalScore).toBe(0);
          } else if (reference.Status === 'Infeasible') {
            expect(decision.outcome.status).toBe('infeasible');
          } else {
            expect(reference.Status).toBe('Optimal');
            expect(decision.outcome.status).toBe('met');
            expect(decision.assignment.totalScore).toBe(Math.round(reference.ObjectiveValue));
          }
        }
      }),
      { numRuns: 150 },
    );
  }, PROPERTY_TIMEOUT_MS);
});

/** A round with some pins an admin could make (eligible pairs, one per free mentee, within capacity) and some exclusions. */
const roundWithPinsAndExclusions: fc.Arbitrary<MatchingInput> = roundArbitrary(SMALL_ROUND).chain((input) => {
  const fixed = fixedMentorOf(input);
  const eligible = input.mentors.flatMap((mentor) =>
    input.mentees
      .filter((mentee) => !fixed.has(mentee.id) && isEligible(input, mentor, mentee))
      .map((mentee): MentorMenteePair => [mentor.id, mentee.id]),
  );
  const allPairs = input.mentors.flatMap((mentor) => input.mentees.map((mentee): MentorMenteePair => [mentor.id, mentee.id]));
  return fc
    .record({
      pins: fc.subarray(eligible, { maxLength: Math.min(3, eligible.length) }),
      exclusions: fc.subarray(allPairs, { maxLength: Math.min(4, allPairs.length) }),
    })
    .map(({ pins, exclusions }) => {
      const held = new Map<string, number>();
      for (const mentorId of fixed.values()) held.set(mentorId, (held.get(mentorId) ?? 0) + 1);
      const pinnedMentees = new Set<string>();
      const pinnedPairs = pins.filter(([mentorId, menteeId]) => {
        const capacity = input.mentors.find((mentor) => mentor.id === mentorId)!.capacity;
        if (pinnedMentees.has(menteeId) || (held.get(mentorId) ?? 0) >= capacity) return false;
        pinnedMentees.add(menteeId);
        held.set(mentorId, (held.get(mentorId) ?? 0) + 1);
        return true;
      });
      const pinKeys = new Set(pinnedPairs.map(([mentorId, menteeId]) => `${mentorId} ${menteeId}`));
      const excludedPairs = exclusions.filter(([mentorId, menteeId]) => !pinKeys.has(`${mentorId} ${menteeId}`));
      return { ...input, pinnedPairs, excludedPairs };
    });
});

/** What the engine must do with pins and exclusions, said in the terms the brute force already knows. */
function asFixedAndDeclined(input: MatchingInput): MatchingInput {
  return {
    ...input,
    fixedMatches: [...(input.fixedMatches ?? []), ...(input.pinnedPairs ?? [])],
    declinedPairs: [...(input.declinedPairs ?? []), ...(input.excludedPairs ?? [])],
    pinnedPairs: [],
    excludedPairs: [],
  };
}

describe('matchMentors with pinned and excluded pairs (property tests)', () => {
  it('keeps every pin, never proposes an excluded pair, and re-optimises the rest exactly', async () => {
    await fc.assert(
      fc.asyncProperty(roundWithPinsAndExclusions, async (input) => {
        const result = await matchMentors(input);
        const pinKeys = new Set((input.pinnedPairs ?? []).map(([mentorId, menteeId]) => `${mentorId} ${menteeId}`));
        const pinned = result.matches.filter((match) => pinKeys.has(`${match.mentorId} ${match.menteeId}`));
        const others = result.matches.filter((match) => !pinKeys.has(`${match.mentorId} ${match.menteeId}`));
        expect(pinned).toHaveLength(pinKeys.size);
        const scores = pairScores(input);
        for (const match of pinned) expect(match.score).toBe(scores.get(`${match.mentorId} ${match.menteeId}`));
        const excluded = new Set((input.excludedPairs ?? []).map(([mentorId, menteeId]) => `${mentorId} ${menteeId}`));
        for (const match of result.matches) expect(excluded.has(`${match.mentorId} ${match.menteeId}`)).toBe(false);
        const reference = asFixedAndDeclined(input);
        const rest = { ...result, matches: others, totalScore: others.reduce((sum, match) => sum + match.score, 0) };
        expectNoHardLimitBroken(reference, rest);
        expect(rest.totalScore).toBe(bruteForce(reference, false).best);
        expect(result.totalScore).toBe(result.matches.reduce((sum, match) => sum + match.score, 0));
      }),
      { numRuns: 300 },
    );
  }, PROPERTY_TIMEOUT_MS);

  it('gives the same matches again when its own proposals are pinned (a re-run with nothing changed)', async () => {
    await fc.assert(
      fc.asyncProperty(roundWithPinsAndExclusions, async (input) => {
        const first = await matchMentors(input);
        const again = await matchMentors({ ...input, pinnedPairs: first.matches.map((match) => [match.mentorId, match.menteeId] as const) });
        expect(again.matches).toEqual(first.matches);
        expect(again.unmatchedMenteeIds).toEqual(first.unmatchedMenteeIds);
      }),
      { numRuns: 200 },
    );
  }, PROPERTY_TIMEOUT_MS);

  it('says for every unmatched mentee a reason that holds', async () => {
    await fc.assert(
      fc.asyncProperty(roundWithPinsAndExclusions, async (input) => {
        const result = await matchMentors(input);
        expect(result.unmatched.map((entry) => entry.menteeId)).toEqual(result.unmatchedMenteeIds);
        const reference = asFixedAndDeclined(input);
        const load = new Map<string, number>();
        for (const [mentorId] of reference.fixedMatches ?? []) load.set(mentorId, (load.get(mentorId) ?? 0) + 1);
        for (const match of result.matches) if (!(input.pinnedPairs ?? []).some(([m, e]) => m === match.mentorId && e === match.menteeId)) {
          load.set(match.mentorId, (load.get(match.mentorId) ?? 0) + 1);
        }
        for (const { menteeId, reason } of result.unmatched) {
          const mentee = input.mentees.find((candidate) => candidate.id === menteeId)!;
          const withSkill = input.mentors.filter((mentor) =>
            mentee.skillsWanted.some((wanted) => mentor.skillsOffered.some((offered) => offered.skillId === wanted.skillId && offered.level > wanted.level)),
          );
          const eligible = input.mentors.filter((mentor) => isEligible(reference, mentor, mentee));
          if (reason === 'no-mentor-with-skill') expect(withSkill).toEqual([]);
          else expect(withSkill.length).toBeGreaterThan(0);
          if (reason === 'no-shared-language' || reason === 'hard-limit') expect(eligible).toEqual([]);
          if (reason === 'capacity-full') {
            expect(eligible.length).toBeGreaterThan(0);
            for (const mentor of eligible) expect(load.get(mentor.id) ?? 0).toBeGreaterThanOrEqual(mentor.capacity);
          }
          // Without targets the solver never leaves a mentee out while an eligible mentor has room.
          expect(reason).not.toBe('round-targets');
        }
      }),
      { numRuns: 300 },
    );
  }, PROPERTY_TIMEOUT_MS);
});
