// The proposal screens' hooks: the tabbed list, one proposal, the pickers' options, and every write, each of
// which returns the proposal as the server now has it.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AppraiseItemBody,
  DecideBody,
  DecisionNumber,
  MeetingOptions,
  MovementOptions,
  ObjectionBody,
  ProposalDetail,
  ProposalHeaderBody,
  ProposalItemBody,
  ProposalListQuery,
  ProposalPage,
  ResolveObjectionBody,
  TransitionBody,
  UnitOptions,
  UpdateProposalBody,
} from '../../../../shared/contracts/proposals.ts';
import { api, toQueryString } from '../../lib/api.ts';

export const proposalKeys = {
  all: ['proposals'] as const,
  list: (query: ProposalListQuery) => ['proposals', 'list', query] as const,
  one: (id: number) => ['proposals', 'one', id] as const,
};

export function useProposalPage(query: ProposalListQuery) {
  return useQuery({
    queryKey: proposalKeys.list(query),
    queryFn: ({ signal }) => api.get<ProposalPage>(`/proposals${toQueryString({ ...query })}`, { signal }),
    placeholderData: keepPreviousData,
  });
}

export function useProposal(id: number) {
  return useQuery({
    queryKey: proposalKeys.one(id),
    queryFn: ({ signal }) => api.get<ProposalDetail>(`/proposals/${id}`, { signal }),
  });
}

export function useDeciderOptions(proposerUnitId: number | undefined) {
  return useQuery({
    queryKey: ['proposals', 'decider-options', proposerUnitId],
    queryFn: ({ signal }) =>
      api.get<UnitOptions>(`/proposals/decider-options${toQueryString({ proposerUnitId })}`, { signal }),
    enabled: proposerUnitId !== undefined,
  });
}

export function useMovementOptions(proposerUnitId: number | undefined) {
  return useQuery({
    queryKey: ['proposals', 'movement-options', proposerUnitId],
    queryFn: ({ signal }) =>
      api.get<MovementOptions>(`/proposals/movement-options${toQueryString({ proposerUnitId })}`, { signal }),
    enabled: proposerUnitId !== undefined,
  });
}

export function useMeetingOptions(id: number) {
  return useQuery({
    queryKey: ['proposals', 'meeting-options', id],
    queryFn: ({ signal }) => api.get<MeetingOptions>(`/proposals/${id}/meeting-options`, { signal }),
  });
}

export function useDecisionNumber(id: number, date: string | null) {
  return useQuery({
    queryKey: ['proposals', 'decision-number', id, date],
    queryFn: ({ signal }) =>
      api.get<DecisionNumber>(`/proposals/${id}/decision-number${toQueryString({ date: date ?? undefined })}`, {
        signal,
      }),
    enabled: date !== null,
  });
}

/** Every write refreshes the proposals, and what a decision changes elsewhere (awards, audit). */
function useProposalWrite<TVariables, TResult>(request: (variables: TVariables) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: proposalKeys.all }),
        queryClient.invalidateQueries({ queryKey: ['awards'] }),
        queryClient.invalidateQueries({ queryKey: ['audit'] }),
      ]);
    },
  });
}

export const useCreateProposal = () =>
  useProposalWrite((body: ProposalHeaderBody) => api.post<ProposalDetail>('/proposals', body));

export const useDeleteProposal = (id: number) =>
  useProposalWrite((version: number) => api.delete<{ ok: true }>(`/proposals/${id}?version=${version}`));

export const useSaveItem = (id: number, itemId: number | null) =>
  useProposalWrite((body: ProposalItemBody) =>
    itemId === null
      ? api.post<ProposalDetail>(`/proposals/${id}/items`, body)
      : api.patch<ProposalDetail>(`/proposals/${id}/items/${itemId}`, body),
  );

export const useRemoveItem = (id: number) =>
  useProposalWrite(({ itemId, version }: { itemId: number; version: number }) =>
    api.delete<ProposalDetail>(`/proposals/${id}/items/${itemId}?version=${version}`),
  );

export const useTransition = (id: number) =>
  useProposalWrite((body: TransitionBody) => api.post<ProposalDetail>(`/proposals/${id}/transitions`, body));

export const useRerunEligibility = (id: number) =>
  useProposalWrite((version: number) => api.post<ProposalDetail>(`/proposals/${id}/eligibility`, { version }));

export const useAppraiseItem = (id: number, itemId: number) =>
  useProposalWrite((body: AppraiseItemBody) =>
    api.patch<ProposalDetail>(`/proposals/${id}/items/${itemId}/appraisal`, body),
  );

export const useChangePosting = (id: number) =>
  useProposalWrite((body: { version: number; postingUntil: string }) =>
    api.patch<ProposalDetail>(`/proposals/${id}/posting`, body),
  );

export const useAddObjection = (id: number) =>
  useProposalWrite((body: ObjectionBody) => api.post<ProposalDetail>(`/proposals/${id}/objections`, body));

export const useResolveObjection = (id: number, objectionId: number) =>
  useProposalWrite((body: ResolveObjectionBody) =>
    api.post<ProposalDetail>(`/proposals/${id}/objections/${objectionId}/resolve`, body),
  );

export const useDecide = (id: number) =>
  useProposalWrite((body: DecideBody) => api.post<ProposalDetail>(`/proposals/${id}/decision`, body));

export const useUpdateProposal = (id: number) =>
  useProposalWrite((body: UpdateProposalBody) => api.patch<ProposalDetail>(`/proposals/${id}`, body));
