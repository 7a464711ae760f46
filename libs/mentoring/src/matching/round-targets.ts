import type { CandidateArcs } from './candidate-arcs';
import type { TargetOutcome } from './matching.types';
import type { Assignment } from './max-score-assignment';
import { solveTargetProgram, type TargetProgramResult, type TargetProgramTuning } from './target-program';
import { compareIds, declaredValue, type PreparedRound } from './prepared-round';

export const DEFAULT_MIN_GROUP_SIZE = 5;
export const DEFAULT_TARGET_TIME_LIMIT_SECONDS = 120;

/** Shares are compared with this relative slack, so a target met exactly is not failed by rounding. */
const SHARE_TOLERANCE = 1e-9;

export interface TargetDecision {
  readonly assignment: Assignment;
  readonly outcome: TargetOutcome;
}

interface TargetPlan {
  readonly groupAttribute?: string;
  readonly minGroupRateShare?: number;
  readonly minGroupSize: number;
  /** Mentee indices of each group big enough to constrain, in a fixed order. */
  readonly groups: readonly Int32Array[];
  readonly groupOfMentee: Int32Array;
  readonly smallGroupCount: number;
  readonly minAcrossDepartmentsShare?: number;
}

interface TargetMeasurement {
  readonly menteeCount: number;
  readonly matchedCount: number;
  readonly acrossCount: number;
  readonly groupMatched: readonly number[];
  readonly lowestGroup: number;
  readonly groupTargetMet: boolean;
  readonly acrossTargetMet: boolean;
}

/**
 * Applies the round targets to the best assignment. Targets only remove assignments, so when the best one
 * already meets them it is also the best one that does; otherwise an integer program finds the best
 * assignment that meets them, or proves there is none.
 */
export async function decideTargets(
  round: PreparedRound,
  arcs: CandidateArcs,
  best: Assignment,
  timeLimitSeconds = DEFAULT_TARGET_TIME_LIMIT_SECONDS,
  tuning?: TargetProgramTuning,
): Promise<TargetDecision> {
  const plan = planTargets(round);
  const withoutTargets = best.totalScore;
  if (plan === undefined) {
    const outcome: TargetOutcome = {
      requested: false,
      feasible: true,
      status: 'not-requested',
      report: 'The round sets no targets.',
      totalScoreWithoutTargets: withoutTargets,
    };
    return { assignment: best, outcome };
  }
  const bestMeasurement = measureTargets(round, plan, best.mentorOfMentee);
  if (bestMeasurement.groupTargetMet && bestMeasurement.acrossTargetMet) {
    const report = `Targets met by the best assignment, at no cost in score. ${describeMeasurement(plan, bestMeasurement)}`;
    return { assignment: best, outcome: met(report, withoutTargets) };
  }

  const solved = await solveTargets(round, arcs, plan, best, timeLimitSeconds, tuning, {
    group: plan.minGroupRateShare !== undefined,
    across: plan.minAcrossDepartmentsShare !== undefined,
  });
  if (solved.status === 'optimal') {
    const measurement = measureTargets(round, plan, solved.assignment.mentorOfMentee);
    if (measurement.groupTargetMet && measurement.acrossTargetMet) {
      // No point totals in the text: in a small round they would tell single pairs' hidden points (the run's targetCost says how much).
      const report = `Targets met, at a cost in score. ${describeMeasurement(plan, measurement)}`;
      return { assignment: solved.assignment, outcome: met(report, withoutTargets) };
    }
    return unreached(best, withoutTargets, plan, bestMeasurement, 'unsolved', 'the solver returned an assignment that misses the targets by a rounding margin.');
  }
  if (solved.status === 'unsolved') {
    return unreached(best, withoutTargets, plan, bestMeasurement, 'unsolved', solved.reason);
  }
  const culprits = await findInfeasibleTargets(round, arcs, plan, best, timeLimitSeconds, tuning);
  const reason = `No assignment within the hard limits and the accepted matches that stay reaches ${culprits}.`;
  return unreached(best, withoutTargets, plan, bestMeasurement, 'infeasible', reason);
}

function met(report: string, totalScoreWithoutTargets: number): TargetOutcome {
  return { requested: true, feasible: true, status: 'met', report, totalScoreWithoutTargets };
}

function unreached(
  best: Assignment,
  withoutTargets: number,
  plan: TargetPlan,
  bestMeasurement: TargetMeasurement,
  status: 'infeasible' | 'unsolved',
  reason: string,
): TargetDecision {
  const report = `Targets not met: ${reason} Proposed instead: the best assignment without targets. ${describeMeasurement(plan, bestMeasurement)}`;
  return {
    assignment: best,
    outcome: { requested: true, feasible: false, status, report, totalScoreWithoutTargets: withoutTargets },
  };
}

/** With both targets set, names the one(s) that cannot be met, each tried alone. */
async function findInfeasibleTargets(
  round: PreparedRound,
  arcs: CandidateArcs,
  plan: TargetPlan,
  best: Assignment,
  timeLimitSeconds: number,
  tuning: TargetProgramTuning | undefined,
): Promise<string> {
  const groupText = describeGroupTarget(plan);
  const acrossText = `${formatPercent(plan.minAcrossDepartmentsShare ?? 0)} of pairs across departments`;
  if (plan.minGroupRateShare === undefined) return acrossText;
  if (plan.minAcrossDepartmentsShare === undefined) return groupText;
  const groupAlone = await solveTargets(round, arcs, plan, best, timeLimitSeconds, tuning, { group: true, across: false });
  const acrossAlone = await solveTargets(round, arcs, plan, best, timeLimitSeconds, tuning, { group: false, across: true });
  if (groupAlone.status === 'infeasible' && acrossAlone.status !== 'infeasible') return groupText;
  if (acrossAlone.status === 'infeasible' && groupAlone.status !== 'infeasible') return acrossText;
  if (groupAlone.status === 'infeasible') return `either target: not ${groupText}, not ${acrossText}`;
  return `both targets together (${groupText}; ${acrossText}), though each alone can be met`;
}

function planTargets(round: PreparedRound): TargetPlan | undefined {
  const targets = round.criteria.targets;
  if (targets?.minGroupRateShare === undefined && targets?.minAcrossDepartmentsShare === undefined) return undefined;
  const minGroupSize = targets.minGroupSize ?? DEFAULT_MIN_GROUP_SIZE;
  const groupOfMentee = new Int32Array(round.mentees.length).fill(-1);
  const groups: Int32Array[] = [];
  let smallGroupCount = 0;
  if (targets.minGroupRateShare !== undefined && targets.groupAttribute !== undefined) {
    const attribute = targets.groupAttribute;
    const membersByValue = new Map<string, number[]>();
    round.mentees.forEach((mentee, index) => {
      const value = declaredValue(mentee.diversity, attribute);
      if (value === undefined) return;
      const members = membersByValue.get(value) ?? [];
      members.push(index);
      membersByValue.set(value, members);
    });
    for (const value of [...membersByValue.keys()].sort(compareIds)) {
      const members = membersByValue.get(value)!;
      if (members.length < minGroupSize) {
        smallGroupCount += 1;
        continue;
      }
      for (const member of members) groupOfMentee[member] = groups.length;
      groups.push(Int32Array.from(members));
    }
  }
  return {
    groupAttribute: targets.groupAttribute,
    minGroupRateShare: targets.minGroupRateShare,
    minGroupSize,
    groups,
    groupOfMentee,
    smallGroupCount,
    minAcrossDepartmentsShare: targets.minAcrossDepartmentsShare,
  };
}

/** Measures the whole round: the fixed matches count as much as the new proposals. */
function measureTargets(round: PreparedRound, plan: TargetPlan, mentorOfMentee: Int32Array): TargetMeasurement {
  const menteeCount = round.mentees.length;
  const groupMatched = plan.groups.map(() => 0);
  let matchedCount = 0;
  let acrossCount = 0;
  for (let mentee = 0; mentee < menteeCount; mentee += 1) {
    const fixedMentor = round.fixedMentorOfMentee[mentee];
    const mentor = fixedMentor >= 0 ? fixedMentor : mentorOfMentee[mentee];
    if (mentor < 0) continue;
    matchedCount += 1;
    if (round.mentorDepartment[mentor] !== round.menteeDepartment[mentee]) acrossCount += 1;
    const group = plan.groupOfMentee[mentee];
    if (group >= 0) groupMatched[group] += 1;
  }
  let lowestGroup = -1;
  let groupTargetMet = true;
  plan.groups.forEach((members, group) => {
    const rate = groupMatched[group] / members.length;
    if (lowestGroup < 0 || rate < groupMatched[lowestGroup] / plan.groups[lowestGroup].length) lowestGroup = group;
    if (plan.minGroupRateShare === undefined) return;
    const required = plan.minGroupRateShare * members.length * matchedCount;
    if (!atLeast(menteeCount * groupMatched[group], required)) groupTargetMet = false;
  });
  const acrossTargetMet =
    plan.minAcrossDepartmentsShare === undefined || atLeast(acrossCount, plan.minAcrossDepartmentsShare * matchedCount);
  return { menteeCount, matchedCount, acrossCount, groupMatched, lowestGroup, groupTargetMet, acrossTargetMet };
}

function atLeast(value: number, required: number): boolean {
  return value >= required - SHARE_TOLERANCE * Math.max(1, Math.abs(required));
}

/** Counts and rates only, and only over groups of at least minGroupSize: never an attribute value. */
function describeMeasurement(plan: TargetPlan, measurement: TargetMeasurement): string {
  const { menteeCount, matchedCount, acrossCount } = measurement;
  const overallRate = menteeCount === 0 ? 0 : matchedCount / menteeCount;
  const parts = [`${matchedCount} of ${menteeCount} mentees matched (${formatPercent(overallRate)}).`];
  if (plan.minGroupRateShare !== undefined) {
    const ignored =
      plan.smallGroupCount > 0
        ? ` ${plan.smallGroupCount} group(s) under ${plan.minGroupSize} mentees are neither constrained nor shown.`
        : '';
    if (plan.groups.length === 0) {
      parts.push(`Group target: no group by ${plan.groupAttribute} has ${plan.minGroupSize} or more mentees.${ignored}`);
    } else {
      const lowest = measurement.lowestGroup;
      const lowestRate = measurement.groupMatched[lowest] / plan.groups[lowest].length;
      parts.push(
        `Group target (${describeGroupTarget(plan)}): lowest rate ${formatPercent(lowestRate)} against at least ${formatPercent(plan.minGroupRateShare * overallRate)} required, over ${plan.groups.length} group(s) by ${plan.groupAttribute}.${ignored}`,
      );
    }
  }
  if (plan.minAcrossDepartmentsShare !== undefined) {
    const share = matchedCount === 0 ? 0 : acrossCount / matchedCount;
    parts.push(
      `Across departments: ${acrossCount} of ${matchedCount} pairs (${formatPercent(share)}) against at least ${formatPercent(plan.minAcrossDepartmentsShare)} required.`,
    );
  }
  return parts.join(' ');
}

function describeGroupTarget(plan: TargetPlan): string {
  return `each group's match rate at least ${formatPercent(plan.minGroupRateShare ?? 0)} of the overall rate`;
}

function formatPercent(share: number): string {
  return `${(share * 100).toFixed(1)}%`;
}

function solveTargets(
  round: PreparedRound,
  arcs: CandidateArcs,
  plan: TargetPlan,
  best: Assignment,
  timeLimitSeconds: number,
  tuning: TargetProgramTuning | undefined,
  include: { group: boolean; across: boolean },
): Promise<TargetProgramResult> {
  const rows = {
    groups: include.group ? plan.groups : [],
    groupOfMentee: plan.groupOfMentee,
    minGroupRateShare: plan.minGroupRateShare ?? 0,
    minAcrossDepartmentsShare: include.across ? plan.minAcrossDepartmentsShare : undefined,
  };
  return solveTargetProgram(round, arcs, rows, best, timeLimitSeconds, tuning);
}
