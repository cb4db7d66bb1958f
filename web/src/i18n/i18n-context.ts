// The language the user picked and the dictionary for it, reachable from any component.
import { createContext, useContext } from 'react';
import type { Dictionary } from './vi.ts';

/** The languages the screens speak; Vietnamese first. */
export type Language = 'vi' | 'en';

/** A label the shared enums carry in both languages. */
export interface BilingualLabel {
  vi: string;
  en: string;
}

/** What every screen needs to speak the user's language. */
export interface I18n {
  lang: Language;
  t: Dictionary;
  setLang: (lang: Language) => void;
  /** Picks the label of a shared enum in the current language. */
  pick: (label: BilingualLabel) => string;
}

/** Filled by I18nProvider at the top of the app. */
export const I18nContext = createContext<I18n | null>(null);

/** The current language and its strings; every component reads its text from here. */
export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
