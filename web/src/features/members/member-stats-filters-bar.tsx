// The filters of the statistics screen: the unit whose subtree is counted and the period of the movements.
import { Button, Col, DatePicker, Form, Row } from 'antd';
import dayjs from 'dayjs';
import { useI18n } from '../../i18n/i18n-context.ts';
import { DATE_FORMAT, toApiDate } from '../../lib/format.ts';
import type { MemberStatsFilters } from './members.api.ts';
import { UnitCodeSelect } from './unit-code-select.tsx';

/** The filter card's content; each change applies at once and lands in the address. */
export function MemberStatsFiltersBar({
  filters,
  update,
  reset,
}: {
  filters: MemberStatsFilters;
  update: (changes: Partial<MemberStatsFilters>) => void;
  reset: () => void;
}) {
  const { t } = useI18n();
  const s = t.members.stats;
  const today = dayjs();

  return (
    <Form layout="vertical" component="div">
      <Row gutter={16} align="bottom">
        <Col xs={24} lg={11}>
          <Form.Item label={t.members.filters.unit} htmlFor="member-stats-unit">
            <UnitCodeSelect
              id="member-stats-unit"
              code={filters.unit}
              placeholder={t.members.filters.anyUnit}
              onChange={(unit) => update({ unit })}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={16} lg={9}>
          <Form.Item label={s.period} htmlFor="member-stats-period">
            <DatePicker.RangePicker
              id={{ start: 'member-stats-period' }}
              format={DATE_FORMAT}
              allowClear={false}
              value={[dayjs(filters.from), dayjs(filters.to)]}
              presets={[
                { label: String(today.year()), value: [today.startOf('year'), today] },
                {
                  label: String(today.year() - 1),
                  value: [today.subtract(1, 'year').startOf('year'), today.subtract(1, 'year').endOf('year')],
                },
              ]}
              onChange={(range) => {
                const from = toApiDate(range?.[0]);
                const to = toApiDate(range?.[1]);
                if (from && to) update({ from, to });
              }}
              style={{ width: '100%' }}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={8} lg={4}>
          <Form.Item>
            <Button block onClick={reset}>
              {t.members.filters.reset}
            </Button>
          </Form.Item>
        </Col>
      </Row>
    </Form>
  );
}
