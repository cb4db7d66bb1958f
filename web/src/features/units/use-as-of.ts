// The "as of date" of the organisation screens, kept in the address (?asOf=) so links and reloads keep it.
import { useCallback } from 'react';
import { useSearchParams } from 'react-router-dom';
import { todayApiDate } from '../../lib/format.ts';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The date the tree is shown at: undefined means today (and editable), a date means read-only history. */
export function useAsOf() {
  const [params, setParams] = useSearchParams();
  const raw = params.get('asOf');
  const asOf = raw && ISO_DATE.test(raw) && raw !== todayApiDate() ? raw : undefined;

  const setAsOf = useCallback(
    (date: string | undefined) =>
      setParams((previous) => {
        const next = new URLSearchParams(previous);
        if (date && date !== todayApiDate()) next.set('asOf', date);
        else next.delete('asOf');
        return next;
      }),
    [setParams],
  );

  const unitPath = useCallback((id: number) => `/units/${id}${asOf ? `?asOf=${asOf}` : ''}`, [asOf]);
  return { asOf, isHistorical: asOf !== undefined, setAsOf, unitPath };
}
