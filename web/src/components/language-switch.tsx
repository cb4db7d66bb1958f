// Lets the user swap every string (and antd's own) between Vietnamese and English.
import { Segmented } from 'antd';
import { useI18n, type Language } from '../i18n/i18n-context.ts';

/** The VI / EN switch in the header and on the login page. */
export function LanguageSwitch() {
  const { lang, setLang, t } = useI18n();
  return (
    <Segmented<Language>
      aria-label={t.language.label}
      size="small"
      value={lang}
      onChange={setLang}
      options={[
        { value: 'vi', label: t.language.vi },
        { value: 'en', label: t.language.en },
      ]}
    />
  );
}
