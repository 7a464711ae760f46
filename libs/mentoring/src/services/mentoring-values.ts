import { BadUserInputError } from '@kennis/errors';
import type { PeopleService } from '@kennis/people';

export interface NamedSkillLevel {
  name: string;
  level: number;
}

export function normalizeLanguages(languages: readonly string[]): string[] {
  return [...new Set(languages.map((language) => language.trim().toLowerCase()))].sort();
}

/** Skill names typed by a user, resolved on the shared list; one skill named twice is an error. */
export async function levelledSkills(
  people: PeopleService,
  skills: readonly NamedSkillLevel[],
  field: string,
): Promise<{ skillId: string; level: number }[]> {
  const resolved = await people.resolveSkills(skills.map((skill) => skill.name));
  if (resolved.length !== skills.length) {
    throw new BadUserInputError(field, `${field} names one skill twice; give each skill once.`);
  }
  // Without duplicates resolveSkills keeps the order of the names it was given.
  return skills.map((skill, index) => ({ skillId: resolved[index].id, level: skill.level }));
}
