// Turns a 401 from any call into "signed out": forget the user's data, tell them, let the guard redirect.
import { useEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import type { Me } from '../../../shared/contracts/auth.ts';
import { meQueryKey } from '../features/auth/auth.api.ts';
import { useI18n } from '../i18n/i18n-context.ts';
import { onUnauthorized, setCsrfToken } from '../lib/api.ts';

/** Renders nothing; listens for an expired session once for the whole app. */
export function SessionExpiryWatcher() {
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const { t } = useI18n();

  useEffect(
    () =>
      onUnauthorized(() => {
        const wasSignedIn = Boolean(queryClient.getQueryData<Me | null>(meQueryKey));
        setCsrfToken(null);
        queryClient.setQueryData(meQueryKey, null);
        queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== 'auth' });
        if (wasSignedIn) void message.warning(t.login.sessionExpired);
      }),
    [queryClient, message, t],
  );
  return null;
}
