import i18next from 'i18next';
import { adminTexts } from '../admin/admin.texts';
import { mentoringTexts } from '../mentoring/mentoring.texts';
import { profileTexts } from '../profile/profile.texts';
import { roomsTexts } from '../rooms/rooms.texts';
import { roundsTexts } from '../admin/rounds.texts';

// The texts of the pages a first visit does not show, loaded with those pages (routes.tsx) rather than
// with the session list: one i18next namespace per feature, in both languages.
for (const [namespace, texts] of Object.entries({ admin: adminTexts, mentoring: mentoringTexts, profile: profileTexts, rooms: roomsTexts, rounds: roundsTexts })) {
  for (const language of ['en', 'nl'] as const) i18next.addResourceBundle(language, namespace, texts[language], true, true);
}
