import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Clock } from '@kennis/config';
import { UnitOfWork } from '@kennis/database';
import { DomainError } from '@kennis/errors';
import type { OutboxBatch, OutboxMessageEntity, OutboxRowHandler, OutboxRowResult } from '@kennis/outbox';
import { MentoringRoundEntity, type RoundResultSummary, RoundStatus } from '../entities/mentoring-round.entity';
import { matchMentors } from '../matching/matching-engine';
import type { MatchingInput, MatchingResult, MenteeCandidate, MentorCandidate } from '../matching/matching.types';
import { DiversityAttributeRepository } from '../repositories/diversity-attribute.repository';
import { MatchingParticipantsRepository } from '../repositories/matching-participants.repository';
import { MentoringPairRuleRepository } from '../repositories/mentoring-pair-rule.repository';
import { MentorMatchRepository } from '../repositories/mentor-match.repository';
import { PairRuleKind } from '../entities/mentoring-pair-rule.entity';
import { MentoringRoundRepository } from '../repositories/mentoring-round.repository';
import { RoundPublication } from '../services/round-publication';
import type { MatchingRunPayload } from './mentoring.jobs';

const STALE_RUN = 'the round is not running this run any more';

/**
 * One run of a round: read everyone taking part, let the engine find the best assignment, and store
 * the proposals with the round's new status. The runner holds the run's outbox row locked for the
 * whole run, so a second worker never runs the same row; accepted matches and proposals that await
 * an answer are fixed; free mentees are matched anew.
 */
@Injectable()
export class MatchingRunHandler implements OutboxRowHandler {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly rounds: MentoringRoundRepository,
    private readonly matches: MentorMatchRepository,
    private readonly participants: MatchingParticipantsRepository,
    private readonly diversity: DiversityAttributeRepository,
    private readonly publication: RoundPublication,
    private readonly pairRules: MentoringPairRuleRepository,
    private readonly clock: Clock,
  ) {}

  async handle(manager: EntityManager, row: OutboxMessageEntity, batch: OutboxBatch): Promise<OutboxRowResult> {
    const payload = row.payload as MatchingRunPayload;
    const round = await this.rounds.findInTransaction(manager, payload.roundId);
    if (!this.isCurrentRun(round, payload)) return { skipped: STALE_RUN };
    let input: MatchingInput;
    let result: MatchingResult;
    try {
      input = await this.buildInput(manager, round!);
      // Progress goes over a connection of its own: admins see it while this transaction is still open.
      await this.rounds.setProgress(round!.id, payload.runNumber, 40);
      result = await matchMentors(input);
      await this.rounds.setProgress(round!.id, payload.runNumber, 80);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      // The round's own data cannot be matched: retrying changes nothing, the admin must act.
      await this.reopen(manager, payload, error.message);
      return { skipped: error.message };
    }
    return this.store(manager, batch, payload, input, result);
  }

  /** The last attempt failed: the round is open again and says why. */
  async gaveUp(row: OutboxMessageEntity): Promise<void> {
    await this.unitOfWork.run((manager) => this.reopen(manager, row.payload as MatchingRunPayload, 'The run failed; run the round again.'));
  }

  private isCurrentRun(round: MentoringRoundEntity | null, payload: MatchingRunPayload): boolean {
    return round?.status === RoundStatus.RUNNING && round.runCount === payload.runNumber;
  }

  private async buildInput(manager: EntityManager, round: MentoringRoundEntity): Promise<MatchingInput> {
    const mentorRows = await this.participants.findMentors(manager, round.id, round.participants);
    const menteeRows = await this.participants.findMentees(manager, round.id);
    const fixed = await this.participants.findFixedMatches(manager, round.id);
    const fixedPerMentor = new Map<string, number>();
    for (const [mentorId] of fixed) fixedPerMentor.set(mentorId, (fixedPerMentor.get(mentorId) ?? 0) + 1);
    const mentorIds = mentorRows.map((mentor) => mentor.personId);
    const menteeIds = menteeRows.map((mentee) => mentee.personId);
    const chains = await this.participants.findManagerChains(manager, [...new Set([...mentorIds, ...menteeIds])]);
    const attributes = await this.diversity.findForPeople(manager, [...new Set([...mentorIds, ...menteeIds])]);
    const offered = await this.participants.findMentorSkills(manager, mentorIds);
    const wanted = await this.participants.findWantedSkills(manager, round.id);

    const mentors: MentorCandidate[] = mentorRows.map((row) => ({
      id: row.personId,
      department: row.department,
      site: row.site,
      managerChain: chains.get(row.personId) ?? [],
      seniorityYears: row.seniorityYears,
      languages: row.languages,
      diversity: attributes.get(row.personId) ?? {},
      // Matches of other rounds take capacity too; this round's own stay as fixed matches.
      capacity: Math.max(fixedPerMentor.get(row.personId) ?? 0, row.capacity - row.openElsewhere),
      skillsOffered: offered.get(row.personId) ?? [],
    }));
    const mentees: MenteeCandidate[] = menteeRows.map((row) => ({
      id: row.personId,
      department: row.department,
      site: row.site,
      managerChain: chains.get(row.personId) ?? [],
      seniorityYears: row.seniorityYears,
      languages: row.languages,
      diversity: attributes.get(row.personId) ?? {},
      skillsWanted: wanted.get(row.personId) ?? [],
      preferences: {
        otherDepartment: row.prefersOtherDepartment,
        otherSite: row.prefersOtherSite,
        sameGender: row.prefersSameGender,
      },
    }));
    const known = new Set(mentorIds);
    const knownMentees = new Set(menteeIds);
    const fixedMatches = fixed.filter(([mentorId, menteeId]) => known.has(mentorId) && knownMentees.has(menteeId));
    // A pin stays while both people take part and the mentee has no answered or published match.
    const held = new Set(fixedMatches.map(([, menteeId]) => menteeId));
    const pinnedPairs = (await this.pairRules.pairsOfKind(manager, round.id, PairRuleKind.PIN)).filter(
      ([mentorId, menteeId]) => known.has(mentorId) && knownMentees.has(menteeId) && !held.has(menteeId),
    );
    const excludedPairs = await this.pairRules.pairsOfKind(manager, round.id, PairRuleKind.EXCLUDE);
    return {
      pinnedPairs,
      excludedPairs,
      mentors,
      mentees,
      criteria: round.criteria,
      declinedPairs: await this.participants.findExcludedPairs(manager, round.id, mentorIds, menteeIds),
      fixedMatches,
      skillNames: await this.participants.findSkillNames(manager, round.id),
    };
  }

  private async store(
    manager: EntityManager,
    batch: OutboxBatch,
    payload: MatchingRunPayload,
    input: MatchingInput,
    result: MatchingResult,
  ): Promise<OutboxRowResult> {
    const round = await this.rounds.lock(manager, payload.roundId);
    if (!this.isCurrentRun(round, payload)) return { skipped: STALE_RUN };
    const now = this.clock.now();
    await this.matches.deleteUnpublishedProposals(manager, round!.id);
    await this.matches.insertProposals(manager, round!.id, result.matches);
    const summary: RoundResultSummary = {
      runNumber: payload.runNumber,
      finishedAt: now.toISOString(),
      mentorCount: input.mentors.length,
      menteeCount: input.mentees.length,
      proposedCount: result.matches.length,
      keptAcceptedCount: input.fixedMatches?.length ?? 0,
      unmatchedCount: result.unmatchedMenteeIds.length,
      totalScore: result.totalScore,
      totalScoreWithoutTargets: result.targets.totalScoreWithoutTargets,
      candidatePairCount: result.candidatePairCount,
      targetStatus: result.targets.status,
      targetReport: result.targets.report,
      unmatched: [...result.unmatched],
    };
    await this.rounds.update(manager, round!.id, { status: RoundStatus.PROPOSED, progress: 100, resultSummary: summary, lastError: null });
    if (round!.autoPublish) await this.publication.publish(manager, batch, round!, now);
    return 'done';
  }

  /** Ends the run without a result: the round is open again and says why. */
  private async reopen(manager: EntityManager, payload: MatchingRunPayload, message: string): Promise<void> {
    const round = await this.rounds.lock(manager, payload.roundId);
    if (this.isCurrentRun(round, payload)) {
      await this.rounds.update(manager, payload.roundId, { status: RoundStatus.OPEN, progress: 0, lastError: message.slice(0, 2000) });
    }
  }
}
