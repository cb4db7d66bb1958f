// The awards hooks: a recipient's history, recording and revoking an award, and the titles and forms to pick from.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  Award,
  AwardList,
  AwardTypeOption,
  CreateAwardBody,
  RevokeAwardBody,
} from '../../../../shared/contracts/awards.ts';
import { api, toQueryString } from '../../lib/api.ts';

export type AwardRecipient = { person: number } | { unit: string };

export const awardKeys = {
  all: ['awards'] as const,
  list: (recipient: AwardRecipient) => ['awards', 'list', recipient] as const,
  types: ['awards', 'types'] as const,
};

export function useAwards(recipient: AwardRecipient) {
  return useQuery({
    queryKey: awardKeys.list(recipient),
    queryFn: ({ signal }) => api.get<AwardList>(`/awards${toQueryString(recipient)}`, { signal }),
  });
}

export function useAwardTypes() {
  return useQuery({
    queryKey: awardKeys.types,
    queryFn: ({ signal }) => api.get<{ items: AwardTypeOption[] }>('/award-types', { signal }),
    staleTime: 5 * 60_000,
  });
}

function useAwardWrite<TVariables>(request: (variables: TVariables) => Promise<Award>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: awardKeys.all }),
        queryClient.invalidateQueries({ queryKey: ['eligibility'] }),
        queryClient.invalidateQueries({ queryKey: ['audit'] }),
      ]);
    },
  });
}

export const useCreateAward = () => useAwardWrite((body: CreateAwardBody) => api.post<Award>('/awards', body));

export const useRevokeAward = (id: number) =>
  useAwardWrite((body: RevokeAwardBody) => api.post<Award>(`/awards/${id}/revoke`, body));
