// The unit, the years and whether they are years of achievement or of the decision.
import { Flex, Form, InputNumber, Segmented } from 'antd';
import { periodBases, periodBasisLabels } from '../../../../shared/contracts/award-stats.ts';
import { useI18n } from '../../i18n/i18n-context.ts';
import { UnitCodeSelect } from '../members/unit-code-select.tsx';
import type { AwardStatsFilters } from './award-stats.api.ts';

export function AwardStatsFiltersBar({
  filters,
  unitCode,
  update,
}: {
  filters: AwardStatsFilters;
  /** The unit shown (the user's own when none was picked). */
  unitCode: string | undefined;
  update: (changes: Partial<AwardStatsFilters>) => void;
}) {
  const { t, pick } = useI18n();
  const s = t.awardStats;
  const year = (value: number | null) =>
    typeof value === 'number' && value >= 1945 && value <= 2100 ? value : undefined;
  return (
    <Form layout="vertical">
      <Flex gap={12} wrap align="flex-end">
        <Form.Item label={s.unit} htmlFor="award-stats-unit" style={{ minWidth: 320 }}>
          <UnitCodeSelect
            id="award-stats-unit"
            code={filters.unit ?? unitCode}
            placeholder={s.unitPlaceholder}
            onChange={(unit) => update({ unit })}
          />
        </Form.Item>
        <Form.Item label={s.from} htmlFor="award-stats-from">
          <InputNumber
            id="award-stats-from"
            min={1945}
            max={2100}
            value={filters.from}
            onChange={(value) => year(value) && update({ from: year(value) })}
            style={{ width: 100 }}
          />
        </Form.Item>
        <Form.Item label={s.to} htmlFor="award-stats-to">
          <InputNumber
            id="award-stats-to"
            min={1945}
            max={2100}
            value={filters.to}
            onChange={(value) => year(value) && update({ to: year(value) })}
            style={{ width: 100 }}
          />
        </Form.Item>
        <Form.Item label={s.basis}>
          <Segmented
            value={filters.basis}
            options={periodBases.map((basis) => ({ value: basis, label: pick(periodBasisLabels[basis]) }))}
            onChange={(basis) => update({ basis })}
          />
        </Form.Item>
      </Flex>
    </Form>
  );
}
