// Picking a recipient inside the proposing unit: a member found by name (GET /members?q=&unit=), or a unit of
// the subtree found by name; the server checks the subtree again.
import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Select, Spin } from 'antd';
import type { Unit } from '../../../../shared/contracts/units.ts';
import { api, toQueryString } from '../../lib/api.ts';
import { useDebouncedValue } from '../../lib/use-debounced-value.ts';
import type { MemberPage } from '../members/members.api.ts';

type Option = { value: string | number; label: string };

/** A searchable select usable as a Form.Item child; `initial` names the recipient already chosen. */
export function RecipientSelect({
  id,
  kind,
  unitCode,
  value,
  onChange,
  initial,
  placeholder,
}: {
  id?: string;
  kind: 'individual' | 'collective';
  unitCode: string;
  value?: number | string;
  onChange?: (value: number | string | undefined) => void;
  initial: Option | null;
  placeholder: string;
}) {
  const [search, setSearch] = useState('');
  const [picked, setPicked] = useState<Option | null>(initial);
  const q = useDebouncedValue(search.trim(), 300);
  const results = useQuery({
    queryKey: ['proposals', 'recipient-search', kind, unitCode, q],
    queryFn: async ({ signal }): Promise<Option[]> => {
      if (kind === 'individual') {
        const page = await api.get<MemberPage>(`/members${toQueryString({ q, unit: unitCode, pageSize: 20 })}`, {
          signal,
        });
        return page.items.map((m) => ({
          value: m.id,
          label: m.unit ? `${m.displayName} — ${m.unit.name}` : m.displayName,
        }));
      }
      const units = await api.get<{ items: Unit[] }>(`/units${toQueryString({ q, limit: 20 })}`, { signal });
      return units.items.map((u) => ({ value: u.code, label: u.name }));
    },
    enabled: q.length >= 2,
  });
  const found = q.length >= 2 ? (results.data ?? []) : [];
  const options = [...(picked && picked.value === value ? [picked] : []), ...found.filter((o) => o.value !== value)];
  return (
    <Select
      id={id}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      value={value}
      placeholder={placeholder}
      options={options}
      notFoundContent={results.isFetching ? <Spin size="small" /> : null}
      onChange={(next: number | string | undefined) => {
        setPicked(found.find((o) => o.value === next) ?? null);
        onChange?.(next);
      }}
      style={{ width: '100%' }}
    />
  );
}
