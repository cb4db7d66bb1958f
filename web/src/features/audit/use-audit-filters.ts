// The audit filters live in the address, so a filtered log can be linked to (from a unit page) and reloaded.
import { useCallback } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { AuditFilters } from './audit.api.ts';

const DEFAULT_PAGE_SIZE = 50;

function positiveInt(value: string | null): number | undefined {
  const number = Number(value);
  return Number.isInteger(number) && number > 0 ? number : undefined;
}

function text(value: string | null): string | undefined {
  return value?.trim() ? value.trim() : undefined;
}

/** The filters read from ?userId=&unitId=&..., and a setter that writes them back. */
export function useAuditFilters() {
  const [params, setParams] = useSearchParams();
  const filters: AuditFilters = {
    page: positiveInt(params.get('page')) ?? 1,
    pageSize: positiveInt(params.get('pageSize')) ?? DEFAULT_PAGE_SIZE,
    userId: positiveInt(params.get('userId')),
    unitId: positiveInt(params.get('unitId')),
    entity: text(params.get('entity')),
    entityId: text(params.get('entityId')),
    action: text(params.get('action')),
    from: text(params.get('from')),
    to: text(params.get('to')),
  };

  const setFilters = useCallback(
    (next: AuditFilters) => {
      const search = new URLSearchParams();
      for (const [key, value] of Object.entries(next)) {
        if (value === undefined || value === '') continue;
        if (key === 'page' && value === 1) continue;
        if (key === 'pageSize' && value === DEFAULT_PAGE_SIZE) continue;
        search.set(key, String(value));
      }
      setParams(search);
    },
    [setParams],
  );
  return { filters, setFilters };
}
