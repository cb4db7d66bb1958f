// File sizes the way the user's language writes them: '200 MB', '1,5 MB' in Vietnamese, '1.5 MB' in English.
import type { Language } from '../../../i18n/i18n-context.ts';

export function fileSizeText(bytes: number, lang: Language): string {
  const locale = lang === 'en' ? 'en' : 'vi-VN';
  const [value, unit] =
    bytes >= 1024 ** 2 ? [bytes / 1024 ** 2, 'MB'] : bytes >= 1024 ? [bytes / 1024, 'KB'] : [bytes, 'B'];
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value)} ${unit}`;
}
