// Holds the chosen language, remembers it in localStorage and keeps dayjs and <html lang> in step.
import { useCallback, useMemo, useState, type ReactNode } from 'react';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import 'dayjs/locale/en';
import { en } from './en.ts';
import { I18nContext, type BilingualLabel, type I18n, type Language } from './i18n-context.ts';
import { vi } from './vi.ts';

const STORAGE_KEY = 'congdoan.lang';
const dictionaries = { vi, en };

function readStoredLanguage(): Language {
  try {
    return window.localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}

/** dayjs month and weekday names and <html lang> follow the chosen language before anything renders. */
function applyLanguage(lang: Language): Language {
  dayjs.locale(lang);
  document.documentElement.lang = lang;
  return lang;
}

/** Gives the whole app its language; Vietnamese unless the user switched to English before. */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Language>(() => applyLanguage(readStoredLanguage()));

  const setLang = useCallback((next: Language) => {
    setLangState(applyLanguage(next));
    try {
      window.localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Private browsing may refuse storage; the choice still holds for this visit.
    }
  }, []);

  const value = useMemo<I18n>(
    () => ({ lang, t: dictionaries[lang], setLang, pick: (label: BilingualLabel) => label[lang] }),
    [lang, setLang],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}
