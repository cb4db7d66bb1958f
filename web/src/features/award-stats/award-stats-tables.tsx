// The breakdowns under the chart: by form, level, occasion, year and deciding body, each with collectives,
// individuals and the total, in Vietnamese number format.
import type { ReactNode } from 'react';
import { Card, Col, Row, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { awardLevelLabels, type AwardStats } from '../../../../shared/contracts/award-stats.ts';
import { occasionLabels } from '../../../../shared/contracts/awards.ts';
import { formatViNumber } from '../../../../shared/format-number.ts';
import { useI18n } from '../../i18n/i18n-context.ts';

type Counted = { key: string; label: ReactNode; collectives: number; individuals: number; total: number };

function CountTable({ title, head, rows }: { title: string; head: string; rows: Counted[] }) {
  const { t } = useI18n();
  const s = t.awardStats;
  const number = (value: number) => formatViNumber(value);
  const columns: ColumnsType<Counted> = [
    { title: head, dataIndex: 'label', key: 'label' },
    { title: s.collectives, dataIndex: 'collectives', key: 'collectives', align: 'right', width: 100, render: number },
    { title: s.individuals, dataIndex: 'individuals', key: 'individuals', align: 'right', width: 100, render: number },
    {
      title: s.total,
      dataIndex: 'total',
      key: 'total',
      align: 'right',
      width: 100,
      render: (v: number) => <strong>{number(v)}</strong>,
    },
  ];
  return (
    <Card size="small" title={title} styles={{ body: { padding: 0 } }}>
      <Table<Counted> size="small" rowKey="key" columns={columns} dataSource={rows} pagination={false} />
    </Card>
  );
}

export function AwardStatsTables({ stats }: { stats: AwardStats }) {
  const { t, lang, pick } = useI18n();
  const s = t.awardStats;
  return (
    <Row gutter={[16, 16]}>
      <Col span={24}>
        <CountTable
          title={s.byForm}
          head={s.form}
          rows={stats.byForm.map((row) => ({ key: row.code, label: lang === 'en' ? row.nameEn : row.nameVi, ...row }))}
        />
      </Col>
      <Col xs={24} lg={12}>
        <CountTable
          title={s.byLevel}
          head={s.level}
          rows={stats.byLevel.map((row) => ({ key: row.level, label: pick(awardLevelLabels[row.level]), ...row }))}
        />
      </Col>
      <Col xs={24} lg={12}>
        <CountTable
          title={s.byOccasion}
          head={s.occasion}
          rows={stats.byOccasion.map((row) => ({
            key: row.occasion,
            label: pick(occasionLabels[row.occasion]),
            ...row,
          }))}
        />
      </Col>
      <Col xs={24} lg={12}>
        <CountTable
          title={s.byYear}
          head={s.year}
          rows={stats.byYear.map((row) => ({ key: String(row.year), label: String(row.year), ...row }))}
        />
      </Col>
      <Col xs={24} lg={12}>
        <CountTable
          title={s.byDecider}
          head={s.decider}
          rows={stats.byDecider.map((row) => ({ key: row.deciderKey, label: row.deciderName, ...row }))}
        />
      </Col>
    </Row>
  );
}
