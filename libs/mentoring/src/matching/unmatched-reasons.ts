import type { Assignment } from './max-score-assignment';
import type { UnmatchedMentee, UnmatchedReason } from './matching.types';
import { brokenHardLimit, skillCredit } from './pair-scoring';
import type { PreparedRound } from './prepared-round';

/**
 * Why each mentee without a match has none, for the admin's review and the mentee's own mail. Runs over
 * the unmatched mentees only, against every mentor: cheap next to the solve.
 */
export function explainUnmatched(round: PreparedRound, assignment: Assignment, unmatchedMenteeIds: readonly string[]): UnmatchedMentee[] {
  if (unmatchedMenteeIds.length === 0) return [];
  const load = new Int32Array(round.mentors.length);
  assignment.mentorOfMentee.forEach((mentor) => {
    if (mentor >= 0) load[mentor] += 1;
  });
  const indexById = new Map(round.mentees.map((mentee, index) => [mentee.id, index]));
  return unmatchedMenteeIds.map((menteeId) => ({ menteeId, reason: reasonFor(round, load, indexById.get(menteeId)!) }));
}

function reasonFor(round: PreparedRound, load: Int32Array, menteeIndex: number): UnmatchedReason {
  let withSkill = false;
  let sharingLanguage = false;
  let eligible = false;
  for (let mentor = 0; mentor < round.mentors.length; mentor += 1) {
    if (!fitsAWantedSkill(round, mentor, menteeIndex)) continue;
    withSkill = true;
    const broken = brokenHardLimit(round, mentor, menteeIndex);
    if (broken === 'no-shared-language') continue;
    sharingLanguage = true;
    if (broken !== undefined) continue;
    eligible = true;
    // An eligible mentor with room left: the assignment chose not to use it, which only targets do.
    if (load[mentor] < round.openCapacity[mentor]) return 'round-targets';
  }
  if (!withSkill) return 'no-mentor-with-skill';
  if (!sharingLanguage) return 'no-shared-language';
  if (!eligible) return 'hard-limit';
  return 'capacity-full';
}

function fitsAWantedSkill(round: PreparedRound, mentor: number, mentee: number): boolean {
  const offered = round.mentorSkillLevels[mentor];
  const skills = round.menteeSkillIndexes[mentee];
  const levels = round.menteeSkillLevels[mentee];
  for (let k = 0; k < skills.length; k += 1) {
    const level = offered.get(skills[k]);
    if (level !== undefined && skillCredit(level, levels[k]) > 0) return true;
  }
  return false;
}
