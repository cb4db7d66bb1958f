// The movements hooks: the list, one movement, its registrations, pledges and agreements, the clusters, and the
// writes; every write refreshes everything under ['movements'].
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  Agreement,
  AgreementBody,
  Cluster,
  ClusterBody,
  CriteriaBody,
  Movement,
  MovementBody,
  MovementKind,
  MovementStatus,
  MovementSummary,
  Pledge,
  PledgeBody,
  Registrations,
} from '../../../../shared/contracts/movements.ts';
import { api, toQueryString } from '../../lib/api.ts';

export interface MovementFilters {
  page: number;
  pageSize: number;
  year?: number;
  kind?: MovementKind;
  status?: MovementStatus;
}

export const movementKeys = {
  all: ['movements'] as const,
  list: (filters: MovementFilters) => ['movements', 'list', filters] as const,
  one: (id: number) => ['movements', 'one', id] as const,
  registrations: (id: number, unregistered: boolean) => ['movements', 'registrations', id, unregistered] as const,
  pledges: (id: number, unitId: number) => ['movements', 'pledges', id, unitId] as const,
  agreements: (id: number) => ['movements', 'agreements', id] as const,
  clusters: ['movements', 'clusters'] as const,
};

export function useMovementPage(filters: MovementFilters) {
  return useQuery({
    queryKey: movementKeys.list(filters),
    queryFn: ({ signal }) =>
      api.get<{ items: MovementSummary[]; total: number; page: number; pageSize: number }>(
        `/movements${toQueryString({ ...filters })}`,
        { signal },
      ),
    placeholderData: keepPreviousData,
  });
}

export const useMovement = (id: number) =>
  useQuery({
    queryKey: movementKeys.one(id),
    queryFn: ({ signal }) => api.get<Movement>(`/movements/${id}`, { signal }),
  });

export const useRegistrations = (id: number, unregistered: boolean) =>
  useQuery({
    queryKey: movementKeys.registrations(id, unregistered),
    queryFn: ({ signal }) =>
      api.get<Registrations>(`/movements/${id}/registrations${toQueryString({ unregistered })}`, { signal }),
    placeholderData: keepPreviousData,
  });

export const usePledges = (id: number, unitId: number) =>
  useQuery({
    queryKey: movementKeys.pledges(id, unitId),
    queryFn: ({ signal }) => api.get<{ items: Pledge[] }>(`/movements/${id}/pledges?unitId=${unitId}`, { signal }),
  });

export const useAgreements = (movementId: number) =>
  useQuery({
    queryKey: movementKeys.agreements(movementId),
    queryFn: ({ signal }) =>
      api.get<{ items: Agreement[] }>(`/emulation-agreements?movementId=${movementId}`, { signal }),
  });

export const useClusters = () =>
  useQuery({
    queryKey: movementKeys.clusters,
    queryFn: ({ signal }) =>
      api.get<{ items: Cluster[]; total: number; truncated: boolean }>('/emulation-clusters', { signal }),
  });

function useMovementWrite<TVariables, TResult>(request: (variables: TVariables) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: movementKeys.all }),
        queryClient.invalidateQueries({ queryKey: ['audit'] }),
      ]);
    },
  });
}

export const useSaveMovement = (id: number | null) =>
  useMovementWrite((body: MovementBody) =>
    id === null ? api.post<Movement>('/movements', body) : api.patch<Movement>(`/movements/${id}`, body),
  );
export const useDeleteMovement = () => useMovementWrite((id: number) => api.delete<{ ok: true }>(`/movements/${id}`));
export const useMovementStep = (id: number) =>
  useMovementWrite((step: 'launch' | 'close') => api.post<Movement>(`/movements/${id}/${step}`, {}));
export const useSaveCriteria = (id: number) =>
  useMovementWrite((body: CriteriaBody) => api.put<Movement>(`/movements/${id}/criteria`, body));
export const useSaveCoveredUnits = (id: number) =>
  useMovementWrite((unitIds: number[]) => api.put<Movement>(`/movements/${id}/units`, { unitIds }));
export const useAddGrassroots = (id: number) =>
  useMovementWrite((underUnitId: number) => api.post<Movement>(`/movements/${id}/units/grassroots`, { underUnitId }));

export const useSavePledge = (movementId: number, pledgeId: number | null) =>
  useMovementWrite((body: PledgeBody) =>
    pledgeId === null
      ? api.post<Pledge>(`/movements/${movementId}/pledges`, body)
      : api.patch<Pledge>(`/movements/${movementId}/pledges/${pledgeId}`, {
          awardCode: body.awardCode ?? null,
          targets: body.targets,
        }),
  );
export const useWithdrawPledge = (movementId: number) =>
  useMovementWrite((pledgeId: number) =>
    api.post<{ ok: true }>(`/movements/${movementId}/pledges/${pledgeId}/withdraw`, {}),
  );

export const useSaveAgreement = (id: number | null) =>
  useMovementWrite((body: AgreementBody) =>
    id === null
      ? api.post<Agreement>('/emulation-agreements', body)
      : api.patch<Agreement>(`/emulation-agreements/${id}`, body),
  );
export const useDeleteAgreement = () =>
  useMovementWrite((id: number) => api.delete<{ ok: true }>(`/emulation-agreements/${id}`));

export const useSaveCluster = (id: number | null) =>
  useMovementWrite((body: ClusterBody) =>
    id === null
      ? api.post<Cluster>('/emulation-clusters', body)
      : api.patch<Cluster>(`/emulation-clusters/${id}`, body),
  );
export const useDeleteCluster = () =>
  useMovementWrite((id: number) => api.delete<{ ok: true }>(`/emulation-clusters/${id}`));
