import { brokenHardLimit, otherCriteriaPoints, skillCredit, skillFitPoints } from './pair-scoring';
import type { PreparedRound } from './prepared-round';

/**
 * Every pair that may be proposed, grouped by mentee (compressed rows): the arcs of mentee i are
 * arcStart[i] .. arcStart[i + 1] - 1, in ascending mentor index. Mentees with a fixed match and mentors
 * with no capacity left have no arcs.
 */
export interface CandidateArcs {
  readonly menteeCount: number;
  readonly mentorCount: number;
  readonly arcStart: Int32Array;
  readonly arcMentor: Int32Array;
  readonly arcScore: Int32Array;
}

export function buildCandidateArcs(round: PreparedRound): CandidateArcs {
  const menteeCount = round.mentees.length;
  const mentorCount = round.mentors.length;
  const offersBySkill = indexOffersBySkill(round);

  const arcStart = new Int32Array(menteeCount + 1);
  let arcMentor = new Int32Array(Math.max(16, menteeCount * 8));
  let arcScore = new Int32Array(arcMentor.length);
  let arcCount = 0;

  const creditOfMentor = new Int32Array(mentorCount);
  const seenStamp = new Int32Array(mentorCount).fill(-1);
  const touched = new Int32Array(mentorCount);

  for (let mentee = 0; mentee < menteeCount; mentee += 1) {
    arcStart[mentee] = arcCount;
    if (round.fixedMentorOfMentee[mentee] >= 0) continue;
    const skills = round.menteeSkillIndexes[mentee];
    const levels = round.menteeSkillLevels[mentee];
    let touchedCount = 0;
    for (let k = 0; k < skills.length; k += 1) {
      const offers = offersBySkill[skills[k]];
      if (offers === undefined) continue;
      const menteeLevel = levels[k];
      // Offers are sorted by level, highest first, so the first one not above the mentee ends the scan.
      for (let o = 0; o < offers.mentors.length && offers.levels[o] > menteeLevel; o += 1) {
        const mentor = offers.mentors[o];
        if (seenStamp[mentor] !== mentee) {
          seenStamp[mentor] = mentee;
          creditOfMentor[mentor] = 0;
          touched[touchedCount] = mentor;
          touchedCount += 1;
        }
        creditOfMentor[mentor] += skillCredit(offers.levels[o], menteeLevel);
      }
    }
    const candidates = touched.subarray(0, touchedCount).sort();
    for (let c = 0; c < touchedCount; c += 1) {
      const mentor = candidates[c];
      if (round.openCapacity[mentor] === 0 || brokenHardLimit(round, mentor, mentee) !== undefined) continue;
      if (arcCount === arcMentor.length) {
        arcMentor = grow(arcMentor);
        arcScore = grow(arcScore);
      }
      arcMentor[arcCount] = mentor;
      arcScore[arcCount] =
        skillFitPoints(round, creditOfMentor[mentor], skills.length) + otherCriteriaPoints(round, mentor, mentee);
      arcCount += 1;
    }
  }
  arcStart[menteeCount] = arcCount;
  return {
    menteeCount,
    mentorCount,
    arcStart,
    arcMentor: arcMentor.slice(0, arcCount),
    arcScore: arcScore.slice(0, arcCount),
  };
}

interface SkillOffers {
  mentors: Int32Array;
  levels: Int32Array;
}

function indexOffersBySkill(round: PreparedRound): (SkillOffers | undefined)[] {
  const lists: { mentor: number; level: number }[][] = round.skillIds.map(() => []);
  round.mentorSkillLevels.forEach((levels, mentor) => {
    for (const [skill, level] of levels) lists[skill].push({ mentor, level });
  });
  return lists.map((offers) => {
    if (offers.length === 0) return undefined;
    offers.sort((a, b) => b.level - a.level || a.mentor - b.mentor);
    return {
      mentors: Int32Array.from(offers, (offer) => offer.mentor),
      levels: Int32Array.from(offers, (offer) => offer.level),
    };
  });
}

function grow(array: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const larger = new Int32Array(array.length * 2);
  larger.set(array);
  return larger;
}
