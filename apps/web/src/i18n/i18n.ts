import dayjs from 'dayjs';
import 'dayjs/locale/nl';
import localizedFormat from 'dayjs/plugin/localizedFormat';
import relativeTime from 'dayjs/plugin/relativeTime';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { texts } from './texts';

export type Language = 'en' | 'nl';
export const LANGUAGES: Language[] = ['en', 'nl'];

dayjs.extend(utc);
dayjs.extend(timezone);
dayjs.extend(localizedFormat);
dayjs.extend(relativeTime);

const STORED = 'kennis.language';

/** Until the person is known: what they picked last on this device, else the browser's language. */
function firstLanguage(): Language {
  const stored = localStorage.getItem(STORED);
  if (stored === 'en' || stored === 'nl') return stored;
  return navigator.language.toLowerCase().startsWith('nl') ? 'nl' : 'en';
}

export function setUpI18n(): void {
  const lng = firstLanguage();
  void i18next.use(initReactI18next).init({
    resources: texts,
    lng,
    fallbackLng: 'en',
    defaultNS: 'common',
    interpolation: { escapeValue: false },
  });
  applyLanguage(lng);
}

export function applyLanguage(language: string): void {
  const lng: Language = language === 'nl' ? 'nl' : 'en';
  localStorage.setItem(STORED, lng);
  document.documentElement.lang = lng;
  dayjs.locale(lng);
  if (i18next.language !== lng) void i18next.changeLanguage(lng);
}
