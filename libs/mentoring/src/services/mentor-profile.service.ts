import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@kennis/database';
import { type Actor } from '@kennis/auth';
import { BadUserInputError } from '@kennis/errors';
import { PeopleService } from '@kennis/people';
import { MentorProfileEntity } from '../entities/mentor-profile.entity';
import { MentorProfileRepository, type MentorProfileFields, type OfferedSkill } from '../repositories/mentor-profile.repository';
import { levelledSkills, normalizeLanguages, type NamedSkillLevel } from './mentoring-values';

export interface MentorProfileChanges extends MentorProfileFields {
  skillsOffered: NamedSkillLevel[];
}

export interface MentorProfileView {
  profile: MentorProfileEntity;
  skillsOffered: OfferedSkill[];
}

/** Opting in as a mentor: capacity, languages, skills offered; pausing by setting active to false. */
@Injectable()
export class MentorProfileService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly profiles: MentorProfileRepository,
    private readonly people: PeopleService,
  ) {}

  async upsertMyProfile(actor: Actor, changes: MentorProfileChanges): Promise<MentorProfileView> {
    if (changes.skillsOffered.length === 0) {
      throw new BadUserInputError('skillsOffered', 'Offer at least one skill, with your level from 1 to 5.');
    }
    const skills = await levelledSkills(this.people, changes.skillsOffered, 'skillsOffered');
    await this.unitOfWork.run(async (manager) => {
      await this.profiles.upsertProfile(manager, actor.personId, { ...changes, languages: normalizeLanguages(changes.languages) });
      await this.profiles.replaceSkills(manager, actor.personId, skills);
    });
    return (await this.myProfile(actor))!;
  }

  async myProfile(actor: Actor): Promise<MentorProfileView | null> {
    const profile = await this.profiles.findByPerson(actor.personId);
    if (!profile) return null;
    return { profile, skillsOffered: await this.profiles.findSkills(actor.personId) };
  }
}
