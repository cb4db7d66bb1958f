// The organisation tree hooks: lists, one unit, its history, and the six writes that reshape the tree.
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  CreateUnitBody,
  SplitUnitBody,
  Unit,
  UnitDetail,
  UpdateUnitBody,
  dissolveUnitBodySchema,
  mergeUnitBodySchema,
  moveUnitBodySchema,
  unitVersionSchema,
} from '../../../../shared/contracts/units.ts';
import { api, toQueryString } from '../../lib/api.ts';

/** One version of a unit over time, as the history endpoint returns it. */
export type UnitVersion = z.infer<typeof unitVersionSchema>;

/** The filters GET /units takes. */
export interface UnitListParams {
  parentId?: number;
  q?: string;
  asOf?: string;
  limit?: number;
}

/** Cache keys; every write invalidates everything under ['units']. */
export const unitKeys = {
  all: ['units'] as const,
  list: (params: UnitListParams) => ['units', 'list', params] as const,
  detail: (id: number, asOf: string | undefined) => ['units', 'detail', id, asOf ?? null] as const,
  history: (id: number) => ['units', 'history', id] as const,
};

/** The query of one list of units, shared by the tree, the children tab and the pickers. */
export function unitListQuery(params: UnitListParams) {
  return queryOptions({
    queryKey: unitKeys.list(params),
    queryFn: ({ signal }) =>
      api.get<{ items: Unit[] }>(`/units${toQueryString({ ...params })}`, { signal }).then((page) => page.items),
  });
}

/** A list of units: roots, children of parentId, or matches of q. */
export function useUnits(params: UnitListParams, enabled = true) {
  return useQuery({ ...unitListQuery(params), enabled });
}

/** One unit with its parent, reporting parent and ancestors (for the breadcrumb). */
export function useUnit(id: number | undefined, asOf?: string) {
  return useQuery({
    queryKey: unitKeys.detail(id ?? 0, asOf),
    queryFn: ({ signal }) => api.get<UnitDetail>(`/units/${id}${toQueryString({ asOf })}`, { signal }),
    enabled: id !== undefined && id > 0,
  });
}

/** The versions of a unit over time: names, parents and the dates they held. */
export function useUnitHistory(id: number) {
  return useQuery({
    queryKey: unitKeys.history(id),
    queryFn: () => api.get<{ versions: UnitVersion[] }>(`/units/${id}/history`).then((page) => page.versions),
  });
}

function useUnitWrite<TBody, TResult>(request: (body: TBody) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: unitKeys.all }),
        queryClient.invalidateQueries({ queryKey: ['audit'] }),
      ]);
    },
  });
}

/** Creates a unit under a parent. */
export function useCreateUnit() {
  return useUnitWrite((body: CreateUnitBody) => api.post<Unit>('/units', body));
}

/** Edits a unit's name, sector, province or reporting parent from an effective date. */
export function useUpdateUnit(id: number) {
  return useUnitWrite((body: UpdateUnitBody) => api.patch<Unit>(`/units/${id}`, body));
}

/** Moves a unit (and everything below it) under another parent. */
export function useMoveUnit(id: number) {
  return useUnitWrite((body: z.input<typeof moveUnitBodySchema>) => api.post<Unit>(`/units/${id}/move`, body));
}

/** Merges a unit into a target; answers with the target. */
export function useMergeUnit(id: number) {
  return useUnitWrite((body: z.input<typeof mergeUnitBodySchema>) => api.post<Unit>(`/units/${id}/merge`, body));
}

/** Splits a unit into new units; answers with the new units. */
export function useSplitUnit(id: number) {
  return useUnitWrite((body: SplitUnitBody) => api.post<{ items: Unit[] }>(`/units/${id}/split`, body));
}

/** Dissolves a unit that has no active units below it. */
export function useDissolveUnit(id: number) {
  return useUnitWrite((body: z.input<typeof dissolveUnitBodySchema>) => api.post<Unit>(`/units/${id}/dissolve`, body));
}
