export { DIVERSITY_ATTRIBUTE_NAMES, DiversityAttributeEntity } from './entities/diversity-attribute.entity';
export type { DiversityAttributeName } from './entities/diversity-attribute.entity';
export { MenteeRequestEntity } from './entities/mentee-request.entity';
export { MenteeRequestSkillEntity } from './entities/mentee-request-skill.entity';
export { MentoringRoundEntity, RoundStatus } from './entities/mentoring-round.entity';
export type { RoundParticipants, RoundResultSummary } from './entities/mentoring-round.entity';
export { MatchStatus, MentorMatchEntity } from './entities/mentor-match.entity';
export { MentorProfileEntity } from './entities/mentor-profile.entity';
export { MentorSkillEntity } from './entities/mentor-skill.entity';
