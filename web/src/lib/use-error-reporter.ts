// Shows a failed call the same way everywhere: a toast in the user's language, and the server's
// field errors under the form fields they name.
import { useCallback } from 'react';
import { App, type FormInstance } from 'antd';
import { useI18n } from '../i18n/i18n-context.ts';
import { ApiError } from './api.ts';

/**
 * 'body.parts.0.code' → ['parts', 0, 'code'], the name path antd forms use: the server names a field with
 * the part of the request it came in (body., query., params.), the forms hold the body's fields.
 */
function toNamePath(field: string): (string | number)[] {
  return field
    .replace(/^body\./, '')
    .split('.')
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/** Returns report(error, form?): the one handler every mutation's onError uses. */
export function useErrorReporter() {
  const { message } = App.useApp();
  const { lang, t } = useI18n();

  return useCallback(
    (error: unknown, form?: FormInstance) => {
      if (!(error instanceof ApiError)) {
        void message.error(t.common.loadFailed);
        return;
      }
      // An expired session is handled once, by the redirect to the login page.
      if (error.status === 401) return;
      const pickText = (item: { message: string; messageEn: string }) =>
        lang === 'en' ? item.messageEn : item.message;
      if (form && error.fieldErrors.length > 0) {
        form.setFields(
          error.fieldErrors.map((fieldError) => ({
            name: toNamePath(fieldError.field),
            errors: [pickText(fieldError)],
          })),
        );
      }
      void message.error(pickText(error));
    },
    [message, lang, t],
  );
}
