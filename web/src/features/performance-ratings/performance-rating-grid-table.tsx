// The grid of a unit and year: one row per person, the rating, days absent and discipline editable in place;
// the page keeps the edits until they are saved together.
import { DatePicker, Input, InputNumber, Select, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import {
  disciplineLevelLabels,
  ratingLabels,
  ratingsBestFirst,
  type PerformanceRatingRow,
  type PerformanceRatingValues,
} from '../../../../shared/contracts/performance-ratings.ts';
import { disciplineLevels } from '../../../../shared/contracts/emulation.ts';
import { formatNameWithTitles } from '../../../../shared/text/index.ts';
import { useI18n } from '../../i18n/i18n-context.ts';
import { DATE_FORMAT, toApiDate } from '../../lib/format.ts';

export function PerformanceRatingGridTable({
  rows,
  edits,
  onEdit,
  loading,
}: {
  rows: PerformanceRatingRow[];
  edits: ReadonlyMap<number, PerformanceRatingValues>;
  onEdit: (personId: number, values: PerformanceRatingValues) => void;
  loading: boolean;
}) {
  const { t, pick } = useI18n();
  const s = t.performanceRatings;
  const valuesOf = (row: PerformanceRatingRow): PerformanceRatingValues =>
    edits.get(row.person.id) ?? {
      rating: row.rating,
      daysAbsent: row.daysAbsent,
      disciplineLevel: row.disciplineLevel,
      disciplineDecisionNo: row.disciplineDecisionNo,
      disciplineDecisionDate: row.disciplineDecisionDate,
      note: row.note,
    };
  const change = (row: PerformanceRatingRow, patch: Partial<PerformanceRatingValues>) =>
    onEdit(row.person.id, { ...valuesOf(row), ...patch });
  const name = (row: PerformanceRatingRow) => `${s.columns.person}: ${row.person.fullName}`;

  const columns: ColumnsType<PerformanceRatingRow> = [
    {
      title: s.columns.person,
      key: 'person',
      fixed: 'left',
      width: 220,
      render: (_, row) => (
        <>
          <Typography.Text strong={edits.has(row.person.id)}>
            {formatNameWithTitles(row.person.titles, row.person.fullName)}
          </Typography.Text>
          {row.person.cardNumber && <div className="secondary-text">{row.person.cardNumber}</div>}
        </>
      ),
    },
    { title: s.columns.unit, key: 'unit', width: 200, render: (_, row) => row.unit.name },
    {
      title: s.columns.rating,
      key: 'rating',
      width: 250,
      render: (_, row) => (
        <Select
          aria-label={`${s.columns.rating} — ${name(row)}`}
          allowClear
          disabled={!row.canWrite}
          placeholder={s.notRated}
          value={valuesOf(row).rating ?? undefined}
          options={ratingsBestFirst.map((value) => ({
            value,
            label: `${ratingLabels[value].short} — ${pick(ratingLabels[value])}`,
          }))}
          onChange={(rating) => change(row, { rating: rating ?? null })}
          style={{ width: '100%' }}
        />
      ),
    },
    {
      title: s.columns.daysAbsent,
      key: 'days',
      width: 110,
      render: (_, row) => (
        <InputNumber
          aria-label={`${s.columns.daysAbsent} — ${name(row)}`}
          disabled={!row.canWrite}
          min={0}
          max={366}
          step={0.5}
          // Whole days show as "45", half days as "2,5": the step alone would print "45,0".
          formatter={(value, info) =>
            info.userTyping ? info.input : `${value ?? ''}` === '' ? '' : String(Number(value)).replace('.', ',')
          }
          parser={(text) => Number((text ?? '').replace(',', '.'))}
          value={valuesOf(row).daysAbsent}
          onChange={(days) => change(row, { daysAbsent: typeof days === 'number' ? Math.round(days * 2) / 2 : null })}
          style={{ width: '100%' }}
        />
      ),
    },
    {
      title: s.columns.discipline,
      key: 'discipline',
      width: 170,
      render: (_, row) => (
        <Select
          aria-label={`${s.columns.discipline} — ${name(row)}`}
          allowClear
          disabled={!row.canWrite}
          placeholder={s.noDiscipline}
          value={valuesOf(row).disciplineLevel ?? undefined}
          options={disciplineLevels.map((value) => ({ value, label: pick(disciplineLevelLabels[value]) }))}
          onChange={(level) => change(row, { disciplineLevel: level ?? null })}
          style={{ width: '100%' }}
        />
      ),
    },
    {
      title: s.columns.decisionNo,
      key: 'decisionNo',
      width: 150,
      render: (_, row) => (
        <Input
          aria-label={`${s.columns.decisionNo} — ${name(row)}`}
          disabled={!row.canWrite}
          maxLength={100}
          value={valuesOf(row).disciplineDecisionNo ?? ''}
          onChange={(event) => change(row, { disciplineDecisionNo: event.target.value || null })}
        />
      ),
    },
    {
      title: s.columns.decisionDate,
      key: 'decisionDate',
      width: 150,
      render: (_, row) => {
        const date = valuesOf(row).disciplineDecisionDate;
        return (
          <DatePicker
            aria-label={`${s.columns.decisionDate} — ${name(row)}`}
            disabled={!row.canWrite}
            format={DATE_FORMAT}
            value={date ? dayjs(date) : null}
            onChange={(value) => change(row, { disciplineDecisionDate: toApiDate(value) ?? null })}
          />
        );
      },
    },
    {
      title: s.columns.note,
      key: 'note',
      width: 200,
      render: (_, row) => (
        <Input
          aria-label={`${s.columns.note} — ${name(row)}`}
          disabled={!row.canWrite}
          maxLength={500}
          value={valuesOf(row).note ?? ''}
          onChange={(event) => change(row, { note: event.target.value || null })}
        />
      ),
    },
  ];
  return (
    <Table<PerformanceRatingRow>
      rowKey={(row) => row.person.id}
      size="small"
      columns={columns}
      dataSource={rows}
      loading={loading}
      scroll={{ x: 1450 }}
      locale={{ emptyText: s.empty }}
      pagination={{ pageSize: 50, showSizeChanger: false, hideOnSinglePage: true }}
    />
  );
}
