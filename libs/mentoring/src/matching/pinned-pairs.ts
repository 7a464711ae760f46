import { BadUserInputError } from '@kennis/errors';
import type { MatchingInput, MentorMenteePair, ProposedMatch } from './matching.types';
import { brokenHardLimit, explainPair } from './pair-scoring';
import type { PreparedRound } from './prepared-round';

/**
 * Pins and exclusions in terms the solver already knows: a pinned pair is held like a fixed match (it
 * takes its mentor's capacity and counts towards the targets) and an excluded pair like a declined one.
 * The engine then returns pinned pairs among its proposals, which fixed matches are not.
 */
export function withPinsAndExclusions(input: MatchingInput): MatchingInput {
  const pins = input.pinnedPairs ?? [];
  const exclusions = input.excludedPairs ?? [];
  if (pins.length === 0 && exclusions.length === 0) return input;
  return {
    ...input,
    fixedMatches: [...(input.fixedMatches ?? []), ...pins],
    declinedPairs: [...(input.declinedPairs ?? []), ...exclusions],
  };
}

/**
 * The proposals of the pinned pairs, after checking that each is one the engine could have proposed:
 * no hard limit broken (an exclusion or a decline of the same pair included), a wanted skill fitted,
 * and room in the mentor's capacity beside the fixed matches.
 */
export function pinnedProposals(round: PreparedRound, input: MatchingInput): ProposedMatch[] {
  const pins = input.pinnedPairs ?? [];
  if (pins.length === 0) return [];
  const mentorIndexById = new Map(round.mentors.map((mentor, index) => [mentor.id, index]));
  const menteeIndexById = new Map(round.mentees.map((mentee, index) => [mentee.id, index]));
  const held = new Map<number, number>();
  for (const [mentorId] of [...(input.fixedMatches ?? []), ...pins]) {
    const mentorIndex = mentorIndexById.get(mentorId)!;
    held.set(mentorIndex, (held.get(mentorIndex) ?? 0) + 1);
  }
  return pins.map(([mentorId, menteeId]: MentorMenteePair, index) => {
    const field = `pinnedPairs[${index}]`;
    const mentorIndex = mentorIndexById.get(mentorId)!;
    const menteeIndex = menteeIndexById.get(menteeId)!;
    const broken = brokenHardLimit(round, mentorIndex, menteeIndex);
    if (broken !== undefined) {
      throw new BadUserInputError(field, `The pinned pair ${mentorId} and ${menteeId} breaks a hard limit (${broken}); unpin it.`);
    }
    if (held.get(mentorIndex)! > round.mentors[mentorIndex].capacity) {
      throw new BadUserInputError(field, `Mentor ${mentorId} has more pinned and accepted mentees than capacity; unpin one.`);
    }
    const { score, breakdown } = explainPair(round, mentorIndex, menteeIndex);
    if (!breakdown.some((line) => line.criterion === 'skillFit' && line.points > 0)) {
      throw new BadUserInputError(field, `Mentor ${mentorId} offers none of the skills ${menteeId} wants above their level; unpin the pair.`);
    }
    return { mentorId, menteeId, score, breakdown };
  });
}
