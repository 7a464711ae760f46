export { PersonEntity, Role } from './entities/person.entity';
export type { Language } from './entities/person.entity';
export { PersonSkillEntity, SkillKind } from './entities/person-skill.entity';
export { SkillEntity } from './entities/skill.entity';
