import {
  DiversityAttributeEntity,
  MenteeRequestEntity,
  MenteeRequestSkillEntity,
  MentoringRoundEntity,
  MentorMatchEntity,
  MentorProfileEntity,
  MentorSkillEntity,
} from '@kennis/mentoring';
import { InboundMessageEntity, RoomInviteBookingEntity, SessionCalendarReplyEntity } from '@kennis/inbound';
import { OutboxMessageEntity } from '@kennis/outbox';
import { PersonEntity, PersonSkillEntity, SkillEntity } from '@kennis/people';
import { FacilityTeamEntity, RoomBookingEntity, RoomEntity } from '@kennis/rooms';
import {
  RegistrationEntity,
  SessionEntity,
  SessionFacilityRequestEntity,
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
  FacilityTeamEntity,
  SessionEntity,
  SessionHostEntity,
  SessionSkillEntity,
  SessionInterestEntity,
  RegistrationEntity,
  SessionFacilityRequestEntity,
  OutboxMessageEntity,
  MentorProfileEntity,
  MentorSkillEntity,
  MentoringRoundEntity,
  MenteeRequestEntity,
  MenteeRequestSkillEntity,
  DiversityAttributeEntity,
  MentorMatchEntity,
  InboundMessageEntity,
  SessionCalendarReplyEntity,
  RoomInviteBookingEntity,
];
