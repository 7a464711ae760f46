export { RegistrationEntity, RegistrationStatus } from './entities/registration.entity';
export { SessionEntity, SessionFormat, SessionLevel, SessionStatus } from './entities/session.entity';
export { SessionHostEntity } from './entities/session-host.entity';
export { SessionInterestEntity } from './entities/session-interest.entity';
export { SessionSkillEntity } from './entities/session-skill.entity';
