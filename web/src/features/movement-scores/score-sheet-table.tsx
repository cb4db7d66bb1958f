// The score sheet as a table: groups with their sums, criteria with their scale and the evidence they need,
// the unit's points, note and evidence, the reviewed column, and each criterion's history.
import { HistoryOutlined } from '@ant-design/icons';
import { Button, Input, InputNumber, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { ScoreSheet, SheetRow } from '../../../../shared/contracts/movement-scores.ts';
import { useI18n } from '../../i18n/i18n-context.ts';
import { EvidenceCell } from './evidence-cell.tsx';
import { pointsText } from './points-text.ts';
import { evidenceUrl } from './scoring.api.ts';
import type { SheetEdits, ShownRow } from './use-sheet-edits.ts';

/** antd's InputNumber gives null for an empty box; the API takes numbers with a dot. */
const toPoints = (value: number | string | null) => (value === null || value === '' ? null : Number(value));

export function ScoreSheetTable({
  sheet,
  edits,
  showHistory,
}: {
  sheet: ScoreSheet;
  edits: SheetEdits;
  showHistory: (row: SheetRow) => void;
}) {
  const { t } = useI18n();
  const s = t.scoring.sheet;
  const canSelf = sheet.abilities.selfAssess;
  const canReview = sheet.abilities.review;
  const showReview = sheet.reviewer || sheet.rows.some((row) => row.reviewedPoints !== null);
  const { rows, selfTotal, finalTotal } = edits.shown;
  const pointsInput = (row: ShownRow, value: number | null, label: string, onChange: (v: number | null) => void) => (
    <InputNumber<number>
      aria-label={`${label} ${row.number}`}
      value={value}
      min={0}
      max={row.maxPoints}
      step={0.25}
      precision={2}
      decimalSeparator=","
      style={{ width: 96 }}
      onChange={(next) => onChange(toPoints(next))}
    />
  );

  const columns: ColumnsType<ShownRow> = [
    { title: s.number, dataIndex: 'number', width: 56 },
    {
      title: s.criterion,
      width: 280,
      render: (_, row) =>
        row.isGroup ? (
          <Typography.Text strong>{row.title}</Typography.Text>
        ) : (
          <>
            <div>{row.title}</div>
            {row.scale && (
              <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }}>
                {s.scale}: {row.scale}
              </Typography.Text>
            )}
            {row.evidenceRequired && (
              <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }}>
                {s.evidenceRequired}: {row.evidenceRequired}
              </Typography.Text>
            )}
          </>
        ),
    },
    { title: s.maxPoints, width: 90, align: 'right', render: (_, row) => pointsText(row.maxPoints) },
    {
      title: s.selfPoints,
      width: 120,
      align: 'right',
      render: (_, row) =>
        canSelf && !row.isGroup ? (
          pointsInput(row, row.selfPoints, s.selfPoints, (points) => edits.editSelf(row.criterionId, { points }))
        ) : (
          <span style={{ fontWeight: row.isGroup ? 600 : undefined }}>{pointsText(row.selfPoints)}</span>
        ),
    },
    {
      title: s.selfNote,
      width: 200,
      render: (_, row) =>
        row.isGroup ? null : canSelf ? (
          <Input.TextArea
            aria-label={`${s.selfNote} ${row.number}`}
            autoSize={{ minRows: 1, maxRows: 4 }}
            maxLength={2000}
            placeholder={s.notePlaceholder}
            value={row.selfNote ?? ''}
            onChange={(event) => edits.editSelf(row.criterionId, { note: event.target.value })}
          />
        ) : (
          row.selfNote
        ),
    },
    {
      title: s.evidence,
      width: 170,
      render: (_, row) =>
        row.isGroup ? null : (
          <EvidenceCell
            value={row.evidence}
            href={
              row.evidence &&
              row.evidence.id === sheet.rows.find((r) => r.criterionId === row.criterionId)?.evidence?.id
                ? evidenceUrl(sheet.movement.id, sheet.unit.id, row.criterionId)
                : null
            }
            editable={canSelf}
            label={`${s.upload} ${row.number}`}
            onChange={(evidence) => edits.editSelf(row.criterionId, { evidence })}
          />
        ),
    },
  ];
  if (showReview) {
    columns.push(
      {
        title: s.reviewedPoints,
        width: 120,
        align: 'right',
        render: (_, row) =>
          canReview && !row.isGroup ? (
            pointsInput(row, row.reviewedPoints, s.reviewedPoints, (points) =>
              edits.editReview(row.criterionId, { points }),
            )
          ) : (
            <span style={{ fontWeight: row.isGroup ? 600 : undefined }}>{pointsText(row.reviewedPoints)}</span>
          ),
      },
      {
        title: s.reviewNote,
        width: 200,
        render: (_, row) =>
          row.isGroup ? null : canReview ? (
            <Input.TextArea
              aria-label={`${s.reviewNote} ${row.number}`}
              autoSize={{ minRows: 1, maxRows: 4 }}
              maxLength={2000}
              placeholder={s.reviewNotePlaceholder}
              value={row.reviewNote ?? ''}
              onChange={(event) => edits.editReview(row.criterionId, { note: event.target.value })}
            />
          ) : (
            row.reviewNote
          ),
      },
    );
  }
  columns.push({
    title: '',
    width: 110,
    render: (_, row) =>
      row.isGroup ? null : (
        <Button
          size="small"
          type={row.changes.length > 0 ? 'link' : 'text'}
          icon={<HistoryOutlined aria-hidden />}
          onClick={() => showHistory(row)}
        >
          {s.history(row.changes.length)}
        </Button>
      ),
  });

  return (
    <Table<ShownRow>
      rowKey="criterionId"
      size="small"
      pagination={false}
      scroll={{ x: showReview ? 1350 : 1050 }}
      columns={columns}
      dataSource={rows}
      onRow={(row) => ({ style: row.isGroup ? { background: 'rgba(0, 0, 0, 0.03)' } : undefined })}
      summary={() => (
        <Table.Summary.Row>
          <Table.Summary.Cell index={0} colSpan={2}>
            <Typography.Text strong>{s.total}</Typography.Text>
          </Table.Summary.Cell>
          <Table.Summary.Cell index={2} align="right">
            <Typography.Text strong>{pointsText(sheet.maxTotal)}</Typography.Text>
          </Table.Summary.Cell>
          <Table.Summary.Cell index={3} align="right">
            <Typography.Text strong>{pointsText(selfTotal)}</Typography.Text>
          </Table.Summary.Cell>
          <Table.Summary.Cell index={4} colSpan={2} />
          {showReview && (
            <>
              <Table.Summary.Cell index={6} align="right">
                <Typography.Text strong>{pointsText(finalTotal)}</Typography.Text>
              </Table.Summary.Cell>
              <Table.Summary.Cell index={7} colSpan={2}>
                <Typography.Text type="secondary">{s.finalTotal}</Typography.Text>
              </Table.Summary.Cell>
            </>
          )}
          {!showReview && <Table.Summary.Cell index={6} />}
        </Table.Summary.Row>
      )}
    />
  );
}
