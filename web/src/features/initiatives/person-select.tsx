// Picking an author among the people the user can see, by typing part of the name (accents optional).
import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Select, Spin } from 'antd';
import { formatNameWithTitles } from '../../../../shared/text/index.ts';
import { useI18n } from '../../i18n/i18n-context.ts';
import { api, toQueryString } from '../../lib/api.ts';
import { useDebouncedValue } from '../../lib/use-debounced-value.ts';
import type { MemberPage } from '../members/members.api.ts';

export interface PersonOption {
  id: number;
  label: string;
}

/** "PGS.TS. Trần Văn Minh": how an author is named on the screens. */
export const personLabel = (person: { fullName: string; titles: string[] }) =>
  formatNameWithTitles(person.titles, person.fullName);

/** A searchable person picker usable as a Form.Item child; `known` names people already chosen. */
export function PersonSelect({
  id,
  value,
  onChange,
  known,
}: {
  id?: string;
  value?: number | null;
  onChange?: (value: number | null) => void;
  known: PersonOption[];
}) {
  const { t } = useI18n();
  const [search, setSearch] = useState('');
  // The chosen person's name stays on screen after the search that found them is cleared.
  const [picked, setPicked] = useState<PersonOption[]>([]);
  const q = useDebouncedValue(search.trim(), 300);
  const results = useQuery({
    queryKey: ['members', 'author-search', q],
    queryFn: ({ signal }) => api.get<MemberPage>(`/members${toQueryString({ q, pageSize: 20 })}`, { signal }),
    enabled: q.length >= 2,
  });
  const found =
    q.length >= 2
      ? (results.data?.items ?? []).map((item) => ({
          value: item.id,
          label: item.unit ? `${item.displayName} — ${item.unit.name}` : item.displayName,
        }))
      : [];
  const chosen = [...picked, ...known]
    .filter((option) => option.id === value)
    .slice(0, 1)
    .map((option) => ({ value: option.id, label: option.label }));
  const options = [...chosen, ...found.filter((option) => option.value !== value)];
  return (
    <Select
      id={id}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      value={value ?? undefined}
      placeholder={t.initiatives.form.authorPlaceholder}
      options={options}
      notFoundContent={results.isFetching ? <Spin size="small" /> : null}
      onChange={(next: number | undefined) => {
        const option = found.find((candidate) => candidate.value === next);
        if (option) setPicked([{ id: option.value, label: option.label }]);
        onChange?.(next ?? null);
      }}
      style={{ width: '100%' }}
    />
  );
}
