// The list's filters: unit subtree, kind, level, status, year and a search box.
import { Flex, Form, Input, InputNumber, Select } from 'antd';
import { recognitionLevels } from '../../../../shared/contracts/emulation.ts';
import {
  initiativeKindLabels,
  initiativeKinds,
  initiativeStatuses,
  initiativeStatusLabels,
  recognitionLevelLabels,
} from '../../../../shared/contracts/initiatives.ts';
import { useI18n } from '../../i18n/i18n-context.ts';
import { UnitCodeSelect } from '../members/unit-code-select.tsx';
import type { InitiativeFilters } from './initiatives.api.ts';

export function InitiativeFiltersBar({
  filters,
  update,
}: {
  filters: InitiativeFilters;
  update: (changes: Partial<InitiativeFilters>) => void;
}) {
  const { t, pick } = useI18n();
  const s = t.initiatives;
  const options = <T extends string>(values: readonly T[], labels: Record<T, { vi: string; en: string }>) =>
    values.map((value) => ({ value, label: pick(labels[value]) }));
  return (
    <Form layout="vertical">
      <Flex gap={12} wrap>
        <Form.Item label={s.unit} htmlFor="initiative-unit" style={{ minWidth: 260 }}>
          <UnitCodeSelect
            id="initiative-unit"
            code={filters.unit}
            placeholder={s.unitPlaceholder}
            onChange={(unit) => update({ unit })}
          />
        </Form.Item>
        <Form.Item label={s.kind} htmlFor="initiative-kind" style={{ minWidth: 220 }}>
          <Select
            id="initiative-kind"
            allowClear
            placeholder={s.all}
            value={filters.kind}
            options={options(initiativeKinds, initiativeKindLabels)}
            onChange={(kind) => update({ kind })}
          />
        </Form.Item>
        <Form.Item label={s.level} htmlFor="initiative-level" style={{ minWidth: 180 }}>
          <Select
            id="initiative-level"
            allowClear
            placeholder={s.all}
            value={filters.level}
            options={options(recognitionLevels, recognitionLevelLabels)}
            onChange={(level) => update({ level })}
          />
        </Form.Item>
        <Form.Item label={s.status} htmlFor="initiative-status" style={{ minWidth: 200 }}>
          <Select
            id="initiative-status"
            allowClear
            placeholder={s.all}
            value={filters.status}
            options={options(initiativeStatuses, initiativeStatusLabels)}
            onChange={(status) => update({ status })}
          />
        </Form.Item>
        <Form.Item label={s.year} htmlFor="initiative-year">
          <InputNumber
            id="initiative-year"
            min={1945}
            max={2100}
            value={filters.year ?? null}
            onChange={(year) => update({ year: typeof year === 'number' && year >= 1945 ? year : undefined })}
            style={{ width: 100 }}
          />
        </Form.Item>
        <Form.Item label={s.search} htmlFor="initiative-q" style={{ minWidth: 260, flex: 1 }}>
          <Input.Search
            id="initiative-q"
            allowClear
            defaultValue={filters.q}
            onSearch={(q) => update({ q: q.trim() || undefined })}
          />
        </Form.Item>
      </Flex>
    </Form>
  );
}
