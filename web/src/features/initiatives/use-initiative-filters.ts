// The list's filters live in the address (?unit=&kind=&level=&status=&year=&q=&page=), so a view is a link.
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { recognitionLevels } from '../../../../shared/contracts/emulation.ts';
import { initiativeKinds, initiativeStatuses } from '../../../../shared/contracts/initiatives.ts';
import type { InitiativeFilters } from './initiatives.api.ts';

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | undefined =>
  values.includes(value as T) ? (value as T) : undefined;

const positive = (value: string | null) => {
  const number = Number(value);
  return Number.isInteger(number) && number > 0 ? number : undefined;
};

export function readInitiativeFilters(params: URLSearchParams): InitiativeFilters {
  return {
    page: positive(params.get('page')) ?? 1,
    pageSize: 20,
    unit: params.get('unit')?.trim().toUpperCase() || undefined,
    kind: oneOf(initiativeKinds, params.get('kind')),
    level: oneOf(recognitionLevels, params.get('level')),
    status: oneOf(initiativeStatuses, params.get('status')),
    year: positive(params.get('year')),
    q: params.get('q')?.trim() || undefined,
  };
}

/** The filters of the address; update(changes) merges them and goes back to page 1 unless a page is given. */
export function useInitiativeFilters() {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => readInitiativeFilters(params), [params]);
  const update = useCallback(
    (changes: Partial<InitiativeFilters>) => {
      setParams(
        (current) => {
          const next = { ...readInitiativeFilters(current), page: 1, ...changes };
          const search = new URLSearchParams();
          for (const key of ['unit', 'kind', 'level', 'status', 'year', 'q'] as const) {
            if (next[key] !== undefined && next[key] !== '') search.set(key, String(next[key]));
          }
          if (next.page > 1) search.set('page', String(next.page));
          return search;
        },
        { replace: true },
      );
    },
    [setParams],
  );
  return { filters, update };
}
