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
];
import {
  DiversityAttributeEntity,
  MenteeRequestEntity,
  MenteeRequestSkillEntity,
  MentoringRoundEntity,
  MentorMatchEntity,
  MentorProfileEntity,
  MentorSkillEntity,
} from '@kennis/mentoring';
// The mentoring entities are appended here; the array's element type is the union of the classes above.
(allEntities as unknown[]).push(
  MentorProfileEntity,
  MentorSkillEntity,
  MentoringRoundEntity,
  MenteeRequestEntity,
  MenteeRequestSkillEntity,
  DiversityAttributeEntity,
  MentorMatchEntity,
);
