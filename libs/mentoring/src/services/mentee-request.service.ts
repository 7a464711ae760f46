import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@kennis/database';
import { type Actor } from '@kennis/auth';
import { BadUserInputError } from '@kennis/errors';
import { PeopleService } from '@kennis/people';
import { MenteeRequestEntity } from '../entities/mentee-request.entity';
import { RoundStatus } from '../entities/mentoring-round.entity';
import { NotInRoundError, RoundNotFoundError, RoundStateError } from '../errors/mentoring.errors';
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
      if (round.status !== RoundStatus.OPEN) {
        throw new RoundStateError('ask for a mentor in', round.status, 'Requests are taken while a round is open.');
      }
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

  async myRequest(actor: Actor, roundId: string): Promise<MenteeRequestView | null> {
    const request = await this.requests.findMine(actor.personId, roundId);
    if (!request) return null;
    return { request, skillsWanted: await this.requests.findSkills(request.id) };
  }
}
