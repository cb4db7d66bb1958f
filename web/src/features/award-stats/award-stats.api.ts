// The hooks of the statistics screen: the statistics of a unit and years, and the honour board of a year.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { AwardStats, HonourBoard, PeriodBasis } from '../../../../shared/contracts/award-stats.ts';
import type { AwardLevel } from '../../../../shared/contracts/emulation.ts';
import { api, toQueryString } from '../../lib/api.ts';

/** What GET /award-stats takes; `unit` is a unit code, the user's own unit when absent. */
export interface AwardStatsFilters {
  unit?: string;
  from: number;
  to: number;
  basis: PeriodBasis;
}

export function awardStatsQueryString(filters: AwardStatsFilters): string {
  return toQueryString({ unit: filters.unit, from: filters.from, to: filters.to, basis: filters.basis });
}

export function useAwardStats(filters: AwardStatsFilters) {
  return useQuery({
    queryKey: ['award-stats', filters],
    queryFn: ({ signal }) => api.get<AwardStats>(`/award-stats${awardStatsQueryString(filters)}`, { signal }),
    placeholderData: keepPreviousData,
  });
}

export function useHonourBoard(unit: string | undefined, year: number, minLevel: AwardLevel | undefined) {
  return useQuery({
    queryKey: ['honour-board', unit ?? null, year, minLevel ?? null],
    queryFn: ({ signal }) =>
      api.get<HonourBoard>(`/honour-board${toQueryString({ unit, year, minLevel })}`, { signal }),
    placeholderData: keepPreviousData,
  });
}
