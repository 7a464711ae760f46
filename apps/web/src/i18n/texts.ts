import { sessionsTexts } from '../sessions/sessions.texts';
import { commonTexts } from './common.texts';

/**
 * The texts of the frame and the session list, per language and per feature (one i18next namespace each).
 * The other features' namespaces come with their pages (page-texts.ts).
 */
export const texts = {
  en: { common: commonTexts.en, sessions: sessionsTexts.en },
  nl: { common: commonTexts.nl, sessions: sessionsTexts.nl },
};
