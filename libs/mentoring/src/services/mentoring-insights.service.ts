import { Injectable } from '@nestjs/common';
import { type Actor, isAdmin } from '@kennis/auth';
import { BadUserInputError } from '@kennis/errors';
import type { MatchingCriterion } from '../matching/matching.types';
import { DIVERSITY_ATTRIBUTE_NAMES } from '../entities/diversity-attribute.entity';
import { NotAdminError, RoundNotFoundError } from '../errors/mentoring.errors';
import { DiversityAttributeRepository } from '../repositories/diversity-attribute.repository';
import { MentoringRoundRepository } from '../repositories/mentoring-round.repository';
import { MentorMatchRepository } from '../repositories/mentor-match.repository';
import { VISIBLE_CRITERIA } from './visible-breakdown';

/** Groups smaller than this are never shown on their own, so nobody can be singled out. */
export const MIN_INSIGHT_GROUP_SIZE = 5;
export const FOLDED_GROUP = 'other (groups under 5 together)';
export const UNDECLARED_GROUP = 'not declared';

export interface CriterionInsight {
  criterion: string;
  metCount: number;
  meanPoints: number;
}

export interface GroupInsight {
  attribute: string;
  group: string;
  mentees: number;
  matched: number;
  matchRate: number;
}

export interface ScoreDistribution {
  roundId: string;
  bucketWidth: number;
  matchCount: number;
  buckets: { from: number; to: number; count: number }[];
}

export const MAX_SCORE_BUCKET_WIDTH = 1000;

export interface RoundInsights {
  roundId: string;
  matchedCount: number;
  meanScore: number | null;
  criteria: CriterionInsight[];
  groups: GroupInsight[];
}

/** What admins see of a round: aggregates only. */
@Injectable()
export class MentoringInsightsService {
  constructor(
    private readonly rounds: MentoringRoundRepository,
    private readonly matches: MentorMatchRepository,
    private readonly attributes: DiversityAttributeRepository,
  ) {}

  async roundInsights(actor: Actor, roundId: string): Promise<RoundInsights> {
    if (!isAdmin(actor)) throw new NotAdminError('see the insights of a mentoring round');
    if (!(await this.rounds.findById(roundId))) throw new RoundNotFoundError(roundId);
    const statistics = await this.matches.roundStatistics(roundId);
    // Over fewer matches than a group may have, the mean score and the hidden criteria's counts would
    // tell of single pairs whether they share a diversity attribute: the visible criteria only, no mean.
    const enoughMatches = statistics.matched >= MIN_INSIGHT_GROUP_SIZE;
    const criteria = statistics.criteria.filter((row) => enoughMatches || VISIBLE_CRITERIA.has(row.criterion as MatchingCriterion));
    const groups: GroupInsight[] = [];
    for (const attribute of DIVERSITY_ATTRIBUTE_NAMES) {
      groups.push(...foldSmallGroups(attribute, await this.attributes.groupCounts(roundId, attribute)));
    }
    return {
      roundId,
      matchedCount: statistics.matched,
      meanScore: enoughMatches ? statistics.meanScore : null,
      criteria: criteria.map((row) => ({ criterion: row.criterion, metCount: row.met, meanPoints: row.meanPoints })),
      groups,
    };
  }

  /**
   * Counts of match scores per bucket, in the points of the criteria a pair's breakdown shows: a bucket of
   * one match is that match, so the hidden criteria's points must not be in it.
   */
  async scoreDistribution(actor: Actor, roundId: string, bucketWidth: number): Promise<ScoreDistribution> {
    if (!isAdmin(actor)) throw new NotAdminError('see the score distribution of a mentoring round');
    if (!Number.isInteger(bucketWidth) || bucketWidth < 1 || bucketWidth > MAX_SCORE_BUCKET_WIDTH) {
      throw new BadUserInputError('bucketWidth', `bucketWidth must be a whole number of points from 1 to ${MAX_SCORE_BUCKET_WIDTH}.`);
    }
    if (!(await this.rounds.findById(roundId))) throw new RoundNotFoundError(roundId);
    return { roundId, bucketWidth, ...scoreBuckets(await this.matches.scoreHistogram(roundId, bucketWidth, [...VISIBLE_CRITERIA]), bucketWidth) };
  }
}

/** Every bucket from the lowest counted to the highest, the empty ones between as zero, so a chart shows the gaps. */
export function scoreBuckets(rows: readonly { bucket: number; count: number }[], bucketWidth: number): Pick<ScoreDistribution, 'matchCount' | 'buckets'> {
  const counts = new Map(rows.map((row) => [row.bucket, row.count]));
  const buckets: ScoreDistribution['buckets'] = [];
  if (rows.length > 0) {
    const lowest = Math.min(...counts.keys());
    const highest = Math.max(...counts.keys());
    for (let bucket = lowest; bucket <= highest; bucket += 1) {
      buckets.push({ from: bucket * bucketWidth, to: bucket * bucketWidth + bucketWidth - 1, count: counts.get(bucket) ?? 0 });
    }
  }
  return { matchCount: rows.reduce((sum, row) => sum + row.count, 0), buckets };
}

/**
 * Groups of five or more by name; the smaller ones together as one group of at least five. When the
 * small ones add up to fewer than five, the smallest named groups join them: otherwise the left-out
 * people could be counted by subtracting the shown groups from the totals.
 */
export function foldSmallGroups(
  attribute: string,
  counts: readonly { value: string | null; mentees: number; matched: number }[],
): GroupInsight[] {
  const large = counts
    .filter((count) => count.mentees >= MIN_INSIGHT_GROUP_SIZE)
    .sort((a, b) => a.mentees - b.mentees || String(a.value).localeCompare(String(b.value)));
  let foldedMentees = 0;
  let foldedMatched = 0;
  for (const count of counts) {
    if (count.mentees < MIN_INSIGHT_GROUP_SIZE) {
      foldedMentees += count.mentees;
      foldedMatched += count.matched;
    }
  }
  while (foldedMentees > 0 && foldedMentees < MIN_INSIGHT_GROUP_SIZE && large.length > 0) {
    const smallest = large.shift()!;
    foldedMentees += smallest.mentees;
    foldedMatched += smallest.matched;
  }
  const shown = large
    .map((count) => group(attribute, count.value ?? UNDECLARED_GROUP, count.mentees, count.matched))
    .sort((a, b) => a.group.localeCompare(b.group));
  if (foldedMentees >= MIN_INSIGHT_GROUP_SIZE) shown.push(group(attribute, FOLDED_GROUP, foldedMentees, foldedMatched));
  return shown;
}

function group(attribute: string, name: string, mentees: number, matched: number): GroupInsight {
  return { attribute, group: name, mentees, matched, matchRate: matched / mentees };
}
