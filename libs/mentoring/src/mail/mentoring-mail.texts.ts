import type { MailLanguage } from '@kennis/mail';

/** A moment in the recipient's own zone and language, with the zone named. */
export function localDateTime(instant: Date, timeZone: string, language: MailLanguage): string {
  return new Intl.DateTimeFormat(language === 'nl' ? 'nl-NL' : 'en-GB', {
    timeZone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'short',
  }).format(instant);
}

export interface MentoringMailTexts {
  greeting: (name: string) => string;
  proposalsSubject: (roundName: string) => string;
  proposalsLead: (roundName: string, count: number, respondBy: string) => string;
  proposalScore: (score: number) => string;
  answerHere: string;
  acceptedSubject: (otherName: string) => string;
  acceptedLead: (otherName: string, youAreMentor: boolean) => string;
  meetingPlanned: string;
  noSharedTime: string;
  online: string;
  calendarAdded: string;
  endedSubject: (otherName: string) => string;
  endedLead: (otherName: string) => string;
  meetingCancelled: string;
  when: string;
  where: string;
  whyReasons: string;
  openMentoring: string;
  reasonMentor: string;
  reasonMatch: string;
}

export const MENTORING_MAIL_TEXTS: Record<MailLanguage, MentoringMailTexts> = {
  en: {
    greeting: (name) => `Hello ${name},`,
    proposalsSubject: (roundName) => `Mentoring: proposed mentees in ${roundName}`,
    proposalsLead: (roundName, count, respondBy) =>
      `The round "${roundName}" proposes ${count === 1 ? 'a mentee' : `${count} mentees`} for you. Please accept or decline by ${respondBy}; no answer by then counts as declined.`,
    proposalScore: (score) => `score ${score}`,
    answerHere: 'Accept or decline',
    acceptedSubject: (otherName) => `Mentoring: you and ${otherName} are matched`,
    endedSubject: (otherName) => `Mentoring: your match with ${otherName} has ended`,
    endedLead: (otherName) => `Your mentoring match with ${otherName} has ended. It stays in your history.`,
    meetingCancelled: 'The first meeting that was still ahead is cancelled in your calendar.',
    acceptedLead: (otherName, youAreMentor) =>
      youAreMentor ? `You accepted ${otherName} as your mentee.` : `${otherName} accepted to be your mentor.`,
    meetingPlanned: 'Your first meeting is planned; the invite is attached.',
    noSharedTime: 'Your working hours do not overlap in the next two weeks; please agree a first meeting between you.',
    online: 'online',
    calendarAdded: 'The first meeting has been added to your calendar.',
    when: 'When',
    where: 'Where',
    whyReasons: 'Why this match',
    openMentoring: 'Open mentoring in Kennis',
    reasonMentor: 'You get this mail because you offered to mentor in this round.',
    reasonMatch: 'You get this mail because you take part in this mentoring match.',
  },
  nl: {
    greeting: (name) => `Hallo ${name},`,
    proposalsSubject: (roundName) => `Mentoring: voorgestelde mentees in ${roundName}`,
    proposalsLead: (roundName, count, respondBy) =>
      `De ronde "${roundName}" stelt ${count === 1 ? 'een mentee' : `${count} mentees`} aan je voor. Accepteer of weiger vóór ${respondBy}; geen antwoord telt als geweigerd.`,
    proposalScore: (score) => `score ${score}`,
    answerHere: 'Accepteren of weigeren',
    acceptedSubject: (otherName) => `Mentoring: jij en ${otherName} zijn gekoppeld`,
    endedSubject: (otherName) => `Mentoring: je koppeling met ${otherName} is beëindigd`,
    endedLead: (otherName) => `Je mentoringkoppeling met ${otherName} is beëindigd. Ze blijft in je geschiedenis staan.`,
    meetingCancelled: 'De eerste afspraak die nog moest komen is uit je agenda gehaald.',
    acceptedLead: (otherName, youAreMentor) =>
      youAreMentor ? `Je hebt ${otherName} als mentee geaccepteerd.` : `${otherName} wil graag je mentor zijn.`,
    meetingPlanned: 'Jullie eerste afspraak staat gepland; de uitnodiging zit in de bijlage.',
    noSharedTime: 'Jullie werktijden overlappen de komende twee weken niet; spreek samen een eerste afspraak af.',
    online: 'online',
    calendarAdded: 'De eerste afspraak staat in je agenda.',
    when: 'Wanneer',
    where: 'Waar',
    whyReasons: 'Waarom deze koppeling',
    openMentoring: 'Open mentoring in Kennis',
    reasonMentor: 'Je krijgt dit bericht omdat je in deze ronde mentor wilt zijn.',
    reasonMatch: 'Je krijgt dit bericht omdat je deel uitmaakt van deze mentoringkoppeling.',
  },
};
