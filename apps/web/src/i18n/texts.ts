import { adminTexts } from '../admin/admin.texts';
import { mentoringTexts } from '../mentoring/mentoring.texts';
import { profileTexts } from '../profile/profile.texts';
import { roomsTexts } from '../rooms/rooms.texts';
import { sessionsTexts } from '../sessions/sessions.texts';
import { commonTexts } from './common.texts';

/** Every text of the app, per language and per feature (one i18next namespace each). */
export const texts = {
  en: { common: commonTexts.en, sessions: sessionsTexts.en, profile: profileTexts.en, mentoring: mentoringTexts.en, rooms: roomsTexts.en, admin: adminTexts.en },
  nl: { common: commonTexts.nl, sessions: sessionsTexts.nl, profile: profileTexts.nl, mentoring: mentoringTexts.nl, rooms: roomsTexts.nl, admin: adminTexts.nl },
};
