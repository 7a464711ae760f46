import type { MailLanguage } from '@kennis/mail';
import type { UnmatchedReason } from '../matching/matching.types';

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
  /** Why a proposal was made, per criterion shown to people (see VISIBLE_CRITERIA). */
  criterion: Record<'skillFit' | 'acrossDepartments' | 'acrossSites' | 'seniorityGap', string>;
  whyLabel: string;
  unmatchedSubject: (roundName: string) => string;
  unmatchedLead: (roundName: string) => string;
  unmatchedReason: Record<UnmatchedReason, string>;
  unmatchedNext: string;
  declinedSubject: string;
  declinedLead: (mentorName: string) => string;
  nextRun: string;
  expiredSubject: string;
  expiredLeadMentor: (menteeName: string) => string;
  expiredLeadMentee: (mentorName: string) => string;
  seeMentoring: string;
  movedSubject: (otherName: string) => string;
  movedLead: (otherName: string) => string;
  /** A move that answers a decline from a calendar: who declined (null: you), then the next time. */
  declinedMovedLead: (declinerName: string | null) => string;
  calendarUpdated: string;
  checkInSubject: (otherName: string) => string;
  checkInLead: (otherName: string) => string;
  checkInNote: string;
  logMeetings: string;
  feedbackSubject: (otherName: string) => string;
  feedbackLead: (otherName: string) => string;
  feedbackNote: string;
  giveFeedback: string;
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
    criterion: {
      skillFit: 'skills you offer that the mentee wants to grow in',
      acrossDepartments: 'across departments',
      acrossSites: 'across sites',
      seniorityGap: 'the experience gap the round asks for',
    },
    whyLabel: 'Why',
    unmatchedSubject: (roundName) => `Mentoring: no mentor yet in ${roundName}`,
    unmatchedLead: (roundName) => `The round "${roundName}" has no mentor for you yet.`,
    unmatchedReason: {
      'no-mentor-with-skill': 'No mentor in this round offers the skills you asked for above your level.',
      'no-shared-language': 'The mentors who offer your skills speak none of your languages.',
      'hard-limit': 'The mentors who offer your skills cannot be matched with you (for instance your own manager, or a pair declined before).',
      'capacity-full': 'The mentors who offer your skills have no room left this time.',
      'round-targets': 'The round could not fit everyone this time.',
    },
    unmatchedNext:
      'You stay in the round: the next run tries again, and you can change your request (other skills, more languages) until the round closes to requests.',
    declinedSubject: 'Mentoring: your proposed mentor declined',
    declinedLead: (mentorName) => `${mentorName} cannot be your mentor this time.`,
    nextRun: 'You stay in the round and are matched again in its next run; this mentor is not proposed to you again.',
    expiredSubject: 'Mentoring: a proposal expired',
    expiredLeadMentor: (menteeName) => `The proposal to mentor ${menteeName} was not answered in time and has expired.`,
    expiredLeadMentee: (mentorName) => `${mentorName} did not answer the proposal in time, so it has expired.`,
    seeMentoring: 'Your mentoring',
    movedSubject: (otherName) => `Mentoring: your first meeting with ${otherName} has moved`,
    movedLead: (otherName) => `Your first meeting with ${otherName} has a new time.`,
    declinedMovedLead: (declinerName) =>
      `${declinerName === null ? 'You declined' : `${declinerName} declined`} the earlier time in ${declinerName === null ? 'your' : 'their'} calendar, so Kennis moved your first meeting to the next time that suits you both.`,
    calendarUpdated: 'The invite in your calendar is updated to the new time.',
    checkInSubject: (otherName) => `Mentoring: how is it going with ${otherName}?`,
    checkInLead: (otherName) => `Time for a check-in on your mentoring with ${otherName}. Have you met lately, and is there a next meeting in your calendars?`,
    checkInNote: 'Log the meetings you held in Kennis, so you both keep track of them.',
    logMeetings: 'Log a meeting',
    feedbackSubject: (otherName) => `Mentoring: your match with ${otherName} is complete`,
    feedbackLead: (otherName) => `Your mentoring with ${otherName} has run its time and is complete. How was it?`,
    feedbackNote: 'Give a rating from 1 to 5 and a comment in Kennis. Your answer is yours: admins see only the figures of a whole round.',
    giveFeedback: 'Give feedback',
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
    criterion: {
      skillFit: 'vaardigheden die jij aanbiedt en waarin de mentee wil groeien',
      acrossDepartments: 'over afdelingen heen',
      acrossSites: 'over vestigingen heen',
      seniorityGap: 'het verschil in ervaring dat de ronde vraagt',
    },
    whyLabel: 'Waarom',
    unmatchedSubject: (roundName) => `Mentoring: nog geen mentor in ${roundName}`,
    unmatchedLead: (roundName) => `De ronde "${roundName}" heeft nog geen mentor voor je.`,
    unmatchedReason: {
      'no-mentor-with-skill': 'Geen mentor in deze ronde biedt de gevraagde vaardigheden boven jouw niveau aan.',
      'no-shared-language': 'De mentors die jouw vaardigheden aanbieden spreken geen van jouw talen.',
      'hard-limit': 'De mentors die jouw vaardigheden aanbieden kunnen niet aan je gekoppeld worden (bijvoorbeeld je eigen manager, of een eerder geweigerde koppeling).',
      'capacity-full': 'De mentors die jouw vaardigheden aanbieden hebben deze keer geen plek meer.',
      'round-targets': 'De ronde kon deze keer niet iedereen een plek geven.',
    },
    unmatchedNext:
      'Je blijft in de ronde: de volgende koppeling probeert het opnieuw, en je kunt je aanvraag aanpassen (andere vaardigheden, meer talen) tot de ronde sluit voor aanvragen.',
    declinedSubject: 'Mentoring: je voorgestelde mentor heeft geweigerd',
    declinedLead: (mentorName) => `${mentorName} kan deze keer niet je mentor zijn.`,
    nextRun: 'Je blijft in de ronde en wordt bij de volgende koppeling opnieuw gekoppeld; deze mentor wordt je niet meer voorgesteld.',
    expiredSubject: 'Mentoring: een voorstel is verlopen',
    expiredLeadMentor: (menteeName) => `Het voorstel om ${menteeName} te begeleiden is niet op tijd beantwoord en is verlopen.`,
    expiredLeadMentee: (mentorName) => `${mentorName} heeft het voorstel niet op tijd beantwoord, dus het is verlopen.`,
    seeMentoring: 'Jouw mentoring',
    movedSubject: (otherName) => `Mentoring: je eerste afspraak met ${otherName} is verplaatst`,
    movedLead: (otherName) => `Je eerste afspraak met ${otherName} heeft een nieuwe tijd.`,
    declinedMovedLead: (declinerName) =>
      `${declinerName === null ? 'Je hebt' : `${declinerName} heeft`} de eerdere tijd in ${declinerName === null ? 'je' : 'de eigen'} agenda afgeslagen, dus Kennis heeft jullie eerste afspraak verplaatst naar de eerstvolgende tijd die jullie allebei past.`,
    calendarUpdated: 'De uitnodiging in je agenda is bijgewerkt naar de nieuwe tijd.',
    checkInSubject: (otherName) => `Mentoring: hoe gaat het met ${otherName}?`,
    checkInLead: (otherName) => `Tijd voor een check-in over je mentoring met ${otherName}. Hebben jullie elkaar onlangs gesproken, en staat er een volgende afspraak in jullie agenda's?`,
    checkInNote: 'Leg de afspraken die jullie hadden vast in Kennis, dan houden jullie allebei het overzicht.',
    logMeetings: 'Afspraak vastleggen',
    feedbackSubject: (otherName) => `Mentoring: je koppeling met ${otherName} is afgerond`,
    feedbackLead: (otherName) => `Je mentoring met ${otherName} heeft zijn looptijd erop zitten en is afgerond. Hoe was het?`,
    feedbackNote: 'Geef in Kennis een cijfer van 1 tot 5 en een toelichting. Je antwoord is van jou: beheerders zien alleen de cijfers van een hele ronde.',
    giveFeedback: 'Feedback geven',
  },
};
