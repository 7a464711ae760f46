import type { CapturedMail } from './mail-sink';

/** Private values the mentoring e2e tests declare, which must never reach anyone but their owner. */
export const SECRET_VALUES = ['zq-gender-one', 'zq-gender-two', 'zq-background-one', 'zq-background-two', 'zq-age-one'];
/** Attribute names and phrases that would say or compare what someone declared. */
export const TELLTALE_PHRASES = [
  'gender',
  'geslacht',
  'background',
  'achtergrond',
  'age_band',
  'age band',
  'leeftijd',
  'diversity',
  'diversiteit',
  'differentBackground',
  'menteePreferences',
  'same gender',
  'hetzelfde',
  'not declared',
];

/** What a person sees of a mail: subject, text, the HTML's visible text (its inline CSS says "background" for colours) and the invite. */
export function visibleTextOf(mail: CapturedMail): string {
  const html = mail.parsed.html ? mail.parsed.html.replace(/<[^>]*>/g, ' ') : '';
  return [mail.parsed.subject, mail.parsed.text, html, mail.ics].join('\n');
}

/** Throws naming the person and the needle when any secret value or telltale phrase is in what they saw. */
export function expectNothingTelling(who: string, texts: readonly string[]): void {
  const all = texts.join('\n').toLowerCase();
  if (all.length === 0) throw new Error(`${who} saw nothing at all: the search would prove nothing`);
  for (const needle of [...SECRET_VALUES, ...TELLTALE_PHRASES]) {
    if (all.includes(needle.toLowerCase())) throw new Error(`${who} can see "${needle}"`);
  }
}
