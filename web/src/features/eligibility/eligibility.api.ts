// The eligibility hooks: one check (asked for explicitly) and the candidates of a subtree.
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import type {
  Candidates,
  CandidatesQuery,
  EligibilityCheck,
  EligibilityCheckBody,
} from '../../../../shared/contracts/awards.ts';
import { api, toQueryString } from '../../lib/api.ts';

export const useEligibilityCheck = () =>
  useMutation({ mutationFn: (body: EligibilityCheckBody) => api.post<EligibilityCheck>('/eligibility/check', body) });

export function useCandidates(query: CandidatesQuery | null) {
  return useQuery({
    queryKey: ['eligibility', 'candidates', query],
    queryFn: ({ signal }) => api.get<Candidates>(`/eligibility/candidates${toQueryString(query ?? {})}`, { signal }),
    enabled: query !== null,
    placeholderData: keepPreviousData,
  });
}
