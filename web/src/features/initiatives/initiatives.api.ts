// The register's hooks: one page of the list, the statistics, and the writes (register, edit, delete, steps).
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  Initiative,
  InitiativeBody,
  InitiativeKind,
  InitiativeStats,
  InitiativeStatus,
  RecogniseBody,
  RejectBody,
} from '../../../../shared/contracts/initiatives.ts';
import type { RecognitionLevel } from '../../../../shared/contracts/emulation.ts';
import { api, toQueryString } from '../../lib/api.ts';

/** The filters GET /initiatives takes; `unit` is a unit code and covers its subtree. */
export interface InitiativeFilters {
  page: number;
  pageSize: number;
  unit?: string;
  kind?: InitiativeKind;
  level?: RecognitionLevel;
  status?: InitiativeStatus;
  year?: number;
  person?: number;
  q?: string;
}

export interface InitiativePage {
  items: Initiative[];
  total: number;
  page: number;
  pageSize: number;
}

/** Cache keys; every write invalidates everything under ['initiatives']. */
export const initiativeKeys = {
  all: ['initiatives'] as const,
  list: (filters: InitiativeFilters) => ['initiatives', 'list', filters] as const,
  stats: (unit: string | undefined, fromYear: number, toYear: number) =>
    ['initiatives', 'stats', unit ?? null, fromYear, toYear] as const,
};

export function useInitiativePage(filters: InitiativeFilters) {
  return useQuery({
    queryKey: initiativeKeys.list(filters),
    queryFn: ({ signal }) => api.get<InitiativePage>(`/initiatives${toQueryString({ ...filters })}`, { signal }),
    placeholderData: keepPreviousData,
  });
}

/** Recognised records of a subtree over whole years, by kind and level. */
export function useInitiativeStats(unit: string | undefined, fromYear: number, toYear: number) {
  return useQuery({
    queryKey: initiativeKeys.stats(unit, fromYear, toYear),
    queryFn: ({ signal }) =>
      api.get<InitiativeStats>(`/initiatives/stats${toQueryString({ unit, fromYear, toYear })}`, { signal }),
    placeholderData: keepPreviousData,
  });
}

function useInitiativeWrite<TVariables, TResult>(request: (variables: TVariables) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: initiativeKeys.all }),
        queryClient.invalidateQueries({ queryKey: ['audit'] }),
      ]);
    },
  });
}

export function useSaveInitiative(id: number | null) {
  return useInitiativeWrite((body: InitiativeBody) =>
    id === null ? api.post<Initiative>('/initiatives', body) : api.patch<Initiative>(`/initiatives/${id}`, body),
  );
}

export function useDeleteInitiative() {
  return useInitiativeWrite((id: number) => api.delete<{ ok: true }>(`/initiatives/${id}`));
}

export function useRecogniseInitiative(id: number) {
  return useInitiativeWrite((body: RecogniseBody) => api.post<Initiative>(`/initiatives/${id}/recognise`, body));
}

export function useRejectInitiative(id: number) {
  return useInitiativeWrite((body: RejectBody) => api.post<Initiative>(`/initiatives/${id}/reject`, body));
}

export function useReopenInitiative() {
  return useInitiativeWrite((id: number) => api.post<Initiative>(`/initiatives/${id}/reopen`, {}));
}
