/** A skill with a level: what a mentor offers, or where a mentee stands today in a skill they want. */
export interface SkillLevel {
  readonly skillId: string;
  readonly level: number;
}

/** What the matching needs to know about anyone taking part in a round. */
export interface MatchingPerson {
  readonly id: string;
  readonly department: string;
  readonly site: string;
  /** Ids of this person's managers, from their own manager upward. */
  readonly managerChain: readonly string[];
  readonly seniorityYears: number;
  /** Language codes such as 'nl' and 'en'; compared without regard to case. */
  readonly languages: readonly string[];
  /**
   * Self-declared attributes (gender, ageBand, background, ...), each optional. The engine compares them
   * but never writes a value into an explanation or a report.
   */
  readonly diversity: Readonly<Record<string, string | undefined>>;
}

export interface MentorCandidate extends MatchingPerson {
  /** How many mentees this mentor takes at once, accepted matches included. */
  readonly capacity: number;
  readonly skillsOffered: readonly SkillLevel[];
}

export interface MenteePreferences {
  readonly otherDepartment?: boolean;
  readonly otherSite?: boolean;
  /** Met only when both declared the diversity attribute `gender` and it is the same. */
  readonly sameGender?: boolean;
}

export interface MenteeCandidate extends MatchingPerson {
  /** The skills the mentee wants to grow in, each with the mentee's current level. */
  readonly skillsWanted: readonly SkillLevel[];
  readonly preferences: MenteePreferences;
}

export type MatchingCriterion =
  | 'skillFit'
  | 'acrossDepartments'
  | 'acrossSites'
  | 'seniorityGap'
  | 'differentBackground'
  | 'menteePreferences';

/**
 * Each criterion is met for 0 to 100 percent; it earns round(weight × percent) points. Weights are between
 * 0 and 1000; skill fit must weigh more than 0.
 */
export type CriterionWeights = Readonly<Record<MatchingCriterion, number>>;

/** The wanted gap in years: mentor's seniority minus the mentee's, both ends included. */
export interface SeniorityGapRange {
  readonly min: number;
  readonly max: number;
}

export interface RoundTargets {
  /** The diversity attribute that forms the groups for `minGroupRateShare`, e.g. 'gender'. */
  readonly groupAttribute?: string;
  /** Each group's match rate must be at least this share (0 to 1) of the overall match rate. */
  readonly minGroupRateShare?: number;
  /**
   * Groups with fewer mentees than this are neither constrained nor reported, so nobody can be singled
   * out. Default 5.
   */
  readonly minGroupSize?: number;
  /** At least this share (0 to 1) of all the round's pairs must be across departments. */
  readonly minAcrossDepartmentsShare?: number;
}

export interface RoundCriteria {
  readonly weights: CriterionWeights;
  readonly seniorityGap: SeniorityGapRange;
  /** Diversity attributes compared by `differentBackground`; by default every attribute both declared. */
  readonly backgroundAttributes?: readonly string[];
  readonly targets?: RoundTargets;
}

/** A pair of ids, mentor first. */
export type MentorMenteePair = readonly [mentorId: string, menteeId: string];

export interface MatchingInput {
  readonly mentors: readonly MentorCandidate[];
  /** Every mentee of the round, those already matched by `fixedMatches` included. */
  readonly mentees: readonly MenteeCandidate[];
  readonly criteria: RoundCriteria;
  /** Pairs that were declined before; never proposed again. */
  readonly declinedPairs?: readonly MentorMenteePair[];
  /** Accepted matches: they stay, use their mentor's capacity and count towards the round targets. */
  readonly fixedMatches?: readonly MentorMenteePair[];
  /**
   * Pairs an admin pinned: proposed again whatever else changes, within their mentor's capacity. Unlike
   * fixed matches they are returned among the matches (they still await the mentor's answer). Each must
   * be a pair the engine could propose itself: every hard limit holds and the mentor fits a wanted skill.
   */
  readonly pinnedPairs?: readonly MentorMenteePair[];
  /** Pairs an admin excluded from this round: never proposed, like declined pairs. */
  readonly excludedPairs?: readonly MentorMenteePair[];
  /** Display names by skill id, for the explanations; the id is shown when a name is missing. */
  readonly skillNames?: Readonly<Record<string, string>>;
}

export interface ScoreLine {
  readonly criterion: MatchingCriterion;
  readonly points: number;
  /** Readable by the people matched; never contains a diversity attribute value. */
  readonly explanation: string;
}

export interface ProposedMatch {
  readonly mentorId: string;
  readonly menteeId: string;
  /** The sum of the breakdown's points. */
  readonly score: number;
  /** One line per criterion with a weight above 0, skill fit first. */
  readonly breakdown: readonly ScoreLine[];
}

export type TargetStatus =
  /** The round has no targets. */
  | 'not-requested'
  /** The proposed matches meet every target and score the most any assignment meeting them can. */
  | 'met'
  /** No assignment meets the targets; the matches are the best assignment without them. */
  | 'infeasible'
  /** The solver stopped before it proved an answer; the matches are the best assignment without targets. */
  | 'unsolved';

export interface TargetOutcome {
  readonly requested: boolean;
  /** True when the returned matches meet every requested target (always true without targets). */
  readonly feasible: boolean;
  readonly status: TargetStatus;
  /** For admins: the targets, what the matches reach, and why when they are not met. No attribute values. */
  readonly report: string;
  /** The best total score without targets, to show what the targets cost. */
  readonly totalScoreWithoutTargets: number;
}

/**
 * Why a mentee got no proposal, checked in this order: nobody offers a wanted skill above the mentee's
 * level; those who do share no language with the mentee; those who share one break another hard limit
 * (reporting line, declined or excluded before); the mentors who could take the mentee are full; or the
 * round targets left the mentee out while a mentor still had room.
 */
export type UnmatchedReason = 'no-mentor-with-skill' | 'no-shared-language' | 'hard-limit' | 'capacity-full' | 'round-targets';

export interface UnmatchedMentee {
  readonly menteeId: string;
  readonly reason: UnmatchedReason;
}

export interface MatchingResult {
  /** New proposals and pinned pairs (fixed matches are not repeated), ordered by mentee id. */
  readonly matches: readonly ProposedMatch[];
  /** The sum of the proposals' scores. */
  readonly totalScore: number;
  /** Mentees without a fixed match or a proposal, ordered by id. */
  readonly unmatchedMenteeIds: readonly string[];
  /** The same mentees, in the same order, each with why. */
  readonly unmatched: readonly UnmatchedMentee[];
  /** How many mentor-mentee pairs passed every hard limit and could have been proposed. */
  readonly candidatePairCount: number;
  readonly targets: TargetOutcome;
}
