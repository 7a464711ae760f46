import type { CriterionWeights, MatchingInput, MenteeCandidate, MentorCandidate, RoundCriteria } from './matching.types';

export const GENDER_ATTRIBUTE = 'gender';
export const NOT_DECLARED = -1;

/**
 * A round in the engine's own terms: people sorted by id (so the input's order cannot change the result)
 * and every string the pair rules compare turned into a small integer once.
 */
export interface PreparedRound {
  readonly mentors: readonly MentorCandidate[];
  readonly mentees: readonly MenteeCandidate[];
  readonly criteria: RoundCriteria;
  readonly weights: CriterionWeights;
  readonly skillNames: ReadonlyMap<string, string>;
  /** Capacity left after the fixed matches, per mentor. */
  readonly openCapacity: Int32Array;
  /** The mentor index of each mentee's fixed match, or -1. */
  readonly fixedMentorOfMentee: Int32Array;
  readonly mentorPersonKey: Int32Array;
  readonly menteePersonKey: Int32Array;
  readonly mentorManagerKeys: readonly Int32Array[];
  readonly menteeManagerKeys: readonly Int32Array[];
  readonly mentorLanguages: readonly Int32Array[];
  readonly menteeLanguages: readonly Int32Array[];
  readonly mentorDepartment: Int32Array;
  readonly menteeDepartment: Int32Array;
  readonly mentorSite: Int32Array;
  readonly menteeSite: Int32Array;
  /** Codes of the background attributes, `backgroundAttributeCount` per person, NOT_DECLARED when missing. */
  readonly backgroundAttributeCount: number;
  readonly mentorBackground: Int32Array;
  readonly menteeBackground: Int32Array;
  readonly mentorGender: Int32Array;
  readonly menteeGender: Int32Array;
  /** Skill index and current level of each wanted skill, per mentee. */
  readonly menteeSkillIndexes: readonly Int32Array[];
  readonly menteeSkillLevels: readonly Int32Array[];
  /** Offered level per skill index, per mentor. */
  readonly mentorSkillLevels: readonly ReadonlyMap<number, number>[];
  readonly skillIds: readonly string[];
  readonly declinedPairKeys: ReadonlySet<number>;
}

/** A declared attribute value, or undefined; only the record's own string values count. */
export function declaredValue(diversity: Readonly<Record<string, string | undefined>>, attribute: string): string | undefined {
  if (!Object.hasOwn(diversity, attribute)) return undefined;
  const value = diversity[attribute];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

export function declinedPairKey(mentorIndex: number, menteeIndex: number, menteeCount: number): number {
  return mentorIndex * menteeCount + menteeIndex;
}

export function prepareRound(input: MatchingInput): PreparedRound {
  const mentors = [...input.mentors].sort((a, b) => compareIds(a.id, b.id));
  const mentees = [...input.mentees].sort((a, b) => compareIds(a.id, b.id));
  const mentorIndexById = new Map(mentors.map((mentor, index) => [mentor.id, index]));
  const menteeIndexById = new Map(mentees.map((mentee, index) => [mentee.id, index]));

  const personKeys = new Interner();
  const languages = new Interner();
  const departments = new Interner();
  const sites = new Interner();
  const skills = new Interner();
  const backgroundAttributes = chooseBackgroundAttributes(input);
  const attributeValues = backgroundAttributes.map(() => new Interner());
  const genderValues = new Interner();

  const backgroundCodes = (person: MentorCandidate | MenteeCandidate): number[] =>
    backgroundAttributes.map((attribute, index) => {
      const value = declaredValue(person.diversity, attribute);
      return value === undefined ? NOT_DECLARED : attributeValues[index].key(value);
    });
  const genderCode = (person: MentorCandidate | MenteeCandidate): number => {
    const value = declaredValue(person.diversity, GENDER_ATTRIBUTE);
    return value === undefined ? NOT_DECLARED : genderValues.key(value);
  };
  const languageKeys = (person: MentorCandidate | MenteeCandidate): Int32Array =>
    Int32Array.from(new Set(person.languages.map((language) => languages.key(language.trim().toLowerCase()))));
  const managerKeys = (person: MentorCandidate | MenteeCandidate): Int32Array =>
    Int32Array.from(person.managerChain.map((id) => personKeys.key(id)));

  const openCapacity = Int32Array.from(mentors, (mentor) => mentor.capacity);
  const fixedMentorOfMentee = new Int32Array(mentees.length).fill(-1);
  for (const [mentorId, menteeId] of input.fixedMatches ?? []) {
    const mentorIndex = mentorIndexById.get(mentorId)!;
    fixedMentorOfMentee[menteeIndexById.get(menteeId)!] = mentorIndex;
    // A mentor who lowered their capacity below their accepted matches keeps them and gets no more.
    openCapacity[mentorIndex] = Math.max(0, openCapacity[mentorIndex] - 1);
  }

  const declinedPairKeys = new Set<number>();
  for (const [mentorId, menteeId] of input.declinedPairs ?? []) {
    const mentorIndex = mentorIndexById.get(mentorId);
    const menteeIndex = menteeIndexById.get(menteeId);
    if (mentorIndex !== undefined && menteeIndex !== undefined) {
      declinedPairKeys.add(declinedPairKey(mentorIndex, menteeIndex, mentees.length));
    }
  }

  return {
    mentors,
    mentees,
    criteria: input.criteria,
    weights: input.criteria.weights,
    skillNames: new Map(Object.entries(input.skillNames ?? {})),
    openCapacity,
    fixedMentorOfMentee,
    mentorPersonKey: Int32Array.from(mentors, (mentor) => personKeys.key(mentor.id)),
    menteePersonKey: Int32Array.from(mentees, (mentee) => personKeys.key(mentee.id)),
    mentorManagerKeys: mentors.map(managerKeys),
    menteeManagerKeys: mentees.map(managerKeys),
    mentorLanguages: mentors.map(languageKeys),
    menteeLanguages: mentees.map(languageKeys),
    mentorDepartment: Int32Array.from(mentors, (mentor) => departments.key(mentor.department)),
    menteeDepartment: Int32Array.from(mentees, (mentee) => departments.key(mentee.department)),
    mentorSite: Int32Array.from(mentors, (mentor) => sites.key(mentor.site)),
    menteeSite: Int32Array.from(mentees, (mentee) => sites.key(mentee.site)),
    backgroundAttributeCount: backgroundAttributes.length,
    mentorBackground: Int32Array.from(mentors.flatMap(backgroundCodes)),
    menteeBackground: Int32Array.from(mentees.flatMap(backgroundCodes)),
    mentorGender: Int32Array.from(mentors, genderCode),
    menteeGender: Int32Array.from(mentees, genderCode),
    menteeSkillIndexes: mentees.map((mentee) => Int32Array.from(mentee.skillsWanted, (skill) => skills.key(skill.skillId))),
    menteeSkillLevels: mentees.map((mentee) => Int32Array.from(mentee.skillsWanted, (skill) => skill.level)),
    mentorSkillLevels: mentors.map(
      (mentor) => new Map(mentor.skillsOffered.map((skill) => [skills.key(skill.skillId), skill.level])),
    ),
    skillIds: skills.values,
    declinedPairKeys,
  };
}

/** Code-unit order, the same on every machine and locale. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function chooseBackgroundAttributes(input: MatchingInput): string[] {
  if (input.criteria.backgroundAttributes !== undefined) {
    return [...new Set(input.criteria.backgroundAttributes)].sort(compareIds);
  }
  const attributes = new Set<string>();
  for (const person of [...input.mentors, ...input.mentees]) {
    for (const attribute of Object.keys(person.diversity)) attributes.add(attribute);
  }
  return [...attributes].sort(compareIds);
}

class Interner {
  readonly values: string[] = [];
  private readonly keys = new Map<string, number>();

  key(value: string): number {
    let key = this.keys.get(value);
    if (key === undefined) {
      key = this.values.length;
      this.keys.set(value, key);
      this.values.push(value);
    }
    return key;
  }
}
