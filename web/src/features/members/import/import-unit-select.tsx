// Picking the grassroots union to import into: only those the user keeps members of, searched on the server.
import { useState } from 'react';
import { Select, Spin } from 'antd';
import type { ImportUnit } from '../../../../../shared/contracts/member-import.ts';
import { useI18n } from '../../../i18n/i18n-context.ts';
import { useDebouncedValue } from '../../../lib/use-debounced-value.ts';
import { useImportUnits } from './member-import.api.ts';

const label = (unit: ImportUnit) => `${unit.name} (${unit.code})`;

/** A searchable picker; the chosen unit is kept whole so sentences can name it. */
export function ImportUnitSelect({
  id,
  value,
  onChange,
}: {
  id?: string;
  value: ImportUnit | null;
  onChange: (unit: ImportUnit | null) => void;
}) {
  const { t } = useI18n();
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search.trim(), 300);
  const units = useImportUnits(q);
  const known = new Map<number, ImportUnit>();
  if (value) known.set(value.id, value);
  for (const unit of units.data?.items ?? []) known.set(unit.id, unit);

  return (
    <Select<number>
      id={id}
      value={value?.id}
      allowClear
      placeholder={t.memberImport.file.unitPlaceholder}
      options={[...known.values()].map((unit) => ({ value: unit.id, label: label(unit) }))}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      notFoundContent={units.isFetching ? <Spin size="small" /> : t.memberImport.file.noUnits}
      onChange={(picked) => onChange(picked === undefined ? null : (known.get(picked) ?? null))}
      style={{ width: '100%' }}
    />
  );
}
