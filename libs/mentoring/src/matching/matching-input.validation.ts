import { BadUserInputError } from '@kennis/errors';
import type {
  MatchingCriterion,
  MatchingInput,
  MatchingPerson,
  MentorMenteePair,
  RoundCriteria,
  SkillLevel,
} from './matching.types';

export const MATCHING_CRITERIA: readonly MatchingCriterion[] = [
  'skillFit',
  'acrossDepartments',
  'acrossSites',
  'seniorityGap',
  'differentBackground',
  'menteePreferences',
];

export const MAX_CRITERION_WEIGHT = 1000;
export const MAX_SKILL_LEVEL = 100;
export const MAX_MENTOR_CAPACITY = 1000;

/** Throws a BadUserInputError naming the field to fix; returns quietly when the input can be matched. */
export function validateMatchingInput(input: MatchingInput): void {
  const mentorIds = validatePeople(input.mentors, 'mentors');
  const menteeIds = validatePeople(input.mentees, 'mentees');
  input.mentors.forEach((mentor, index) => {
    const field = `mentors[${index}]`;
    if (!Number.isInteger(mentor.capacity) || mentor.capacity < 0 || mentor.capacity > MAX_MENTOR_CAPACITY) {
      throw new BadUserInputError(
        `${field}.capacity`,
        `Capacity of mentor ${mentor.id} must be a whole number from 0 to ${MAX_MENTOR_CAPACITY}.`,
      );
    }
    validateSkills(mentor.skillsOffered, `${field}.skillsOffered`, mentor.id);
  });
  input.mentees.forEach((mentee, index) => {
    const field = `mentees[${index}]`;
    validateSkills(mentee.skillsWanted, `${field}.skillsWanted`, mentee.id);
    if (mentee.preferences === null || typeof mentee.preferences !== 'object') {
      throw new BadUserInputError(`${field}.preferences`, `Give mentee ${mentee.id} a preferences object.`);
    }
  });
  validateCriteria(input.criteria);
  validatePairs(input.declinedPairs ?? [], 'declinedPairs');
  validateFixedMatches(input.fixedMatches ?? [], mentorIds, menteeIds);
  validatePairs(input.excludedPairs ?? [], 'excludedPairs');
  validatePinnedPairs(input, mentorIds, menteeIds);
}

/** Pins name known people, one per mentee, never a mentee who already has a fixed match. */
function validatePinnedPairs(input: MatchingInput, mentorIds: ReadonlySet<string>, menteeIds: ReadonlySet<string>): void {
  const pins = input.pinnedPairs ?? [];
  validatePairs(pins, 'pinnedPairs');
  const taken = new Set((input.fixedMatches ?? []).map(([, menteeId]) => menteeId));
  pins.forEach(([mentorId, menteeId], index) => {
    const field = `pinnedPairs[${index}]`;
    if (!mentorIds.has(mentorId)) throw new BadUserInputError(field, `Pinned pair names mentor ${mentorId}, who is not in mentors.`);
    if (!menteeIds.has(menteeId)) throw new BadUserInputError(field, `Pinned pair names mentee ${menteeId}, who is not in mentees.`);
    if (taken.has(menteeId)) throw new BadUserInputError(field, `Mentee ${menteeId} already has a match or another pin; unpin one.`);
    taken.add(menteeId);
  });
}

function validatePeople(people: readonly MatchingPerson[], field: string): Set<string> {
  if (!Array.isArray(people)) throw new BadUserInputError(field, `Give ${field} as a list.`);
  const ids = new Set<string>();
  people.forEach((person, index) => {
    const at = `${field}[${index}]`;
    if (typeof person.id !== 'string' || person.id.length === 0) {
      throw new BadUserInputError(`${at}.id`, `Every one of ${field} needs a non-empty id.`);
    }
    if (ids.has(person.id)) throw new BadUserInputError(`${at}.id`, `${person.id} appears twice in ${field}.`);
    ids.add(person.id);
    for (const key of ['department', 'site'] as const) {
      if (typeof person[key] !== 'string') throw new BadUserInputError(`${at}.${key}`, `Give ${person.id} a ${key}.`);
    }
    if (!Number.isFinite(person.seniorityYears) || person.seniorityYears < 0) {
      throw new BadUserInputError(`${at}.seniorityYears`, `Seniority of ${person.id} must be 0 or more years.`);
    }
    if (!isStringList(person.languages) || person.languages.length === 0) {
      throw new BadUserInputError(`${at}.languages`, `Give ${person.id} at least one language.`);
    }
    if (!isStringList(person.managerChain)) {
      throw new BadUserInputError(`${at}.managerChain`, `Give the manager chain of ${person.id} as a list of ids.`);
    }
    if (person.diversity === null || typeof person.diversity !== 'object') {
      throw new BadUserInputError(`${at}.diversity`, `Give ${person.id} a diversity object (it may be empty).`);
    }
  });
  return ids;
}

function validateSkills(skills: readonly SkillLevel[], field: string, personId: string): void {
  if (!Array.isArray(skills)) throw new BadUserInputError(field, `Give the skills of ${personId} as a list.`);
  const seen = new Set<string>();
  skills.forEach((skill, index) => {
    if (typeof skill.skillId !== 'string' || skill.skillId.length === 0) {
      throw new BadUserInputError(`${field}[${index}].skillId`, `A skill of ${personId} has no id.`);
    }
    if (seen.has(skill.skillId)) {
      throw new BadUserInputError(`${field}[${index}]`, `${personId} lists skill ${skill.skillId} twice.`);
    }
    seen.add(skill.skillId);
    if (!Number.isInteger(skill.level) || skill.level < 0 || skill.level > MAX_SKILL_LEVEL) {
      throw new BadUserInputError(
        `${field}[${index}].level`,
        `The level of skill ${skill.skillId} for ${personId} must be a whole number from 0 to ${MAX_SKILL_LEVEL}.`,
      );
    }
  });
}

function validateCriteria(criteria: RoundCriteria): void {
  if (criteria === null || typeof criteria !== 'object' || criteria.weights === null || typeof criteria.weights !== 'object') {
    throw new BadUserInputError('criteria.weights', 'Give the round criteria with their weights.');
  }
  for (const criterion of MATCHING_CRITERIA) {
    const weight = criteria.weights[criterion];
    if (!Number.isFinite(weight) || weight < 0 || weight > MAX_CRITERION_WEIGHT) {
      throw new BadUserInputError(
        `criteria.weights.${criterion}`,
        `The weight of ${criterion} must be a number from 0 to ${MAX_CRITERION_WEIGHT}.`,
      );
    }
  }
  if (criteria.weights.skillFit <= 0) {
    throw new BadUserInputError('criteria.weights.skillFit', 'Skill fit comes first: give it a weight above 0.');
  }
  const gap = criteria.seniorityGap;
  if (gap === null || typeof gap !== 'object' || !Number.isFinite(gap.min) || !Number.isFinite(gap.max) || gap.min > gap.max) {
    throw new BadUserInputError('criteria.seniorityGap', 'Give the seniority gap as finite years with min at most max.');
  }
  if (criteria.backgroundAttributes !== undefined && !isStringList(criteria.backgroundAttributes)) {
    throw new BadUserInputError('criteria.backgroundAttributes', 'Give the background attributes as a list of names.');
  }
  const targets = criteria.targets;
  if (targets === undefined) return;
  for (const share of ['minGroupRateShare', 'minAcrossDepartmentsShare'] as const) {
    const value = targets[share];
    if (value !== undefined && !(Number.isFinite(value) && value >= 0 && value <= 1)) {
      throw new BadUserInputError(`criteria.targets.${share}`, `${share} must be a share from 0 to 1.`);
    }
  }
  if (targets.minGroupRateShare !== undefined && !targets.groupAttribute) {
    throw new BadUserInputError('criteria.targets.groupAttribute', 'Name the diversity attribute that forms the groups.');
  }
  if (targets.minGroupSize !== undefined && !(Number.isInteger(targets.minGroupSize) && targets.minGroupSize >= 1)) {
    throw new BadUserInputError('criteria.targets.minGroupSize', 'The minimum group size must be a whole number of 1 or more.');
  }
}

function validatePairs(pairs: readonly MentorMenteePair[], field: string): void {
  if (!Array.isArray(pairs)) throw new BadUserInputError(field, `Give ${field} as a list of [mentorId, menteeId].`);
  pairs.forEach((pair, index) => {
    if (!Array.isArray(pair) || pair.length !== 2 || typeof pair[0] !== 'string' || typeof pair[1] !== 'string') {
      throw new BadUserInputError(`${field}[${index}]`, `Give each of ${field} as [mentorId, menteeId].`);
    }
  });
}

function validateFixedMatches(
  pairs: readonly MentorMenteePair[],
  mentorIds: ReadonlySet<string>,
  menteeIds: ReadonlySet<string>,
): void {
  validatePairs(pairs, 'fixedMatches');
  const fixedMentees = new Set<string>();
  pairs.forEach(([mentorId, menteeId], index) => {
    const field = `fixedMatches[${index}]`;
    if (!mentorIds.has(mentorId)) throw new BadUserInputError(field, `Fixed match names mentor ${mentorId}, who is not in mentors.`);
    if (!menteeIds.has(menteeId)) throw new BadUserInputError(field, `Fixed match names mentee ${menteeId}, who is not in mentees.`);
    if (fixedMentees.has(menteeId)) throw new BadUserInputError(field, `Mentee ${menteeId} has two fixed matches.`);
    fixedMentees.add(menteeId);
  });
}

function isStringList(value: unknown): value is readonly string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}
