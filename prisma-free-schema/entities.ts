import {
  DiversityAttributeEntity,
  MenteeRequestEntity,
  MenteeRequestSkillEntity,
  MentoringRoundEntity,
  MentorMatchEntity,
  MentorProfileEntity,
  MentorSkillEntity,
} from '@kennis/mentoring';
import { OutboxMessageEntity } from '@kennis/outbox';
import { PersonEntity, PersonSkillEntity, SkillEntity } from '@kennis/people';
import { RoomBookingEntity, RoomEntity } from '@kennis/rooms';
import {
  RegistrationEntity,
  SessionEntity,
  SessionHostEntity,
  SessionInterestEntity,
  SessionSkillEntity,
} from '@kennis/sessions';

/** Every entity of every domain library: what the migrations must agree with. */
export const allEntities = [
  PersonEntity,
  SkillEntity,
  PersonSkillEntity,
  RoomEntity,
  RoomBookingEntity,
  SessionEntity,
  SessionHostEntity,
  SessionSkillEntity,
  SessionInterestEntity,
  RegistrationEntity,
  OutboxMessageEntity,
  MentorProfileEntity,
  MentorSkillEntity,
  MentoringRoundEntity,
  MenteeRequestEntity,
  MenteeRequestSkillEntity,
  DiversityAttributeEntity,
  MentorMatchEntity,
];
