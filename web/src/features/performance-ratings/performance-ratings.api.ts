// The ratings hooks: a unit's grid for a year, saving rows of it, and importing the filled template.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  PerformanceRatingGrid,
  SavePerformanceRatingsBody,
  SavePerformanceRatingsResult,
} from '../../../../shared/contracts/performance-ratings.ts';
import { en } from '../../i18n/en.ts';
import { vi } from '../../i18n/vi.ts';
import { api, ApiError, toQueryString } from '../../lib/api.ts';

export const performanceRatingKeys = {
  all: ['performance-ratings'] as const,
  grid: (unit: string | undefined, year: number) => ['performance-ratings', 'grid', unit ?? null, year] as const,
};

export function usePerformanceRatingGrid(unit: string | undefined, year: number) {
  return useQuery({
    queryKey: performanceRatingKeys.grid(unit, year),
    queryFn: ({ signal }) =>
      api.get<PerformanceRatingGrid>(`/performance-ratings${toQueryString({ unit, year })}`, { signal }),
    placeholderData: keepPreviousData,
  });
}

function usePerformanceRatingWrite<TVariables>(
  request: (variables: TVariables) => Promise<SavePerformanceRatingsResult>,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: performanceRatingKeys.all }),
        queryClient.invalidateQueries({ queryKey: ['audit'] }),
      ]);
    },
  });
}

export function useSavePerformanceRatings() {
  return usePerformanceRatingWrite((body: SavePerformanceRatingsBody) =>
    api.post<SavePerformanceRatingsResult>('/performance-ratings', body),
  );
}

/** Sends the filled template as multipart/form-data; the JSON client does not carry files. */
export function useImportPerformanceRatings(csrfToken: string) {
  return usePerformanceRatingWrite(async ({ file, unit, year }: { file: File; unit: string; year: number }) => {
    const body = new FormData();
    body.append('file', file, file.name);
    let response: Response;
    try {
      response = await fetch(`/api/v1/performance-ratings/import${toQueryString({ unit, year })}`, {
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
      | SavePerformanceRatingsResult
      | { error?: { code: string; message: string; messageEn: string; details?: unknown } }
      | null;
    if (response.ok && payload && !('error' in payload)) return payload as SavePerformanceRatingsResult;
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
