import { MATCHING_CRITERIA } from './matching-input.validation';
import type { MatchingCriterion, ScoreLine } from './matching.types';
import { declinedPairKey, NOT_DECLARED, type PreparedRound } from './prepared-round';

/** The hard limits a pair can break by itself; capacity belongs to the solver, skill fit to the scoring. */
export type PairHardLimit = 'same-person' | 'no-shared-language' | 'reporting-line' | 'declined';

/** A skill gap above this counts no more: a mentor far ahead is not better than one well ahead. */
const FULL_CREDIT_SKILL_GAP = 3;

/** The first hard limit the pair breaks, in the order they are cheapest to check; undefined if none. */
export function brokenHardLimit(round: PreparedRound, mentorIndex: number, menteeIndex: number): PairHardLimit | undefined {
  const mentorKey = round.mentorPersonKey[mentorIndex];
  const menteeKey = round.menteePersonKey[menteeIndex];
  if (mentorKey === menteeKey) return 'same-person';
  if (!sharesAny(round.mentorLanguages[mentorIndex], round.menteeLanguages[menteeIndex])) return 'no-shared-language';
  if (includes(round.menteeManagerKeys[menteeIndex], mentorKey) || includes(round.mentorManagerKeys[mentorIndex], menteeKey)) {
    return 'reporting-line';
  }
  if (round.declinedPairKeys.has(declinedPairKey(mentorIndex, menteeIndex, round.mentees.length))) return 'declined';
  return undefined;
}

/** What one wanted skill earns: the mentor's lead over the mentee, capped; 0 when the mentor is not ahead. */
export function skillCredit(mentorLevel: number, menteeLevel: number): number {
  return mentorLevel > menteeLevel ? Math.min(mentorLevel - menteeLevel, FULL_CREDIT_SKILL_GAP) : 0;
}

function skillCreditSum(round: PreparedRound, mentorIndex: number, menteeIndex: number): number {
  const offered = round.mentorSkillLevels[mentorIndex];
  const skills = round.menteeSkillIndexes[menteeIndex];
  const levels = round.menteeSkillLevels[menteeIndex];
  let credit = 0;
  for (let k = 0; k < skills.length; k += 1) {
    const mentorLevel = offered.get(skills[k]);
    if (mentorLevel !== undefined) credit += skillCredit(mentorLevel, levels[k]);
  }
  return credit;
}

/** Every wanted skill covered with the full gap is 100; any fit at all is at least 1. */
function skillFitPercent(creditSum: number, wantedSkillCount: number): number {
  return Math.max(1, Math.round((100 * creditSum) / (FULL_CREDIT_SKILL_GAP * wantedSkillCount)));
}

function criterionPoints(weight: number, percent: number): number {
  return Math.round(weight * percent);
}

/** Skill fit is what makes a pair worth proposing, so an eligible pair earns at least 1 point for it. */
export function skillFitPoints(round: PreparedRound, creditSum: number, wantedSkillCount: number): number {
  return Math.max(1, criterionPoints(round.weights.skillFit, skillFitPercent(creditSum, wantedSkillCount)));
}

/** The points of every criterion but skill fit: the hot path when all candidate pairs are scored. */
export function otherCriteriaPoints(round: PreparedRound, mentorIndex: number, menteeIndex: number): number {
  const weights = round.weights;
  let points = 0;
  if (weights.acrossDepartments > 0) {
    points += criterionPoints(weights.acrossDepartments, acrossDepartmentsPercent(round, mentorIndex, menteeIndex));
  }
  if (weights.acrossSites > 0) {
    points += criterionPoints(weights.acrossSites, acrossSitesPercent(round, mentorIndex, menteeIndex));
  }
  if (weights.seniorityGap > 0) {
    points += criterionPoints(weights.seniorityGap, seniorityGapPercent(round, mentorIndex, menteeIndex));
  }
  if (weights.differentBackground > 0) {
    points += criterionPoints(weights.differentBackground, backgroundPercent(compareBackgrounds(round, mentorIndex, menteeIndex)));
  }
  if (weights.menteePreferences > 0) {
    points += criterionPoints(weights.menteePreferences, preferencesPercent(checkPreferences(round, mentorIndex, menteeIndex)));
  }
  return points;
}

/** Score and readable breakdown of an eligible pair; the slow path, for proposals and tests. */
export function explainPair(
  round: PreparedRound,
  mentorIndex: number,
  menteeIndex: number,
): { score: number; breakdown: ScoreLine[] } {
  const breakdown: ScoreLine[] = [];
  for (const criterion of MATCHING_CRITERIA) {
    if (round.weights[criterion] > 0) breakdown.push(explainCriterion(round, criterion, mentorIndex, menteeIndex));
  }
  return { score: breakdown.reduce((sum, line) => sum + line.points, 0), breakdown };
}

function explainCriterion(
  round: PreparedRound,
  criterion: MatchingCriterion,
  mentorIndex: number,
  menteeIndex: number,
): ScoreLine {
  const mentor = round.mentors[mentorIndex];
  const mentee = round.mentees[menteeIndex];
  const weight = round.weights[criterion];
  switch (criterion) {
    case 'skillFit': {
      const creditSum = skillCreditSum(round, mentorIndex, menteeIndex);
      const points = creditSum > 0 ? skillFitPoints(round, creditSum, mentee.skillsWanted.length) : 0;
      return { criterion, points, explanation: explainSkills(round, mentorIndex, menteeIndex) };
    }
    case 'acrossDepartments': {
      const percent = acrossDepartmentsPercent(round, mentorIndex, menteeIndex);
      const explanation =
        percent > 0
          ? `Across departments: mentor in ${mentor.department}, mentee in ${mentee.department}.`
          : `Same department (${mentor.department}).`;
      return { criterion, points: criterionPoints(weight, percent), explanation };
    }
    case 'acrossSites': {
      const percent = acrossSitesPercent(round, mentorIndex, menteeIndex);
      const explanation =
        percent > 0 ? `Across sites: mentor in ${mentor.site}, mentee in ${mentee.site}.` : `Same site (${mentor.site}).`;
      return { criterion, points: criterionPoints(weight, percent), explanation };
    }
    case 'seniorityGap': {
      const percent = seniorityGapPercent(round, mentorIndex, menteeIndex);
      const gap = mentor.seniorityYears - mentee.seniorityYears;
      const { min, max } = round.criteria.seniorityGap;
      const lead = gap >= 0 ? `${formatYears(gap)} more` : `${formatYears(-gap)} fewer`;
      const verdict = percent > 0 ? 'within' : 'outside';
      const explanation = `Mentor has ${lead} years of experience than mentee, ${verdict} the wanted gap of ${formatYears(min)} to ${formatYears(max)} years.`;
      return { criterion, points: criterionPoints(weight, percent), explanation };
    }
    case 'differentBackground': {
      // Whether two people share an attribute says what the other declared, so no answer is ever written.
      const percent = backgroundPercent(compareBackgrounds(round, mentorIndex, menteeIndex));
      return { criterion, points: criterionPoints(weight, percent), explanation: 'Background mix: used by the matching only.' };
    }
    case 'menteePreferences': {
      const check = checkPreferences(round, mentorIndex, menteeIndex);
      const explanation =
        check.stated === 0
          ? 'No preferences stated: any mentor suits.'
          : check.answers.length === 0
            ? "Mentee's preferences: used by the matching only."
            : `Mentee's preferences: ${check.answers.join(', ')}.`;
      return { criterion, points: criterionPoints(weight, preferencesPercent(check)), explanation };
    }
  }
}

function explainSkills(round: PreparedRound, mentorIndex: number, menteeIndex: number): string {
  const offered = round.mentorSkillLevels[mentorIndex];
  const skills = round.menteeSkillIndexes[menteeIndex];
  const levels = round.menteeSkillLevels[menteeIndex];
  const parts: string[] = [];
  for (let k = 0; k < skills.length; k += 1) {
    const skillId = round.skillIds[skills[k]];
    const name = round.skillNames.get(skillId) ?? skillId;
    const mentorLevel = offered.get(skills[k]);
    if (mentorLevel === undefined) parts.push(`mentor does not offer ${name}`);
    else if (mentorLevel > levels[k]) parts.push(`mentor offers ${name} at level ${mentorLevel}, mentee is at ${levels[k]}`);
    else parts.push(`mentor offers ${name} at level ${mentorLevel}, not above mentee's ${levels[k]}`);
  }
  const text = parts.join('; ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

function acrossDepartmentsPercent(round: PreparedRound, mentorIndex: number, menteeIndex: number): number {
  return round.mentorDepartment[mentorIndex] !== round.menteeDepartment[menteeIndex] ? 100 : 0;
}

function acrossSitesPercent(round: PreparedRound, mentorIndex: number, menteeIndex: number): number {
  return round.mentorSite[mentorIndex] !== round.menteeSite[menteeIndex] ? 100 : 0;
}

function seniorityGapPercent(round: PreparedRound, mentorIndex: number, menteeIndex: number): number {
  const gap = round.mentors[mentorIndex].seniorityYears - round.mentees[menteeIndex].seniorityYears;
  const { min, max } = round.criteria.seniorityGap;
  return gap >= min && gap <= max ? 100 : 0;
}

interface BackgroundComparison {
  comparable: number;
  different: number;
}

function compareBackgrounds(round: PreparedRound, mentorIndex: number, menteeIndex: number): BackgroundComparison {
  const count = round.backgroundAttributeCount;
  let comparable = 0;
  let different = 0;
  for (let k = 0; k < count; k += 1) {
    const mentorValue = round.mentorBackground[mentorIndex * count + k];
    const menteeValue = round.menteeBackground[menteeIndex * count + k];
    if (mentorValue === NOT_DECLARED || menteeValue === NOT_DECLARED) continue;
    comparable += 1;
    if (mentorValue !== menteeValue) different += 1;
  }
  return { comparable, different };
}

function backgroundPercent({ comparable, different }: BackgroundComparison): number {
  return comparable === 0 ? 0 : Math.round((100 * different) / comparable);
}

interface PreferenceCheck {
  stated: number;
  met: number;
  answers: string[];
}

function checkPreferences(round: PreparedRound, mentorIndex: number, menteeIndex: number): PreferenceCheck {
  const preferences = round.mentees[menteeIndex].preferences;
  const check: PreferenceCheck = { stated: 0, met: 0, answers: [] };
  const record = (wanted: boolean | undefined, label: string | null, met: boolean): void => {
    if (wanted !== true) return;
    check.stated += 1;
    if (met) check.met += 1;
    // A preference about a diversity attribute is counted but never answered in words (label null).
    if (label !== null) check.answers.push(`${label} ${met ? 'yes' : 'no'}`);
  };
  record(preferences.otherDepartment, 'another department', acrossDepartmentsPercent(round, mentorIndex, menteeIndex) > 0);
  record(preferences.otherSite, 'another site', acrossSitesPercent(round, mentorIndex, menteeIndex) > 0);
  const mentorGender = round.mentorGender[mentorIndex];
  const menteeGender = round.menteeGender[menteeIndex];
  const genderKnown = mentorGender !== NOT_DECLARED && menteeGender !== NOT_DECLARED;
  record(preferences.sameGender, null, genderKnown && mentorGender === menteeGender);
  return check;
}

/** No stated preference means any mentor suits, so flexible mentees are not ranked below choosy ones. */
function preferencesPercent({ stated, met }: PreferenceCheck): number {
  return stated === 0 ? 100 : Math.round((100 * met) / stated);
}

function sharesAny(a: Int32Array, b: Int32Array): boolean {
  for (let x = 0; x < a.length; x += 1) if (includes(b, a[x])) return true;
  return false;
}

function includes(list: Int32Array, value: number): boolean {
  for (let k = 0; k < list.length; k += 1) if (list[k] === value) return true;
  return false;
}

function formatYears(years: number): string {
  return Number.isInteger(years) ? String(years) : years.toFixed(1);
}
