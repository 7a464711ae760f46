import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { UnitOfWork } from '@kennis/database';
import { type Actor } from '@kennis/auth';
import { BadUserInputError } from '@kennis/errors';
import { PeopleService } from '@kennis/people';
import { MenteeRequestEntity } from '../entities/mentee-request.entity';
import { RoundStatus } from '../entities/mentoring-round.entity';
import { NoRequestError, NotInRoundError, RequestsClosedError, RoundNotFoundError, RoundStateError } from '../errors/mentoring.errors';
import { MenteeRequestRepository, type WantedSkill } from '../repositories/mentee-request.repository';
import { MentoringRoundRepository } from '../repositories/mentoring-round.repository';
import { levelledSkills, normalizeLanguages, type NamedSkillLevel } from './mentoring-values';

export interface MenteeRequestDetails {
  goals: string;
  languages: string[];
  seniorityYears: number;
  skillsWanted: NamedSkillLevel[];
  prefersOtherDepartment: boolean;
  prefersOtherSite: boolean;
  prefersSameGender: boolean;
}

export interface MenteeRequestView {
  request: MenteeRequestEntity;
  skillsWanted: WantedSkill[];
}

/** Asking for a mentor in an open round. */
@Injectable()
export class MenteeRequestService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly requests: MenteeRequestRepository,
    private readonly rounds: MentoringRoundRepository,
    private readonly people: PeopleService,
  ) {}

  async createMyRequest(actor: Actor, roundId: string, details: MenteeRequestDetails, now: Date): Promise<MenteeRequestView> {
    if (details.skillsWanted.length === 0) {
      throw new BadUserInputError('skillsWanted', 'Name at least one skill you want to grow in, with your level today from 1 to 5.');
    }
    const skills = await levelledSkills(this.people, details.skillsWanted, 'skillsWanted');
    const person = await this.people.getPerson(actor.personId);
    const request = await this.unitOfWork.run(async (manager) => {
      // A shared lock: a run or a close that changes the round's status waits for this request, and vice versa.
      const round = await this.rounds.lockShared(manager, roundId);
      if (!round) throw new RoundNotFoundError(roundId);
      if (round.status === RoundStatus.CLOSED) {
        throw new RoundStateError('ask for a mentor in', round.status, 'Ask in a round that is still taking requests.');
      }
      if (round.requestsClosedAt) throw new RequestsClosedError('it was closed to requests; ask in the next round');
      if (round.deadline <= now) throw new NotInRoundError(`its deadline ${round.deadline.toISOString()} has passed`);
      const { departments, sites } = round.participants;
      if (departments.length > 0 && !departments.includes(person.department)) {
        throw new NotInRoundError('it is for other departments');
      }
      if (sites.length > 0 && !sites.includes(person.site)) throw new NotInRoundError('it is for other sites');
      const inserted = await this.requests.insertRequest(manager, {
        roundId,
        personId: actor.personId,
        goals: details.goals.trim(),
        languages: normalizeLanguages(details.languages),
        seniorityYears: details.seniorityYears,
        prefersOtherDepartment: details.prefersOtherDepartment,
        prefersOtherSite: details.prefersOtherSite,
        prefersSameGender: details.prefersSameGender,
      });
      await this.requests.insertSkills(manager, inserted.id, skills);
      return inserted;
    });
    return { request, skillsWanted: await this.requests.findSkills(request.id) };
  }

  /** Changes the request while the round takes requests; a proposal nobody has seen yet is dropped with it. */
  async updateMyRequest(actor: Actor, roundId: string, details: MenteeRequestDetails, now: Date): Promise<MenteeRequestView> {
    if (details.skillsWanted.length === 0) {
      throw new BadUserInputError('skillsWanted', 'Name at least one skill you want to grow in, with your level today from 1 to 5.');
    }
    const skills = await levelledSkills(this.people, details.skillsWanted, 'skillsWanted');
    const request = await this.unitOfWork.run(async (manager) => {
      const existing = await this.lockChangeableRequest(manager, actor, roundId, now);
      await this.requests.updateRequest(manager, existing.id, {
        goals: details.goals.trim(),
        languages: normalizeLanguages(details.languages),
        seniorityYears: details.seniorityYears,
        prefersOtherDepartment: details.prefersOtherDepartment,
        prefersOtherSite: details.prefersOtherSite,
        prefersSameGender: details.prefersSameGender,
      });
      await this.requests.replaceSkills(manager, existing.id, skills);
      await this.requests.dropUnpublishedProposals(manager, roundId, actor.personId);
      return (await this.requests.findMine(actor.personId, roundId, manager))!;
    });
    return { request, skillsWanted: await this.requests.findSkills(request.id) };
  }

  /** Withdraws the request while the round takes requests; the mentee's pins and unseen proposals go with it. */
  async withdrawMyRequest(actor: Actor, roundId: string, now: Date): Promise<boolean> {
    return this.unitOfWork.run(async (manager) => {
      const existing = await this.lockChangeableRequest(manager, actor, roundId, now);
      await this.requests.dropUnpublishedProposals(manager, roundId, actor.personId);
      await this.requests.deleteRequest(manager, existing.id, roundId, actor.personId);
      return true;
    });
  }

  private async lockChangeableRequest(manager: EntityManager, actor: Actor, roundId: string, now: Date): Promise<MenteeRequestEntity> {
    const round = await this.rounds.lockShared(manager, roundId);
    if (!round) throw new RoundNotFoundError(roundId);
    if (round.status === RoundStatus.CLOSED || round.requestsClosedAt) throw new RequestsClosedError('it is closed to requests');
    if (round.deadline <= now) throw new RequestsClosedError(`its deadline ${round.deadline.toISOString()} has passed`);
    const existing = await this.requests.lockMine(manager, actor.personId, roundId);
    if (!existing) throw new NoRequestError(roundId);
    if (await this.requests.hasPublishedMatch(manager, roundId, actor.personId)) {
      throw new RequestsClosedError('a mentor has your proposal or accepted it; end the match instead');
    }
    return existing;
  }

  async myRequest(actor: Actor, roundId: string): Promise<MenteeRequestView | null> {
    const request = await this.requests.findMine(actor.personId, roundId);
    if (!request) return null;
    return { request, skillsWanted: await this.requests.findSkills(request.id) };
  }
}
