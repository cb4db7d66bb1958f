// The member filters live in the address, so a filtered list is a link (from a unit page, a saved search).
import { useCallback } from 'react';
import { useSearchParams } from 'react-router-dom';
import { sectors } from '../../../../shared/enums.ts';
import { genders, membershipStatuses, qualifications } from '../../../../shared/members-enums.ts';
import type { MemberFilters } from './members.api.ts';

/** The page size of a fresh list. */
export const DEFAULT_PAGE_SIZE = 50;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function positiveInt(value: string | null): number | undefined {
  const number = Number(value);
  return value && Number.isInteger(number) && number > 0 ? number : undefined;
}

function oneOf<T extends string>(allowed: readonly T[], value: string | null): T | undefined {
  return allowed.find((item) => item === value);
}

function text(value: string | null): string | undefined {
  return value?.trim() ? value.trim() : undefined;
}

/** The filters written in ?q=&unit=&status=&...; unknown values are dropped. */
export function readMemberFilters(params: URLSearchParams): MemberFilters {
  const birthYear = positiveInt(params.get('birthYear'));
  const asOf = params.get('asOf');
  return {
    page: positiveInt(params.get('page')) ?? 1,
    pageSize: positiveInt(params.get('pageSize')) ?? DEFAULT_PAGE_SIZE,
    q: text(params.get('q')),
    unit: text(params.get('unit'))?.toUpperCase(),
    status: oneOf([...membershipStatuses, 'all', 'non_member'], params.get('status')),
    gender: oneOf(genders, params.get('gender')),
    qualification: oneOf(qualifications, params.get('qualification')),
    sector: oneOf(sectors, params.get('sector')),
    birthYear: birthYear && birthYear >= 1900 && birthYear <= 2100 ? birthYear : undefined,
    asOf: asOf && ISO_DATE.test(asOf) ? asOf : undefined,
  };
}

/** The address of filters, leaving out the defaults (first page, usual page size, active members). */
export function writeMemberFilters(filters: MemberFilters): URLSearchParams {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    if (value === undefined || value === null || value === '') continue;
    if (key === 'page' && value === 1) continue;
    if (key === 'pageSize' && value === DEFAULT_PAGE_SIZE) continue;
    if (key === 'status' && value === 'active') continue;
    search.set(key, String(value));
  }
  return search;
}

/** The filters of the address, and update(changes): any change but paging goes back to the first page. */
export function useMemberFilters() {
  const [params, setParams] = useSearchParams();
  const filters = readMemberFilters(params);

  // Changes merge into the address as it is now (window.location), not as it was when the caller rendered:
  // a search typed right after picking a unit must not undo the unit (the router renders in a transition).
  const update = useCallback(
    (changes: Partial<MemberFilters>) => {
      const next = { ...readMemberFilters(new URLSearchParams(window.location.search)), ...changes };
      if (changes.page === undefined) next.page = 1;
      setParams(writeMemberFilters(next));
    },
    [setParams],
  );

  const replace = useCallback((search: string) => setParams(new URLSearchParams(search)), [setParams]);
  return { filters, update, replace };
}
