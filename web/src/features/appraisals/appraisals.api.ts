// The ratings hooks: a unit's grid for a year, saving rows of it, and importing the filled template.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AppraisalGrid,
  SaveAppraisalsBody,
  SaveAppraisalsResult,
} from '../../../../shared/contracts/appraisals.ts';
import { en } from '../../i18n/en.ts';
import { vi } from '../../i18n/vi.ts';
import { api, ApiError, toQueryString } from '../../lib/api.ts';

export const appraisalKeys = {
  all: ['appraisals'] as const,
  grid: (unit: string | undefined, year: number) => ['appraisals', 'grid', unit ?? null, year] as const,
};

export function useAppraisalGrid(unit: string | undefined, year: number) {
  return useQuery({
    queryKey: appraisalKeys.grid(unit, year),
    queryFn: ({ signal }) => api.get<AppraisalGrid>(`/appraisals${toQueryString({ unit, year })}`, { signal }),
    placeholderData: keepPreviousData,
  });
}

function useAppraisalWrite<TVariables>(request: (variables: TVariables) => Promise<SaveAppraisalsResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: appraisalKeys.all }),
        queryClient.invalidateQueries({ queryKey: ['audit'] }),
      ]);
    },
  });
}

export function useSaveAppraisals() {
  return useAppraisalWrite((body: SaveAppraisalsBody) => api.post<SaveAppraisalsResult>('/appraisals', body));
}

/** Sends the filled template as multipart/form-data; the JSON client does not carry files. */
export function useImportAppraisals(csrfToken: string) {
  return useAppraisalWrite(async ({ file, unit, year }: { file: File; unit: string; year: number }) => {
    const body = new FormData();
    body.append('file', file, file.name);
    let response: Response;
    try {
      response = await fetch(`/api/v1/appraisals/import${toQueryString({ unit, year })}`, {
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
      SaveAppraisalsResult | { error?: { code: string; message: string; messageEn: string; details?: unknown } } | null;
    if (response.ok && payload && !('error' in payload)) return payload as SaveAppraisalsResult;
    const error = payload && 'error' in payload ? payload.error : undefined;
    throw new ApiError({
      status: response.status,
      code: error?.code ?? `http.${response.status}`,
      message: error?.message ?? vi.common.serverError(response.status),
      messageEn: error?.messageEn ?? en.common.serverError(response.status),
      details: error?.details,
    });
  });
}
