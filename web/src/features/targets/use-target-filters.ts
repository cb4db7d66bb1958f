// The targets screen's unit and period live in the address (?unit=&from=&to=), so a view is a link.
import { useCallback } from 'react';
import { useSearchParams } from 'react-router-dom';
import dayjs from 'dayjs';
import { periodRange } from '../../../../shared/contracts/targets.ts';
import type { TargetFilters } from './targets.api.ts';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const isoDate = (value: string | null) => (value && ISO_DATE.test(value) && dayjs(value).isValid() ? value : undefined);

/** The period a fresh screen shows: this calendar year, the usual period of a target. */
export function defaultTargetPeriod(): { from: string; to: string } {
  const { start, end } = periodRange('year', dayjs().year());
  return { from: start, to: end };
}

export function readTargetFilters(params: URLSearchParams): TargetFilters {
  const period = defaultTargetPeriod();
  const unit = params.get('unit')?.trim().toUpperCase() || undefined;
  let from = isoDate(params.get('from')) ?? period.from;
  let to = isoDate(params.get('to')) ?? period.to;
  if (from > to) [from, to] = [to, from];
  return { unit, from, to };
}

function writeTargetFilters(filters: TargetFilters): URLSearchParams {
  const period = defaultTargetPeriod();
  const search = new URLSearchParams();
  if (filters.unit) search.set('unit', filters.unit);
  if (filters.from !== period.from || filters.to !== period.to) {
    search.set('from', filters.from);
    search.set('to', filters.to);
  }
  return search;
}

/** The filters of the address, and update(changes) merging into the address as it is now. */
export function useTargetFilters() {
  const [params, setParams] = useSearchParams();
  const filters = readTargetFilters(params);
  const update = useCallback(
    (changes: Partial<TargetFilters>) => {
      const current = readTargetFilters(new URLSearchParams(window.location.search));
      setParams(writeTargetFilters({ ...current, ...changes }));
    },
    [setParams],
  );
  return { filters, update };
}
