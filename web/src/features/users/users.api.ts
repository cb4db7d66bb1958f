// The user administration hooks: the list, creating accounts, granting and revoking roles, ending sessions.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { User, addGrantBodySchema, createUserBodySchema } from '../../../../shared/contracts/users.ts';
import { api } from '../../lib/api.ts';

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
