import { renderEventInvite } from '@kennis/calendar';
import { buildEventInvite } from '@kennis/testing';
import type { MailInput } from '../mail.types';

/** A mail with every part of the layout filled in, and a REQUEST (or CANCEL) as its calendar part. */
export function buildMailInput(overrides: Partial<MailInput> & { method?: 'REQUEST' | 'CANCEL' | null } = {}): MailInput {
  const { method = 'REQUEST', ...rest } = overrides;
  return {
    language: 'nl',
    messageId: '<outbox-123@kennis.example.org>',
    from: 'Kennis <kennis@kennis.example.org>',
    to: { name: 'Piet de Vries', address: 'piet@example.org' },
    subject: 'Uitnodiging: Intro to exclusion constraints',
    layout: {
      greeting: 'Hoi Piet de Vries,',
      title: 'Intro to exclusion constraints',
      lead: ['Je bent aangemeld voor "Intro to exclusion constraints".'],
      details: [
        { label: 'Waar', text: 'Utrecht, room Ada' },
        { label: 'Online', text: 'https://meet.example.org/j/42', href: 'https://meet.example.org/j/42' },
      ],
      sections: [{ heading: 'Waar gaat het over', body: 'Why two bookings never overlap.\nBring a laptop.' }],
      action: { label: 'Bekijk de sessie', href: 'https://kennis.example.org/sessions/1' },
      notes: ['De uitnodiging staat in de bijlage en in je agenda.'],
      reason: 'Je krijgt dit bericht omdat je je voor deze sessie hebt aangemeld.',
    },
    ...(method ? { calendar: { method, ics: renderEventInvite(buildEventInvite(method)) } } : {}),
    ...rest,
  };
}
