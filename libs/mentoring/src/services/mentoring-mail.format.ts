import type { MailLanguage } from '@kennis/mail';

const CONTROLS = /[\u0000-\u001F\u007F\u0085\u2028\u2029]+/g;

/** A header or one-line value from user text: no CR/LF or other control survives (RFC 5322 2.2). */
export function oneLine(value: string): string {
  return value.replace(CONTROLS, ' ').replace(/ {2,}/g, ' ').trim();
}

export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

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
