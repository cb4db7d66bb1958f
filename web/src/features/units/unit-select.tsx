// Picking a unit by typing part of its name or code (server-side search, diacritics ignored).
import { useState, type CSSProperties } from 'react';
import { Select, Spin } from 'antd';
import type { Unit } from '../../../../shared/contracts/units.ts';
import type { UnitKind } from '../../../../shared/enums.ts';
import { useI18n } from '../../i18n/i18n-context.ts';
import { useDebouncedValue } from '../../lib/use-debounced-value.ts';
import { useUnits } from './units.api.ts';

/** The little a picker needs to show a unit it has not searched for (the current value). */
export interface UnitOption {
  id: number;
  name: string;
  code: string;
}

interface UnitSelectProps {
  id?: string;
  value?: number | null;
  onChange?: (value: number | null) => void;
  /** Called with the chosen unit, for sentences that name it. */
  onPicked?: (unit: UnitOption | null) => void;
  initialOption?: UnitOption | null;
  excludeIds?: number[];
  /** Only units still operating (targets of a move or a merge). */
  activeOnly?: boolean;
  /** Only units of these kinds (a grassroots union for a membership). */
  kinds?: readonly UnitKind[];
  allowClear?: boolean;
  placeholder?: string;
  style?: CSSProperties;
}

const label = (unit: UnitOption) => `${unit.name} (${unit.code})`;

/** A searchable unit picker usable as a Form.Item child. */
export function UnitSelect(props: UnitSelectProps) {
  const { t } = useI18n();
  const [search, setSearch] = useState('');
  const [picked, setPicked] = useState<UnitOption | null>(props.initialOption ?? null);
  const query = useDebouncedValue(search.trim(), 300);
  const enabled = query.length >= 2;
  const results = useUnits({ q: query, limit: 20 }, enabled);

  const matches = (enabled ? (results.data ?? []) : []).filter(
    (unit: Unit) =>
      !props.excludeIds?.includes(unit.id) &&
      (!props.activeOnly || unit.status === 'active') &&
      (!props.kinds || props.kinds.includes(unit.kind)),
  );
  const known = new Map<number, UnitOption>();
  if (picked) known.set(picked.id, picked);
  for (const unit of matches) known.set(unit.id, unit);
  const options = [...known.values()].map((unit) => ({ value: unit.id, label: label(unit) }));

  const notFound = !enabled ? (
    t.units.unitSearchEmpty
  ) : results.isFetching ? (
    <Spin size="small" />
  ) : (
    t.units.noSearchResults
  );
  return (
    <Select<number>
      id={props.id}
      value={props.value ?? undefined}
      options={options}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      notFoundContent={notFound}
      placeholder={props.placeholder ?? t.units.unitSearchPlaceholder}
      allowClear={props.allowClear}
      style={props.style ?? { width: '100%' }}
      onChange={(value) => {
        const unit = value === undefined ? null : (known.get(value) ?? null);
        setPicked(unit);
        props.onChange?.(value ?? null);
        props.onPicked?.(unit);
      }}
    />
  );
}
