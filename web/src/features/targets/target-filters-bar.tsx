// The filters of the targets screen: the unit (its subtree is shown) and the period, plus the periods
// that already have targets, for custom periods nobody remembers the dates of.
import { Col, Form, Row, Select } from 'antd';
import { useI18n } from '../../i18n/i18n-context.ts';
import { formatNumber } from '../../lib/format.ts';
import { UnitCodeSelect } from '../members/unit-code-select.tsx';
import { PeriodPicker } from './period-picker.tsx';
import { periodLabel } from './period-label.ts';
import { useTargetPeriods, type TargetFilters } from './targets.api.ts';

export function TargetFiltersBar({
  filters,
  unitCode,
  update,
}: {
  filters: TargetFilters;
  /** The unit shown, also when the address names none (the server's default, the user's own unit). */
  unitCode: string | undefined;
  update: (changes: Partial<TargetFilters>) => void;
}) {
  const { t } = useI18n();
  const s = t.targets;
  const periods = useTargetPeriods(filters.unit).data?.periods ?? [];
  const current = `${filters.from}/${filters.to}`;

  return (
    <Form layout="vertical" component="div">
      <Row gutter={16} align="bottom">
        <Col xs={24} lg={9}>
          <Form.Item label={s.unit} htmlFor="target-unit">
            <UnitCodeSelect
              id="target-unit"
              code={unitCode}
              placeholder={s.unitPlaceholder}
              onChange={(unit) => update({ unit })}
            />
          </Form.Item>
        </Col>
        <Col xs={24} lg={10}>
          <PeriodPicker key={current} from={filters.from} to={filters.to} onChange={(period) => update(period)} />
        </Col>
        <Col xs={24} lg={5}>
          <Form.Item label={s.periodsWithTargets} htmlFor="target-known-periods">
            <Select<string>
              id="target-known-periods"
              placeholder={s.periodsWithTargetsPlaceholder}
              value={periods.some((p) => `${p.periodStart}/${p.periodEnd}` === current) ? current : undefined}
              onChange={(value) => {
                const [from, to] = value.split('/');
                if (from && to) update({ from, to });
              }}
              options={periods.map((period) => ({
                value: `${period.periodStart}/${period.periodEnd}`,
                label: `${periodLabel(t, period.periodStart, period.periodEnd)} · ${s.periodTargets(formatNumber(period.targets))}`,
              }))}
            />
          </Form.Item>
        </Col>
      </Row>
    </Form>
  );
}
