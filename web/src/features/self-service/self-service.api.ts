// The self-service hooks: the member's own record and requests, the officers' review queue and decisions,
// and a scanned card's verification.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CardVerification } from '../../../../shared/contracts/member-card.ts';
import type {
  CorrectionPage,
  CorrectionRequest,
  CorrectionStatus,
  CreateCorrectionBody,
  OwnMember,
} from '../../../../shared/contracts/self-service.ts';
import { api, toQueryString } from '../../lib/api.ts';

/** The filters of GET /corrections. */
export interface CorrectionFilters {
  status: CorrectionStatus | 'all';
  personId?: number;
  page: number;
  pageSize: number;
}

export const selfServiceKeys = {
  own: ['self-service', 'own'] as const,
  ownRequests: ['self-service', 'own-requests'] as const,
  review: ['corrections'] as const,
  reviewList: (filters: CorrectionFilters) => ['corrections', 'list', filters] as const,
  summary: ['corrections', 'summary'] as const,
  verify: (cardNumber: string) => ['card-verification', cardNumber] as const,
};

/** "Hồ sơ của tôi": the member's record and whether a card can be printed. */
export function useOwnMember() {
  return useQuery({
    queryKey: selfServiceKeys.own,
    queryFn: ({ signal }) => api.get<OwnMember>('/me/member', { signal }),
  });
}

/** The member's own correction requests, newest first. */
export function useOwnCorrections() {
  return useQuery({
    queryKey: selfServiceKeys.ownRequests,
    queryFn: ({ signal }) =>
      api.get<{ items: CorrectionRequest[] }>('/me/corrections', { signal }).then((list) => list.items),
  });
}

function useOwnWrite<TInput>(request: (input: TInput) => Promise<CorrectionRequest>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: selfServiceKeys.ownRequests }),
  });
}

/** Sends a request to correct the member's own details. */
export function useRequestCorrection() {
  return useOwnWrite((body: CreateCorrectionBody) => api.post<CorrectionRequest>('/me/corrections', body));
}

/** Withdraws one of the member's pending requests. */
export function useWithdrawCorrection() {
  return useOwnWrite((id: number) => api.post<CorrectionRequest>(`/me/corrections/${id}/withdraw`));
}

/** The requests an officer reviews, or one person's (on their member page). */
export function useCorrections(filters: CorrectionFilters, enabled = true) {
  return useQuery({
    queryKey: selfServiceKeys.reviewList(filters),
    queryFn: ({ signal }) => api.get<CorrectionPage>(`/corrections${toQueryString({ ...filters })}`, { signal }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** The pending count on the menu; refreshed every minute while the app is open. */
export function useCorrectionSummary(enabled: boolean) {
  return useQuery({
    queryKey: selfServiceKeys.summary,
    queryFn: ({ signal }) => api.get<{ pending: number }>('/corrections/summary', { signal }),
    enabled,
    refetchInterval: 60_000,
  });
}

/** Approving or rejecting: the queue, the count, the member's record and the audit log all change. */
function useDecision<TInput>(request: (input: TInput) => Promise<CorrectionRequest>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: selfServiceKeys.review }),
        queryClient.invalidateQueries({ queryKey: ['members'] }),
        queryClient.invalidateQueries({ queryKey: ['audit'] }),
      ]),
  });
}

export function useApproveCorrection() {
  return useDecision(({ id, note }: { id: number; note?: string }) =>
    api.post<CorrectionRequest>(`/corrections/${id}/approve`, note ? { note } : {}),
  );
}

export function useRejectCorrection() {
  return useDecision(({ id, note }: { id: number; note: string }) =>
    api.post<CorrectionRequest>(`/corrections/${id}/reject`, { note }),
  );
}

/** What a scanned card says; every look-up is audited on the server, so it is not retried or refetched. */
export function useCardVerification(cardNumber: string) {
  return useQuery({
    queryKey: selfServiceKeys.verify(cardNumber),
    queryFn: ({ signal }) => api.get<CardVerification>(`/members/verify/${encodeURIComponent(cardNumber)}`, { signal }),
    retry: false,
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });
}
