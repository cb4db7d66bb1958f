// Choosing the period of the targets: a year by default, one of its halves or quarters, or any dates.
import { useState } from 'react';
import { Col, DatePicker, Form, Row, Select } from 'antd';
import dayjs from 'dayjs';
import { describePeriod, periodKinds, periodRange, type PeriodKind } from '../../../../shared/contracts/targets.ts';
import { useI18n } from '../../i18n/i18n-context.ts';
import { DATE_FORMAT, toApiDate } from '../../lib/format.ts';

interface PeriodPickerProps {
  from: string;
  to: string;
  onChange: (period: { from: string; to: string }) => void;
}

/** Kind, year and part as three small selects; the custom kind shows a date range instead. */
export function PeriodPicker({ from, to, onChange }: PeriodPickerProps) {
  const { t } = useI18n();
  const s = t.targets;
  const described = describePeriod(from, to);
  // Custom dates that happen to be a whole year stay "custom" while the user is editing them.
  const [customMode, setCustomMode] = useState(described.kind === 'custom');
  const kind: PeriodKind = customMode ? 'custom' : described.kind;
  const year = described.year;
  const thisYear = dayjs().year();
  const years = Array.from({ length: 9 }, (_, i) => thisYear + 2 - i);
  if (!years.includes(year)) years.push(year);

  const choose = (next: Exclude<PeriodKind, 'custom'>, nextYear: number, part: number) => {
    const range = periodRange(next, nextYear, part);
    onChange({ from: range.start, to: range.end });
  };
  const changeKind = (next: PeriodKind) => {
    setCustomMode(next === 'custom');
    if (next === 'custom') return;
    const month = year === thisYear ? dayjs().month() : 0;
    choose(
      next,
      year,
      next === 'half' ? Math.floor(month / 6) + 1 : next === 'quarter' ? Math.floor(month / 3) + 1 : 1,
    );
  };
  const parts = kind === 'half' ? s.halves : kind === 'quarter' ? s.quarters : [];

  return (
    <Row gutter={12}>
      <Col xs={24} sm={8}>
        <Form.Item label={s.periodKind} htmlFor="target-period-kind">
          <Select<PeriodKind>
            id="target-period-kind"
            value={kind}
            onChange={changeKind}
            options={periodKinds.map((value) => ({ value, label: s.kinds[value] }))}
          />
        </Form.Item>
      </Col>
      {kind === 'custom' ? (
        <Col xs={24} sm={16}>
          <Form.Item label={s.range} htmlFor="target-period-range">
            <DatePicker.RangePicker
              id={{ start: 'target-period-range' }}
              format={DATE_FORMAT}
              allowClear={false}
              value={[dayjs(from), dayjs(to)]}
              onChange={(range) => {
                const start = toApiDate(range?.[0]);
                const end = toApiDate(range?.[1]);
                if (start && end) onChange({ from: start, to: end });
              }}
              style={{ width: '100%' }}
            />
          </Form.Item>
        </Col>
      ) : (
        <>
          <Col xs={12} sm={kind === 'year' ? 16 : 6}>
            <Form.Item label={s.year} htmlFor="target-period-year">
              <Select<number>
                id="target-period-year"
                value={year}
                onChange={(next) => choose(kind, next, described.part || 1)}
                options={years.sort((a, b) => b - a).map((value) => ({ value, label: String(value) }))}
              />
            </Form.Item>
          </Col>
          {parts.length > 0 && (
            <Col xs={12} sm={10}>
              <Form.Item label={s.part} htmlFor="target-period-part">
                <Select<number>
                  id="target-period-part"
                  value={described.part}
                  onChange={(part) => choose(kind, year, part)}
                  options={parts.map((label, index) => ({ value: index + 1, label }))}
                />
              </Form.Item>
            </Col>
          )}
        </>
      )}
    </Row>
  );
}
