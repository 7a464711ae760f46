import type { MatchingCriterion, ScoreLine } from '../matching/matching.types';

/**
 * The criteria a mentor, a mentee or an admin reviewing pairs may see. Mixed backgrounds and the
 * mentee's preferences (one of which is a same-gender wish) are left out entirely: their points alone
 * would tell whether two people share a diversity attribute.
 */
export const VISIBLE_CRITERIA: ReadonlySet<MatchingCriterion> = new Set(['skillFit', 'acrossDepartments', 'acrossSites', 'seniorityGap']);

export interface VisibleExplanation {
  /** The sum of the visible lines' points: the stored score includes the hidden ones. */
  score: number;
  breakdown: ScoreLine[];
}

export function visibleExplanation(breakdown: readonly ScoreLine[]): VisibleExplanation {
  const lines = breakdown.filter((line) => VISIBLE_CRITERIA.has(line.criterion));
  return { score: lines.reduce((sum, line) => sum + line.points, 0), breakdown: lines };
}
