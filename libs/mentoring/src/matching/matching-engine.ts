import { buildCandidateArcs, type CandidateArcs } from './candidate-arcs';
import { validateMatchingInput } from './matching-input.validation';
import type { CriterionWeights, MatchingInput, MatchingResult, ProposedMatch, RoundCriteria } from './matching.types';
import { type Assignment, solveMaxScoreAssignment } from './max-score-assignment';
import { explainPair } from './pair-scoring';
import { pinnedProposals, withPinsAndExclusions } from './pinned-pairs';
import { prepareRound, type PreparedRound } from './prepared-round';
import { decideTargets } from './round-targets';
import { explainUnmatched } from './unmatched-reasons';

/** Skill fit outweighs all the other criteria together, as the product asks: skill fit first. */
export const DEFAULT_CRITERION_WEIGHTS: CriterionWeights = {
  skillFit: 12,
  acrossDepartments: 2,
  acrossSites: 1,
  seniorityGap: 2,
  differentBackground: 2,
  menteePreferences: 3,
};

export const DEFAULT_ROUND_CRITERIA: RoundCriteria = {
  weights: DEFAULT_CRITERION_WEIGHTS,
  seniorityGap: { min: 2, max: 15 },
};

export interface MatchingOptions {
  /** How long the integer program for round targets may run before the engine gives up on them. */
  readonly targetTimeLimitSeconds?: number;
}

/**
 * Proposes mentor-mentee matches for a whole round: the assignment of maximum total score within every
 * hard limit (and the round targets, when set and reachable), with a readable breakdown per match.
 * The same round gives the same matches, whatever the order of its lists.
 * Throws BadUserInputError (from @kennis/errors) naming the field to fix when the input is invalid.
 */
export async function matchMentors(input: MatchingInput, options: MatchingOptions = {}): Promise<MatchingResult> {
  validateMatchingInput(input);
  const round = prepareRound(withPinsAndExclusions(input));
  const pinned = pinnedProposals(round, input);
  const arcs = buildCandidateArcs(round);
  const best = solveMaxScoreAssignment(arcs, round.openCapacity);
  const decision = await decideTargets(round, arcs, best, options.targetTimeLimitSeconds);
  return describeResult(round, arcs, decision.assignment, decision.outcome, pinned);
}

function describeResult(
  round: PreparedRound,
  arcs: CandidateArcs,
  assignment: Assignment,
  targets: MatchingResult['targets'],
  pinned: readonly ProposedMatch[],
): MatchingResult {
  const matches: ProposedMatch[] = [];
  const unmatchedMenteeIds: string[] = [];
  const pinnedByMentee = new Map(pinned.map((match) => [match.menteeId, match]));
  round.mentees.forEach((mentee, menteeIndex) => {
    const pin = pinnedByMentee.get(mentee.id);
    if (pin) matches.push(pin);
    if (round.fixedMentorOfMentee[menteeIndex] >= 0) return;
    const mentorIndex = assignment.mentorOfMentee[menteeIndex];
    if (mentorIndex < 0) {
      unmatchedMenteeIds.push(mentee.id);
      return;
    }
    const { score, breakdown } = explainPair(round, mentorIndex, menteeIndex);
    if (score !== arcs.arcScore[assignment.arcOfMentee[menteeIndex]]) {
      throw new Error(`Matching engine bug: the breakdown of ${mentee.id} does not add up to the score it was matched on.`);
    }
    matches.push({ mentorId: round.mentors[mentorIndex].id, menteeId: mentee.id, score, breakdown });
  });
  return {
    matches,
    totalScore: assignment.totalScore + pinned.reduce((sum, match) => sum + match.score, 0),
    unmatchedMenteeIds,
    unmatched: explainUnmatched(round, assignment, unmatchedMenteeIds),
    candidatePairCount: arcs.arcMentor.length,
    targets,
  };
}
