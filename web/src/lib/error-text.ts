// The text of any failure in the user's language, for places that show an error inline.
import type { Language } from '../i18n/i18n-context.ts';
import type { Dictionary } from '../i18n/vi.ts';
import { ApiError } from './api.ts';

/** The server's message (Vietnamese or English), "not found or no access" for 404, or a generic line. */
export function errorText(error: unknown, lang: Language, t: Dictionary): string {
  if (error instanceof ApiError) {
    if (error.status === 404) return t.common.notFound;
    return lang === 'en' ? error.messageEn : error.message;
  }
  return t.common.loadFailed;
}
