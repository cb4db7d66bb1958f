// The plan targets hooks: the achievement table, the periods, the indicators, the bulk form's rows, and
// the writes (set, edit, delete, report, define an indicator, upload evidence).
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  Achievement,
  BulkTargetsBody,
  CreateIndicatorBody,
  Indicator,
  Plan,
  ReportTargetBody,
  Target,
  UpdateTargetBody,
} from '../../../../shared/contracts/targets.ts';
import { en } from '../../i18n/en.ts';
import { vi } from '../../i18n/vi.ts';
import { api, ApiError, toQueryString } from '../../lib/api.ts';

/** The screen's filters: a unit code (default the user's own unit) and the period's dates. */
export interface TargetFilters {
  unit?: string;
  from: string;
  to: string;
}

/** Cache keys; every write invalidates everything under ['targets']. */
export const targetKeys = {
  all: ['targets'] as const,
  achievement: (filters: TargetFilters) => ['targets', 'achievement', filters] as const,
  periods: (unit: string | undefined) => ['targets', 'periods', unit ?? null] as const,
  indicators: (unit: string | undefined) => ['targets', 'indicators', unit ?? null] as const,
  plan: (params: PlanParams) => ['targets', 'plan', params] as const,
};

export interface PlanParams {
  setBy: number;
  indicatorId: number;
  from: string;
  to: string;
}

/** Targets and achievement of a unit and the units below it, keeping the previous table while the next loads. */
export function useAchievement(filters: TargetFilters) {
  return useQuery({
    queryKey: targetKeys.achievement(filters),
    queryFn: ({ signal }) => api.get<Achievement>(`/targets/achievement${toQueryString({ ...filters })}`, { signal }),
    placeholderData: keepPreviousData,
  });
}

/** The periods that have targets in the unit's subtree. */
export function useTargetPeriods(unit: string | undefined) {
  return useQuery({
    queryKey: targetKeys.periods(unit),
    queryFn: ({ signal }) =>
      api.get<{ periods: { periodStart: string; periodEnd: string; targets: number }[] }>(
        `/targets/periods${toQueryString({ unit })}`,
        { signal },
      ),
  });
}

/** The indicators usable at a unit: built-in ones, then those it or a unit above it defined. */
export function useIndicators(unit: string | undefined) {
  return useQuery({
    queryKey: targetKeys.indicators(unit),
    queryFn: ({ signal }) =>
      api.get<{ items: Indicator[] }>(`/target-indicators${toQueryString({ unit })}`, { signal }).then((r) => r.items),
  });
}

/** The bulk form's rows for one indicator: the setting unit and the units below it, with targets already set. */
export function usePlan(params: PlanParams | null) {
  return useQuery({
    queryKey: targetKeys.plan(params ?? { setBy: 0, indicatorId: 0, from: '', to: '' }),
    queryFn: ({ signal }) => api.get<Plan>(`/targets/plan${toQueryString({ ...params })}`, { signal }),
    enabled: params !== null,
  });
}

function useTargetWrite<TVariables, TResult>(request: (variables: TVariables) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: targetKeys.all }),
        queryClient.invalidateQueries({ queryKey: ['audit'] }),
      ]);
    },
  });
}

/** Giao chỉ tiêu: one indicator and period for several units, all or none. */
export function useSetTargets() {
  return useTargetWrite((body: BulkTargetsBody) => api.post<{ items: Target[] }>('/targets/bulk', body));
}

export function useUpdateTarget(id: number) {
  return useTargetWrite((body: UpdateTargetBody) => api.patch<Target>(`/targets/${id}`, body));
}

export function useDeleteTarget() {
  return useTargetWrite((id: number) => api.delete<{ ok: true }>(`/targets/${id}`));
}

/** The achieved figure of a manual indicator, with its evidence. */
export function useReportTarget(id: number) {
  return useTargetWrite((body: ReportTargetBody) => api.post<Target>(`/targets/${id}/report`, body));
}

export function useCreateIndicator() {
  return useTargetWrite((body: CreateIndicatorBody) => api.post<Indicator>('/target-indicators', body));
}

/** What the server keeps of an uploaded evidence file. */
export interface UploadedFile {
  id: number;
  fileName: string;
  byteSize: number;
  mimeType: string;
}

/**
 * Sends one file as multipart/form-data; the JSON client does not carry files. The CSRF token is the
 * session's (from /auth/me), as for every write.
 */
export async function uploadEvidence(file: File, csrfToken: string): Promise<UploadedFile> {
  const body = new FormData();
  body.append('file', file, file.name);
  let response: Response;
  try {
    response = await fetch('/api/v1/attachments', {
      method: 'POST',
      headers: { 'X-CSRF-Token': csrfToken, Accept: 'application/json' },
      credentials: 'same-origin',
      body,
    });
  } catch {
    throw new ApiError({
      status: 0,
      code: 'network.unreachable',
      message: vi.common.networkError,
      messageEn: en.common.networkError,
    });
  }
  const payload = (await response.json().catch(() => null)) as
    | (UploadedFile & { error?: undefined })
    | { error?: { code: string; message: string; messageEn: string; details?: unknown } }
    | null;
  if (response.ok && payload && !payload.error) return payload as UploadedFile;
  const error = payload?.error;
  throw new ApiError({
    status: response.status,
    code: error?.code ?? `http.${response.status}`,
    message: error?.message ?? vi.common.serverError(response.status),
    messageEn: error?.messageEn ?? en.common.serverError(response.status),
    details: error?.details,
  });
}
