// The audit log hook: one page of entries for the filters in the address.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { AuditEntry } from '../../../../shared/contracts/audit.ts';
import { api, toQueryString } from '../../lib/api.ts';

/** The filters GET /audit takes, page included. */
export interface AuditFilters {
  page: number;
  pageSize: number;
  userId?: number;
  unitId?: number;
  entity?: string;
  entityId?: string;
  action?: string;
  from?: string;
  to?: string;
}

/** One page of the log, keeping the previous page on screen while the next loads. */
export function useAuditPage(filters: AuditFilters) {
  return useQuery({
    queryKey: ['audit', filters],
    queryFn: ({ signal }) =>
      api.get<{ items: AuditEntry[]; total: number; page: number; pageSize: number }>(
        `/audit${toQueryString({ ...filters })}`,
        { signal },
      ),
    placeholderData: keepPreviousData,
  });
}
