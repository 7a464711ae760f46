// Mentor matching at company scale: 5,000 mentees and 1,000 mentors with capacity 5. Prints time, memory
// and total score of the optimal engine beside a greedy best-pair-first baseline, then with round targets.
// Run: node scripts/build.mjs && node --input-type=module -e \
//   "import('./dist/bench/mentoring-matching.bench.js').then((bench) => bench.runMentoringMatchingBench(console.log))"
import {
  buildCandidateArcs,
  DEFAULT_CRITERION_WEIGHTS,
  matchMentors,
  prepareRound,
  solveGreedyAssignment,
  solveMaxScoreAssignment,
  validateMatchingInput,
} from '@kennis/mentoring';
import type {
  MatchingInput,
  MatchingResult,
  MenteeCandidate,
  MentorCandidate,
  RoundCriteria,
  RoundTargets,
  SkillLevel,
} from '@kennis/mentoring';

const SEED = 20_240_601;
const MENTEE_COUNT = 5_000;
const MENTOR_COUNT = 1_000;
const MENTOR_CAPACITY = 5;
const SKILL_COUNT = 40;
const DEPARTMENTS = ['Engineering', 'Sales', 'Finance', 'Operations', 'People'];
const SITES = ['Amsterdam', 'Utrecht', 'Eindhoven', 'Rotterdam'];
/** A department's own skills: most of what its people want and offer comes from these. */
const SKILLS_PER_DEPARTMENT = SKILL_COUNT / DEPARTMENTS.length;
const HOME_SKILL_SHARE = 0.7;

export const BENCH_TARGETS: RoundTargets = {
  groupAttribute: 'ageBand',
  minGroupRateShare: 0.97,
  minAcrossDepartmentsShare: 0.75,
};

/** Fewer seats than mentees, so match rates differ between groups and a strict group target binds. */
const SCARCE_SEATS_CAPACITY = 4;
export const SCARCE_SEATS_TARGETS: RoundTargets = { groupAttribute: 'ageBand', minGroupRateShare: 1 };

export async function runMentoringMatchingBench(print: (line: string) => void): Promise<void> {
  const startedGenerating = performance.now();
  const input = generateRound(SEED, MENTOR_CAPACITY);
  print(
    `mentoring matching: ${MENTEE_COUNT} mentees, ${MENTOR_COUNT} mentors x capacity ${MENTOR_CAPACITY}, ` +
      `${SKILL_COUNT} skills, ${DEPARTMENTS.length} departments, ${SITES.length} sites, seed ${SEED} ` +
      `(generated in ${milliseconds(startedGenerating)})`,
  );
  print(`node ${process.version}; memory: rss/heap read after each run, peak = the process's maxRSS so far`);

  const optimal = await measure(() => matchMentors(input));
  print(`candidate pairs after hard limits: ${optimal.value.candidatePairCount}`);
  print(`optimal (min-cost flow), cold: ${describeRun(optimal, optimal.value)}`);
  const optimalWarm = await measure(() => matchMentors(input));
  print(`optimal (min-cost flow), warm: ${describeRun(optimalWarm, optimalWarm.value)}`);
  print(`  ${checkOptimalityCertificate(input)}`);

  const greedy = await measure(async () => runGreedy(input));
  const gap = optimal.value.totalScore - greedy.value.totalScore;
  print(
    `greedy (best pair first):       ${describeScore(greedy.value.totalScore, greedy.value.matched)}, ` +
      `${gap} points (${((100 * gap) / optimal.value.totalScore).toFixed(2)}%) below optimal, ${describeCost(greedy)}`,
  );

  await runWithTargets(print, input, BENCH_TARGETS);

  const scarce = generateRound(SEED, SCARCE_SEATS_CAPACITY);
  print(`scarce seats: the same people, mentor capacity ${SCARCE_SEATS_CAPACITY} (${MENTOR_COUNT * SCARCE_SEATS_CAPACITY} seats)`);
  const scarceOptimal = await measure(() => matchMentors(scarce));
  print(`optimal (min-cost flow): ${describeRun(scarceOptimal, scarceOptimal.value)}`);
  await runWithTargets(print, scarce, SCARCE_SEATS_TARGETS);
}

async function runWithTargets(print: (line: string) => void, input: MatchingInput, targets: RoundTargets): Promise<void> {
  const parts = [
    targets.minGroupRateShare === undefined ? undefined : `each ${targets.groupAttribute} group's match rate >= ${targets.minGroupRateShare} x overall`,
    targets.minAcrossDepartmentsShare === undefined ? undefined : `>= ${targets.minAcrossDepartmentsShare} of pairs across departments`,
  ];
  print(`targets: ${parts.filter((part) => part !== undefined).join(', ')}`);
  const targetInput: MatchingInput = { ...input, criteria: { ...input.criteria, targets } };
  const targeted = await measure(() => matchMentors(targetInput));
  print(`optimal with targets (flow, then HiGHS if the flow's optimum misses them): ${describeRun(targeted, targeted.value)}`);
  print(`  status ${targeted.value.targets.status}; ${targeted.value.targets.report}`);
}

/** Re-derives the flow's LP duals and checks that they prove the total score optimal over all candidate pairs. */
function checkOptimalityCertificate(input: MatchingInput): string {
  const round = prepareRound(input);
  const arcs = buildCandidateArcs(round);
  const solution = solveMaxScoreAssignment(arcs, round.openCapacity);
  let violations = 0;
  for (let mentee = 0; mentee < arcs.menteeCount; mentee += 1) {
    for (let arc = arcs.arcStart[mentee]; arc < arcs.arcStart[mentee + 1]; arc += 1) {
      if (solution.menteeDual[mentee] + solution.mentorDual[arcs.arcMentor[arc]] < arcs.arcScore[arc]) violations += 1;
    }
  }
  const negative = [...solution.menteeDual, ...solution.mentorDual].filter((dual) => dual < 0).length;
  let dualObjective = solution.menteeDual.reduce((sum, dual) => sum + dual, 0);
  round.openCapacity.forEach((capacity, mentor) => (dualObjective += capacity * solution.mentorDual[mentor]));
  const proven = violations === 0 && negative === 0 && dualObjective === solution.totalScore;
  return (
    `optimality certificate (LP duals): ${proven ? 'valid' : 'INVALID'}; dual objective ${dualObjective} vs total ` +
    `${solution.totalScore}, ${violations} of ${arcs.arcMentor.length} pair constraints violated, ${negative} negative duals`
  );
}

interface Measured<T> {
  value: T;
  milliseconds: number;
  rssMiB: number;
  heapMiB: number;
  peakRssMiB: number;
}

async function measure<T>(run: () => Promise<T>): Promise<Measured<T>> {
  const started = performance.now();
  const value = await run();
  const elapsed = performance.now() - started;
  const memory = process.memoryUsage();
  return {
    value,
    milliseconds: elapsed,
    rssMiB: memory.rss / 2 ** 20,
    heapMiB: memory.heapUsed / 2 ** 20,
    peakRssMiB: process.resourceUsage().maxRSS / 1024,
  };
}

function describeRun(measured: Measured<unknown>, result: MatchingResult): string {
  return `${describeScore(result.totalScore, result.matches.length)}, ${describeCost(measured)}`;
}

function describeScore(totalScore: number, matched: number): string {
  return `total score ${totalScore}, ${matched}/${MENTEE_COUNT} matched`;
}

function describeCost(measured: Measured<unknown>): string {
  return (
    `${measured.milliseconds.toFixed(0)} ms, rss ${measured.rssMiB.toFixed(0)} MiB, ` +
    `heap ${measured.heapMiB.toFixed(0)} MiB, peak rss ${measured.peakRssMiB.toFixed(0)} MiB`
  );
}

function runGreedy(input: MatchingInput): { totalScore: number; matched: number } {
  validateMatchingInput(input);
  const round = prepareRound(input);
  const assignment = solveGreedyAssignment(buildCandidateArcs(round), round.openCapacity);
  return { totalScore: assignment.totalScore, matched: assignment.mentorOfMentee.filter((mentor) => mentor >= 0).length };
}

function milliseconds(started: number): string {
  return `${(performance.now() - started).toFixed(0)} ms`;
}

/** Mulberry32: small, fast and the same on every machine. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export function generateRound(seed: number, mentorCapacity: number): MatchingInput {
  const random = seededRandom(seed);
  const integer = (min: number, max: number): number => min + Math.floor(random() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const weighted = <T>(choices: readonly (readonly [T, number])[]): T => {
    let roll = random();
    for (const [choice, weight] of choices) {
      roll -= weight;
      if (roll < 0) return choice;
    }
    return choices[choices.length - 1][0];
  };

  const peopleCount = MENTEE_COUNT + MENTOR_COUNT;
  const mentorSlots = new Set<number>();
  while (mentorSlots.size < MENTOR_COUNT) mentorSlots.add(integer(0, peopleCount - 1));

  // Each department is a tree: a person's manager is someone who joined the department earlier.
  const departmentOf: number[] = [];
  const managerOf: (number | undefined)[] = [];
  const membersByDepartment: number[][] = DEPARTMENTS.map(() => []);
  for (let person = 0; person < peopleCount; person += 1) {
    const department = integer(0, DEPARTMENTS.length - 1);
    const members = membersByDepartment[department];
    departmentOf.push(department);
    managerOf.push(members.length < 3 ? undefined : members[Math.floor(random() * Math.min(members.length, 1 + members.length / 4))]);
    members.push(person);
  }
  const idOf = (person: number): string => `person-${String(person).padStart(5, '0')}`;
  const managerChain = (person: number): string[] => {
    const chain: string[] = [];
    for (let manager = managerOf[person]; manager !== undefined; manager = managerOf[manager]) chain.push(idOf(manager));
    return chain;
  };
  const skillFor = (department: number): string => {
    const skill =
      random() < HOME_SKILL_SHARE ? department * SKILLS_PER_DEPARTMENT + integer(0, SKILLS_PER_DEPARTMENT - 1) : integer(0, SKILL_COUNT - 1);
    return `skill-${String(skill).padStart(2, '0')}`;
  };
  const distinctSkills = (department: number, count: number, level: () => number): SkillLevel[] => {
    const skills = new Map<string, number>();
    while (skills.size < count) skills.set(skillFor(department), level());
    return [...skills].map(([skillId, skillLevel]) => ({ skillId, level: skillLevel }));
  };

  const mentors: MentorCandidate[] = [];
  const mentees: MenteeCandidate[] = [];
  for (let person = 0; person < peopleCount; person += 1) {
    const department = departmentOf[person];
    const isMentor = mentorSlots.has(person);
    const base = {
      id: idOf(person),
      department: DEPARTMENTS[department],
      site: pick(SITES),
      managerChain: managerChain(person),
      seniorityYears: isMentor ? integer(3, 30) : integer(0, 20),
      languages: weighted<string[]>([
        [['nl', 'en'], 0.55],
        [['nl'], 0.3],
        [['en'], 0.15],
      ]),
      diversity: {
        gender: weighted<string | undefined>([
          ['woman', 0.46],
          ['man', 0.46],
          ['non-binary', 0.02],
          [undefined, 0.06],
        ]),
        ageBand: weighted<string | undefined>([
          ['under-30', 0.25],
          ['30-39', 0.3],
          ['40-49', 0.25],
          ['50-plus', 0.12],
          [undefined, 0.08],
        ]),
        background: random() < 0.25 ? undefined : `background-${integer(1, 5)}`,
      },
    };
    if (isMentor) {
      mentors.push({ ...base, capacity: mentorCapacity, skillsOffered: distinctSkills(department, integer(2, 5), () => integer(2, 5)) });
    } else {
      mentees.push({
        ...base,
        skillsWanted: distinctSkills(department, integer(1, 3), () => integer(0, 3)),
        preferences: {
          otherDepartment: random() < 0.2 || undefined,
          otherSite: random() < 0.1 || undefined,
          sameGender: random() < 0.15 || undefined,
        },
      });
    }
  }
  const criteria: RoundCriteria = { weights: DEFAULT_CRITERION_WEIGHTS, seniorityGap: { min: 3, max: 15 } };
  const skillNames = Object.fromEntries(
    Array.from({ length: SKILL_COUNT }, (_, skill) => [`skill-${String(skill).padStart(2, '0')}`, `Skill ${skill}`]),
  );
  return { mentors, mentees, criteria, declinedPairs: [], fixedMatches: [], skillNames };
}
