// The screen's filters live in the address, so a figure can be linked to and reloaded as it was.
import { useSearchParams } from 'react-router-dom';
import { periodBases, type PeriodBasis } from '../../../../shared/contracts/award-stats.ts';
import type { AwardStatsFilters } from './award-stats.api.ts';

const yearOf = (value: string | null, fallback: number) => {
  const year = Number(value);
  return Number.isInteger(year) && year >= 1945 && year <= 2100 ? year : fallback;
};

export function useAwardStatsFilters() {
  const [params, setParams] = useSearchParams();
  const thisYear = new Date().getFullYear();
  const basis = params.get('basis');
  const filters: AwardStatsFilters = {
    unit: params.get('unit') ?? undefined,
    from: yearOf(params.get('from'), thisYear - 4),
    to: yearOf(params.get('to'), thisYear),
    basis: periodBases.includes(basis as PeriodBasis) ? (basis as PeriodBasis) : 'achievement_year',
  };
  if (filters.from > filters.to) [filters.from, filters.to] = [filters.to, filters.from];
  const tab = params.get('tab') === 'board' ? 'board' : 'stats';
  const update = (changes: Partial<AwardStatsFilters> & { tab?: 'stats' | 'board' }) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value === undefined || value === null || value === '') next.delete(key);
      else next.set(key, String(value));
    }
    setParams(next, { replace: true });
  };
  return { filters, tab, update } as const;
}
