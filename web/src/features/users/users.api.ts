// The user administration hooks: the list, creating accounts, granting and revoking roles, ending sessions,
// linking a login to the member record it belongs to.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { MemberSummary } from '../../../../shared/contracts/members.ts';
import type { User, addGrantBodySchema, createUserBodySchema } from '../../../../shared/contracts/users.ts';
import { api, toQueryString } from '../../lib/api.ts';

const usersKey = ['users'] as const;

/** Every account the administrator may manage, with its grants. */
export function useUsers(enabled = true) {
  return useQuery({
    queryKey: usersKey,
    queryFn: () => api.get<{ items: User[] }>('/users').then((page) => page.items),
    enabled,
  });
}

function useUserWrite<TBody, TResult>(request: (body: TBody) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: usersKey }),
        queryClient.invalidateQueries({ queryKey: ['audit'] }),
        queryClient.invalidateQueries({ queryKey: ['auth', 'me'] }),
      ]);
    },
  });
}

/** Creates an account with its first role. */
export function useCreateUser() {
  return useUserWrite((body: z.input<typeof createUserBodySchema>) => api.post<User>('/users', body));
}

/** Gives a user one more role on a unit. */
export function useAddGrant(userId: number) {
  return useUserWrite((body: z.input<typeof addGrantBodySchema>) => api.post<User>(`/users/${userId}/grants`, body));
}

/** Takes a role away from a user. */
export function useRemoveGrant() {
  return useUserWrite(({ userId, grantId }: { userId: number; grantId: number }) =>
    api.delete<User>(`/users/${userId}/grants/${grantId}`),
  );
}

/** Logs a user out of every device (a lost laptop, a person who left). */
export function useRevokeUserSessions() {
  return useUserWrite((userId: number) => api.post<{ ok: true }>(`/users/${userId}/revoke-sessions`, {}));
}

/** Links a login to a person, or unlinks it with null; 409 when the person belongs to another login. */
export function useLinkUserPerson() {
  return useUserWrite(({ userId, personId }: { userId: number; personId: number | null }) =>
    api.put<User>(`/users/${userId}/person`, { personId }),
  );
}

const PICKER_PAGE = 20;

/**
 * The people a login can be linked to, found by the member list's search (name with or without
 * diacritics, card number, citizen ID, birth year); past members too, since a retiree may keep a login.
 */
export function useLinkablePeople(q: string, enabled: boolean) {
  return useQuery({
    queryKey: ['members', 'list', 'link-picker', q] as const,
    queryFn: ({ signal }) =>
      api
        .get<{ items: MemberSummary[] }>(`/members${toQueryString({ q, status: 'all', pageSize: PICKER_PAGE })}`, {
          signal,
        })
        .then((page) => page.items),
    enabled,
    // The last answer stays in the dropdown while the next search runs, instead of flashing empty.
    placeholderData: (previous) => previous,
  });
}
