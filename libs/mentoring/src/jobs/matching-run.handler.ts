import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { DomainError } from '@kennis/errors';
import { OutboxRepository, OutboxService, OutboxStatus } from '@kennis/outbox';
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

export type RunOutcome = 'matched' | 'skipped' | 'not-pending';

/**
 * One run of a round: read everyone taking part, let the engine find the best assignment, and store
 * the proposals with the round's new status in one transaction. Accepted matches and proposals that
 * await an answer are fixed; free mentees are matched anew.
 */
@Injectable()
export class MatchingRunHandler {
  private readonly logger = new Logger(MatchingRunHandler.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outboxMessages: OutboxRepository,
    private readonly outbox: OutboxService,
    private readonly rounds: MentoringRoundRepository,
    private readonly matches: MentorMatchRepository,
    private readonly participants: MatchingParticipantsRepository,
    private readonly diversity: DiversityAttributeRepository,
    private readonly publication: RoundPublication,
    private readonly pairRules: MentoringPairRuleRepository,
  ) {}

  async run(outboxId: string, finalAttempt: boolean): Promise<RunOutcome> {
    const attempts = await this.outboxMessages.countAttempt(outboxId);
    if (attempts === 0) return 'not-pending';
    const row = await this.outboxMessages.findById(outboxId);
    const payload = row!.payload as MatchingRunPayload;
    try {
      const round = await this.rounds.findById(payload.roundId);
      if (!this.isCurrentRun(round, payload)) {
        await this.finish(outboxId, OutboxStatus.Skipped, 'the round is not running this run any more');
        return 'skipped';
      }
      const input = await this.buildInput(this.dataSource.manager, round!);
      await this.rounds.setProgress(round!.id, payload.runNumber, 40);
      const result = await matchMentors(input);
      await this.rounds.setProgress(round!.id, payload.runNumber, 80);
      return await this.store(outboxId, payload, input, result);
    } catch (error) {
      const message = (error as Error).message;
      if (error instanceof DomainError) {
        // The round's own data cannot be matched: retrying changes nothing, the admin must act.
        await this.stop(outboxId, payload, message, OutboxStatus.Skipped);
        return 'skipped';
      }
      this.logger.warn(`Matching run ${payload.roundId}#${payload.runNumber} attempt ${attempts} failed: ${message}`);
      await this.outboxMessages.recordError(outboxId, message, finalAttempt);
      if (finalAttempt) await this.stop(outboxId, payload, 'The run failed; run the round again.', null);
      throw error;
    }
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

  private store(outboxId: string, payload: MatchingRunPayload, input: MatchingInput, result: MatchingResult): Promise<RunOutcome> {
    return this.outbox.transaction(async (manager, batch) => {
      const round = await this.rounds.lock(manager, payload.roundId);
      if (!this.isCurrentRun(round, payload)) {
        await this.outboxMessages.markFinished(manager, outboxId, OutboxStatus.Skipped, 'the round is not running this run any more');
        return 'skipped';
      }
      await this.matches.deleteUnpublishedProposals(manager, round!.id);
      await this.matches.insertProposals(manager, round!.id, result.matches);
      const summary: RoundResultSummary = {
        runNumber: payload.runNumber,
        finishedAt: new Date().toISOString(),
        mentorCount: input.mentors.length,
        menteeCount: input.mentees.length,
        proposedCount: result.matches.length,
        keptAcceptedCount: input.fixedMatches?.length ?? 0,
        unmatchedCount: result.unmatchedMenteeIds.length,
        totalScore: result.totalScore,
        candidatePairCount: result.candidatePairCount,
        targetStatus: result.targets.status,
        targetReport: result.targets.report,
        unmatched: [...result.unmatched],
      };
      await this.rounds.update(manager, round!.id, { status: RoundStatus.PROPOSED, progress: 100, resultSummary: summary, lastError: null });
      if (round!.autoPublish) await this.publication.publish(manager, batch, round!, new Date());
      await this.outboxMessages.markFinished(manager, outboxId, OutboxStatus.Done, null);
      return 'matched';
    });
  }

  /** Ends the run without a result: the round is open again and says why. */
  private async stop(outboxId: string, payload: MatchingRunPayload, message: string, finish: OutboxStatus.Skipped | null): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const round = await this.rounds.lock(manager, payload.roundId);
      if (this.isCurrentRun(round, payload)) {
        await this.rounds.update(manager, payload.roundId, { status: RoundStatus.OPEN, progress: 0, lastError: message.slice(0, 2000) });
      }
      if (finish) await this.outboxMessages.markFinished(manager, outboxId, finish, message.slice(0, 2000));
    });
  }

  private async finish(outboxId: string, status: OutboxStatus.Skipped, note: string): Promise<void> {
    await this.dataSource.transaction((manager) => this.outboxMessages.markFinished(manager, outboxId, status, note));
  }
}
