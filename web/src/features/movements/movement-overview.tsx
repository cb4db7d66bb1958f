// The overview tab: the movement's facts and deadlines, its score sheet as a tree with the total, and the
// covered units (both editable while a draft).
import { useState } from 'react';
import { Button, Card, Descriptions, Flex, Table, Tag, Typography } from 'antd';
import type { CriterionGroup, Movement } from '../../../../shared/contracts/movements.ts';
import { useI18n } from '../../i18n/i18n-context.ts';
import { formatDate, formatNumber } from '../../lib/format.ts';
import { CoveredUnitsModal } from './covered-units-modal.tsx';
import { CriteriaModal } from './criteria-modal.tsx';

type Row = Omit<CriterionGroup, 'children'> & { key: string; children?: Row[] };

export function MovementOverview({ movement }: { movement: Movement }) {
  const { t } = useI18n();
  const s = t.movements;
  const [open, setOpen] = useState<'criteria' | 'units' | null>(null);
  const deadlines = [
    movement.pledgeDeadline && s.page.pledgeDeadline(formatDate(movement.pledgeDeadline)),
    movement.selfAssessmentDeadline && s.page.selfAssessmentDeadline(formatDate(movement.selfAssessmentDeadline)),
    movement.proposalDeadline && s.page.proposalDeadline(formatDate(movement.proposalDeadline)),
  ].filter(Boolean);
  const rows: Row[] = movement.criteria.map((group, index) => ({
    ...group,
    key: `g${group.id}`,
    title: group.title,
    children: group.children.length
      ? group.children.map((child, inner) => ({
          ...child,
          key: `c${child.id}`,
          title: `${index + 1}.${inner + 1}. ${child.title}`,
        }))
      : undefined,
  }));

  return (
    <Flex vertical gap={16}>
      <Card size="small">
        <Descriptions column={{ xs: 1, md: 2 }} size="small">
          <Descriptions.Item label={s.page.launchingUnit}>{movement.launchingUnit.name}</Descriptions.Item>
          <Descriptions.Item label={s.page.year}>{movement.year}</Descriptions.Item>
          <Descriptions.Item label={s.page.period}>
            {formatDate(movement.startsOn)} – {formatDate(movement.endsOn)}
          </Descriptions.Item>
          <Descriptions.Item label={s.page.deadlines}>{deadlines.join(' · ') || t.common.none}</Descriptions.Item>
          <Descriptions.Item label={s.page.document}>
            {movement.launchDocumentNo ? (
              <Flex gap={8} align="center">
                <span>{movement.launchDocumentNo}</span>
                {movement.launchDocument && (
                  <a href={`/api/v1/movements/${movement.id}/document`}>{movement.launchDocument.fileName}</a>
                )}
              </Flex>
            ) : (
              <Typography.Text type="secondary">{s.page.noDocument}</Typography.Text>
            )}
          </Descriptions.Item>
          {movement.launchedAt && (
            <Descriptions.Item label={s.page.launchedOn}>{formatDate(movement.launchedAt)}</Descriptions.Item>
          )}
          {movement.goals && (
            <Descriptions.Item label={s.page.goals} span={2}>
              <Typography.Paragraph style={{ whiteSpace: 'pre-line', marginBottom: 0 }}>
                {movement.goals}
              </Typography.Paragraph>
            </Descriptions.Item>
          )}
        </Descriptions>
      </Card>
      <Card
        size="small"
        title={s.criteria.title}
        extra={movement.abilities.editSheet && <Button onClick={() => setOpen('criteria')}>{s.criteria.edit}</Button>}
      >
        <Table<Row>
          size="small"
          pagination={false}
          dataSource={rows}
          expandable={{ defaultExpandAllRows: true, expandedRowKeys: rows.map((row) => row.key) }}
          locale={{ emptyText: s.criteria.empty }}
          columns={[
            { title: s.criteria.columns.title, dataIndex: 'title' },
            {
              title: s.criteria.columns.maxPoints,
              align: 'right',
              width: 110,
              render: (_, row) => formatNumber(row.maxPoints),
            },
            { title: s.criteria.columns.scale, dataIndex: 'scale' },
            { title: s.criteria.columns.evidence, dataIndex: 'evidenceRequired' },
          ]}
          summary={() => (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0} colSpan={4}>
                <strong>{s.criteria.total(formatNumber(movement.totalPoints))}</strong>
              </Table.Summary.Cell>
            </Table.Summary.Row>
          )}
        />
      </Card>
      <Card
        size="small"
        title={`${t.movements.columns.covered} (${formatNumber(movement.coveredUnits.length)})`}
        extra={movement.abilities.editSheet && <Button onClick={() => setOpen('units')}>{s.units.edit}</Button>}
      >
        {movement.coveredUnits.length === 0 ? (
          <Typography.Text type="secondary">{s.units.none}</Typography.Text>
        ) : (
          <Flex wrap gap={6}>
            {movement.coveredUnits.map((unit) => (
              <Tag key={unit.id}>{unit.name}</Tag>
            ))}
          </Flex>
        )}
      </Card>
      {open === 'criteria' && <CriteriaModal movement={movement} onClosed={() => setOpen(null)} />}
      {open === 'units' && <CoveredUnitsModal movement={movement} onClosed={() => setOpen(null)} />}
    </Flex>
  );
}
