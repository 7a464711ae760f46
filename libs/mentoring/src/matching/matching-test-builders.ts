import type { CriterionWeights, MatchingInput, MenteeCandidate, MentorCandidate, RoundCriteria } from './matching.types';

/** In-memory builders for the matching specs. */
export function buildMentor(id: string, overrides: Partial<MentorCandidate> = {}): MentorCandidate {
  return {
    id,
    department: 'Engineering',
    site: 'Amsterdam',
    managerChain: [],
    seniorityYears: 10,
    languages: ['en'],
    diversity: {},
    capacity: 1,
    skillsOffered: [{ skillId: 'typescript', level: 5 }],
    ...overrides,
  };
}

export function buildMentee(id: string, overrides: Partial<MenteeCandidate> = {}): MenteeCandidate {
  return {
    id,
    department: 'Engineering',
    site: 'Amsterdam',
    managerChain: [],
    seniorityYears: 2,
    languages: ['en'],
    diversity: {},
    skillsWanted: [{ skillId: 'typescript', level: 2 }],
    preferences: {},
    ...overrides,
  };
}

export const SKILL_FIT_ONLY: CriterionWeights = {
  skillFit: 1,
  acrossDepartments: 0,
  acrossSites: 0,
  seniorityGap: 0,
  differentBackground: 0,
  menteePreferences: 0,
};

export function buildCriteria(overrides: Partial<RoundCriteria> = {}): RoundCriteria {
  return { weights: SKILL_FIT_ONLY, seniorityGap: { min: 0, max: 100 }, ...overrides };
}

export function buildInput(overrides: Partial<MatchingInput> = {}): MatchingInput {
  return { mentors: [], mentees: [], criteria: buildCriteria(), declinedPairs: [], fixedMatches: [], ...overrides };
}
