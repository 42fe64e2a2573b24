import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';

/**
 * Swedish first, English selectable. Each feature keeps its words in `i18n/sv/<namespace>.ts` and
 * `i18n/en/<namespace>.ts` (same keys); the namespace is the file name.
 */
type Messages = Record<string, unknown>;
const modules = {
  sv: import.meta.glob<Messages>('./sv/*.ts', { eager: true, import: 'default' }),
  en: import.meta.glob<Messages>('./en/*.ts', { eager: true, import: 'default' }),
};

function bundle(files: Record<string, Messages>): Record<string, Messages> {
  return Object.fromEntries(
    Object.entries(files).map(([file, messages]) => [file.replace(/^.*\/(.*)\.ts$/, '$1'), messages]),
  );
}

export const LANGUAGES = ['sv', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
const STORAGE_KEY = 'balans.language';

function storedLanguage(): Language {
  const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
  return stored === 'en' ? 'en' : 'sv';
}

export function setLanguage(language: Language): void {
  localStorage.setItem(STORAGE_KEY, language);
  void i18next.changeLanguage(language);
}

i18next.on('languageChanged', (language) => {
  document.documentElement.lang = language;
});

void i18next.use(initReactI18next).init({
  resources: { sv: bundle(modules.sv), en: bundle(modules.en) },
  lng: storedLanguage(),
  fallbackLng: 'sv',
  defaultNS: 'common',
  interpolation: { escapeValue: false },
  returnNull: false,
});

export default i18next;
