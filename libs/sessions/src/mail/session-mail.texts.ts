import type { MailLanguage } from '@kennis/mail';
import type { SessionMailKind } from '../jobs/sessions.jobs';

/** Who a session mail goes to decides why they get it. */
export type SessionMailAudience = 'host' | 'participant' | 'room' | 'facility';

export interface SessionMailTexts {
  locale: string;
  subject: Record<SessionMailKind, (title: string) => string>;
  lead: Record<SessionMailKind, (title: string, waitlistPosition: number | undefined) => string>;
  greeting: (name: string) => string;
  /** Rooms and facility teams get resource mail: addressed as the resource, not greeted as a person. */
  resourceGreeting: (name: string) => string;
  resourceLead: Record<SessionMailKind, (title: string) => string>;
  when: string;
  where: string;
  online: string;
  hosts: string;
  about: string;
  /** An update's section: old -> new. */
  changed: string;
  time: string;
  place: string;
  /** A facility team's section: the note and the head count. */
  request: string;
  /** A refused room's section: the facility manager's reason. */
  refusal: string;
  note: string;
  /** A note-change update: the label of the note it had, and what stands for no note. */
  noteBefore: string;
  noNote: string;
  headCount: (seatsTaken: number, capacity: number) => string;
  calendarAdded: string;
  calendarRemoved: string;
  openSession: string;
  reason: Record<SessionMailAudience, string>;
}

const dutch: SessionMailTexts = {
  locale: 'nl-NL',
  subject: {
    INVITE: (title) => `Uitnodiging: ${title}`,
    UPDATE: (title) => `Gewijzigd: ${title}`,
    CANCELLATION: (title) => `Geannuleerd: ${title}`,
    SEAT_GRANTED: (title) => `Je hebt een plaats: ${title}`,
    WAITLISTED: (title) => `Op de wachtlijst: ${title}`,
    REMINDER: (title) => `Herinnering: ${title}`,
    LEFT: (title) => `Afgemeld: ${title}`,
    ROOM_PENDING: (title) => `Ruimte wacht op goedkeuring: ${title}`,
    ROOM_REFUSED: (title) => `Ruimte geweigerd: ${title}`,
  },
  lead: {
    INVITE: (title) => `Je bent aangemeld voor "${title}".`,
    UPDATE: (title) => `De tijd of plaats van "${title}" is gewijzigd.`,
    CANCELLATION: (title) => `"${title}" gaat niet door.`,
    SEAT_GRANTED: (title) => `Er is een plaats vrijgekomen bij "${title}", en die is voor jou.`,
    WAITLISTED: (title, position) =>
      position === undefined
        ? `"${title}" is vol. Je staat op de wachtlijst; komt er een plaats vrij, dan krijg je bericht.`
        : `"${title}" is vol. Je staat als nummer ${position} op de wachtlijst; komt er een plaats vrij, dan krijg je bericht.`,
    REMINDER: (title) => `"${title}" begint binnenkort.`,
    LEFT: (title) => `Je hebt je afgemeld voor "${title}".`,
    ROOM_PENDING: (title) =>
      `De ruimte van "${title}" vraagt goedkeuring van een facilitair beheerder. De ruimte is voor je vastgehouden; na de goedkeuring is de sessie ingepland en gaan de uitnodigingen uit.`,
    ROOM_REFUSED: (title) =>
      `Een facilitair beheerder heeft de ruimte voor "${title}" geweigerd. De ruimte is vrijgegeven en de sessie is weer een voorstel: plan haar in een andere ruimte of online.`,
  },
  greeting: (name) => (name ? `Hoi ${name},` : 'Hoi,'),
  resourceGreeting: (name) => `Reservering voor ${name}`,
  resourceLead: {
    INVITE: (title) => `Gereserveerd voor "${title}".`,
    UPDATE: (title) => `De reservering voor "${title}" is gewijzigd: zie de tijd en plaats hieronder.`,
    CANCELLATION: (title) => `De reservering voor "${title}" vervalt; deze tijd is weer vrij.`,
    SEAT_GRANTED: (title) => `Gereserveerd voor "${title}".`,
    WAITLISTED: (title) => `Gereserveerd voor "${title}".`,
    REMINDER: (title) => `"${title}" begint binnenkort.`,
    LEFT: (title) => `Gereserveerd voor "${title}".`,
    ROOM_PENDING: (title) => `Vastgehouden voor "${title}", in afwachting van goedkeuring.`,
    ROOM_REFUSED: (title) => `De reservering voor "${title}" is geweigerd; deze tijd is weer vrij.`,
  },
  when: 'Wanneer',
  where: 'Waar',
  online: 'Online',
  hosts: 'Door',
  about: 'Waar gaat het over',
  changed: 'Wat is er veranderd',
  time: 'Tijd',
  place: 'Plaats',
  request: 'Het verzoek',
  refusal: 'Reden van de weigering',
  note: 'Notitie',
  noteBefore: 'Eerdere notitie',
  noNote: '(geen)',
  headCount: (seatsTaken, capacity) => `Verwacht: ${seatsTaken} ${seatsTaken === 1 ? 'deelnemer' : 'deelnemers'} aangemeld, plaats voor ${capacity}`,
  calendarAdded: 'De uitnodiging staat in de bijlage en in je agenda.',
  calendarRemoved: 'De sessie is uit je agenda gehaald.',
  openSession: 'Bekijk de sessie',
  reason: {
    host: 'Je krijgt dit bericht omdat je deze sessie geeft.',
    participant: 'Je krijgt dit bericht omdat je je voor deze sessie hebt aangemeld.',
    room: 'Dit bericht gaat naar de agenda van deze ruimte, omdat de sessie er geboekt is of was.',
    facility: 'Dit bericht gaat naar jullie team, omdat de sessie jullie hulp heeft gevraagd.',
  },
};

const english: SessionMailTexts = {
  locale: 'en-GB',
  subject: {
    INVITE: (title) => `Invitation: ${title}`,
    UPDATE: (title) => `Updated: ${title}`,
    CANCELLATION: (title) => `Cancelled: ${title}`,
    SEAT_GRANTED: (title) => `You have a seat: ${title}`,
    WAITLISTED: (title) => `On the waitlist: ${title}`,
    REMINDER: (title) => `Reminder: ${title}`,
    LEFT: (title) => `You left: ${title}`,
    ROOM_PENDING: (title) => `Room awaiting approval: ${title}`,
    ROOM_REFUSED: (title) => `Room refused: ${title}`,
  },
  lead: {
    INVITE: (title) => `You are in for "${title}".`,
    UPDATE: (title) => `The time or place of "${title}" has changed.`,
    CANCELLATION: (title) => `"${title}" has been cancelled.`,
    SEAT_GRANTED: (title) => `A seat has come free for "${title}", and it is yours.`,
    WAITLISTED: (title, position) =>
      position === undefined
        ? `"${title}" is full. You are on the waitlist; we will mail you when a seat comes free.`
        : `"${title}" is full. You are number ${position} on the waitlist; we will mail you when a seat comes free.`,
    REMINDER: (title) => `"${title}" starts soon.`,
    LEFT: (title) => `You have left "${title}".`,
    ROOM_PENDING: (title) =>
      `The room of "${title}" needs a facility manager's approval. It is held for you; once approved, the session is scheduled and the invites go out.`,
    ROOM_REFUSED: (title) =>
      `A facility manager refused the room for "${title}". The room is released and the session is a proposal again: schedule it in another room or online.`,
  },
  greeting: (name) => (name ? `Hi ${name},` : 'Hi,'),
  resourceGreeting: (name) => `Booking for ${name}`,
  resourceLead: {
    INVITE: (title) => `Booked for "${title}".`,
    UPDATE: (title) => `The booking for "${title}" changed: see the time and place below.`,
    CANCELLATION: (title) => `The booking for "${title}" is cancelled; this time is free again.`,
    SEAT_GRANTED: (title) => `Booked for "${title}".`,
    WAITLISTED: (title) => `Booked for "${title}".`,
    REMINDER: (title) => `"${title}" starts soon.`,
    LEFT: (title) => `Booked for "${title}".`,
    ROOM_PENDING: (title) => `Held for "${title}", awaiting approval.`,
    ROOM_REFUSED: (title) => `The booking for "${title}" was refused; this time is free again.`,
  },
  when: 'When',
  where: 'Where',
  online: 'Online',
  hosts: 'Hosted by',
  about: 'About',
  changed: 'What changed',
  time: 'Time',
  place: 'Place',
  request: 'The request',
  refusal: 'Why it was refused',
  note: 'Note',
  noteBefore: 'Note before',
  noNote: '(none)',
  headCount: (seatsTaken, capacity) => `Expected: ${seatsTaken} signed up, room for ${capacity}`,
  calendarAdded: 'The invite is attached and in your calendar.',
  calendarRemoved: 'The session has been removed from your calendar.',
  openSession: 'View the session',
  reason: {
    host: 'You get this mail because you host this session.',
    participant: 'You get this mail because you signed up for this session.',
    room: "This mail goes to this room's calendar because the session is or was booked in it.",
    facility: 'This mail goes to your team because the session asked for your help.',
  },
};

export const SESSION_MAIL_TEXTS: Record<MailLanguage, SessionMailTexts> = { nl: dutch, en: english };
