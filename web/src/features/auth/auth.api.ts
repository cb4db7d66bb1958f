// The session and account hooks: who is signed in, login, logout, password and sessions.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router-dom';
import type { z } from 'zod';
import type { Me, SessionInfo, changePasswordBodySchema } from '../../../../shared/contracts/auth.ts';
import { api, ApiError, setCsrfToken } from '../../lib/api.ts';

/** The cache key of the signed-in user; null data means "not signed in". */
export const meQueryKey = ['auth', 'me'] as const;
const sessionsQueryKey = ['auth', 'sessions'] as const;

async function fetchMe(): Promise<Me | null> {
  try {
    const me = await api.get<Me>('/auth/me', { allowUnauthorized: true });
    setCsrfToken(me.csrfToken);
    return me;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

/** The signed-in user, capabilities and grants; null when nobody is signed in. */
export function useMe() {
  return useQuery({ queryKey: meQueryKey, queryFn: fetchMe, staleTime: 5 * 60_000, retry: 1 });
}

/** The signed-in user inside the guarded pages, where RequireAuth has made sure there is one. */
export function useSignedInMe(): Me {
  const { data } = useMe();
  if (!data) throw new Error('useSignedInMe outside RequireAuth');
  return data;
}

/** Logs in and puts the answer straight into the cache, so the app opens without another round trip. */
export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { username: string; password: string }) =>
      api.post<Me>('/auth/login', body, { allowUnauthorized: true }),
    onSuccess: (me) => {
      setCsrfToken(me.csrfToken);
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== 'auth' });
      queryClient.setQueryData(meQueryKey, me);
    },
  });
}

/** Logs out and forgets everything cached for this user. */
export function useLogout() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: () => api.post<{ ok: true }>('/auth/logout', {}, { allowUnauthorized: true }),
    onSettled: () => {
      setCsrfToken(null);
      // Straight to the login page without a "from": the next person to sign in on this browser starts on
      // their own first screen, not on the page the last one left open. (An expired session keeps "from".)
      navigate('/login', { replace: true });
      // "Signed out" first, so the guard leaves the signed-in screens before their data goes.
      queryClient.setQueryData(meQueryKey, null);
      queryClient.removeQueries({ predicate: (query) => query.queryHash !== JSON.stringify(meQueryKey) });
    },
  });
}

/** Changes the user's own password, then reloads Me (mustChangePassword turns false). */
export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: z.input<typeof changePasswordBodySchema>) => api.post<{ ok: true }>('/auth/password', body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['auth'] }),
  });
}

/** The user's own active sessions, the current one marked. */
export function useSessions() {
  return useQuery({
    queryKey: sessionsQueryKey,
    queryFn: () => api.get<{ items: SessionInfo[] }>('/auth/sessions').then((page) => page.items),
  });
}

/** Ends one of the user's sessions (a forgotten browser, a lost phone). */
export function useRevokeSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete<{ ok: true }>(`/auth/sessions/${encodeURIComponent(id)}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionsQueryKey }),
  });
}
