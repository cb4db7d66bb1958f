// The statistics filters live in the address, like the member list's, so a view of the figures is a link.
import { useCallback } from 'react';
import { useSearchParams } from 'react-router-dom';
import dayjs from 'dayjs';
import { API_DATE_FORMAT, todayApiDate } from '../../lib/format.ts';
import type { MemberStatsFilters } from './members.api.ts';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function isoDate(value: string | null): string | undefined {
  return value && ISO_DATE.test(value) && dayjs(value).isValid() ? value : undefined;
}

/** The period a fresh screen shows: 1 January of this year to today. */
export function defaultStatsPeriod(): { from: string; to: string } {
  return { from: dayjs().startOf('year').format(API_DATE_FORMAT), to: todayApiDate() };
}

/** The filters written in ?unit=&from=&to=; a missing or malformed date falls back to the default period. */
export function readMemberStatsFilters(params: URLSearchParams): MemberStatsFilters {
  const period = defaultStatsPeriod();
  const unit = params.get('unit')?.trim();
  let from = isoDate(params.get('from')) ?? period.from;
  let to = isoDate(params.get('to')) ?? period.to;
  if (from > to) [from, to] = [to, from];
  return { unit: unit ? unit.toUpperCase() : undefined, from, to };
}

/** The address of filters, leaving out the default period. */
export function writeMemberStatsFilters(filters: MemberStatsFilters): URLSearchParams {
  const period = defaultStatsPeriod();
  const search = new URLSearchParams();
  if (filters.unit) search.set('unit', filters.unit);
  if (filters.from !== period.from) search.set('from', filters.from);
  if (filters.to !== period.to) search.set('to', filters.to);
  return search;
}

/** The filters of the address, and update(changes) merging into the address as it is now. */
export function useMemberStatsFilters() {
  const [params, setParams] = useSearchParams();
  const filters = readMemberStatsFilters(params);

  const update = useCallback(
    (changes: Partial<MemberStatsFilters>) => {
      const current = readMemberStatsFilters(new URLSearchParams(window.location.search));
      setParams(writeMemberStatsFilters({ ...current, ...changes }));
    },
    [setParams],
  );

  const reset = useCallback(() => setParams(new URLSearchParams()), [setParams]);
  return { filters, update, reset };
}
