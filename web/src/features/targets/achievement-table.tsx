// The achievement table: one row per indicator for the unit on screen, expanding to the units below it.
import { Flex, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { Achievement, Indicator, UnitAchievement } from '../../../../shared/contracts/targets.ts';
import { formatViNumber } from '../../../../shared/format-number.ts';
import { useI18n } from '../../i18n/i18n-context.ts';
import type { Dictionary } from '../../i18n/vi.ts';
import { formatNumber } from '../../lib/format.ts';
import { AchievementResult } from './achievement-result.tsx';
import { BasisText } from './basis-text.tsx';
import { IndicatorCell } from './indicator-cell.tsx';
import { TargetActions } from './target-actions.tsx';

type Row = Achievement['rows'][number];

/** The columns both levels share: the target and who set it, the result with its bar and its source, actions. */
function figureColumns<T>(
  t: Dictionary,
  figureOf: (row: T) => UnitAchievement,
  indicatorOf: (row: T) => Indicator,
): ColumnsType<T> {
  const c = t.targets.columns;
  return [
    {
      key: 'target',
      title: c.target,
      width: 150,
      align: 'right',
      render: (_, row) => {
        const target = figureOf(row).target;
        if (!target) return <Typography.Text type="secondary">{t.targets.noTarget}</Typography.Text>;
        return (
          <>
            <Typography.Text style={{ fontVariantNumeric: 'tabular-nums' }}>
              {formatViNumber(target.targetValue)}
            </Typography.Text>
            <br />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t.targets.setBy(target.setByUnit.name)}
            </Typography.Text>
          </>
        );
      },
    },
    {
      key: 'result',
      title: c.result,
      render: (_, row) => (
        <Flex vertical gap={6}>
          <AchievementResult figure={figureOf(row)} />
          <BasisText figure={figureOf(row)} />
        </Flex>
      ),
    },
    {
      key: 'actions',
      title: c.actions,
      width: 180,
      render: (_, row) => {
        const target = figureOf(row).target;
        return target ? <TargetActions target={target} indicator={indicatorOf(row)} /> : null;
      },
    },
  ];
}

function ChildrenTable({ row }: { row: Row }) {
  const { t } = useI18n();
  return (
    <Table<UnitAchievement>
      rowKey={(figure) => figure.unit.id}
      size="small"
      pagination={false}
      title={() => (
        <Typography.Text strong>{t.targets.childrenTitle(formatNumber(row.children.length))}</Typography.Text>
      )}
      locale={{ emptyText: t.targets.childrenEmpty }}
      dataSource={row.children}
      columns={[
        { key: 'unit', title: t.targets.columns.unit, width: 300, render: (_, figure) => figure.unit.name },
        ...figureColumns<UnitAchievement>(
          t,
          (figure) => figure,
          () => row.indicator,
        ),
      ]}
    />
  );
}

export function AchievementTable({ data, loading }: { data: Achievement; loading: boolean }) {
  const { t } = useI18n();
  return (
    <Table<Row>
      rowKey={(row) => row.indicator.id}
      loading={loading}
      pagination={false}
      scroll={{ x: 960 }}
      locale={{ emptyText: t.targets.empty }}
      dataSource={data.rows}
      expandable={{
        // The rows carry their units below in `children`, which is not antd's tree data: they get a table of their own.
        childrenColumnName: 'treeChildren',
        expandedRowRender: (row) => <ChildrenTable row={row} />,
        rowExpandable: (row) => row.children.length > 0,
      }}
      columns={[
        {
          key: 'indicator',
          title: t.targets.columns.indicator,
          width: 300,
          render: (_, row) => <IndicatorCell indicator={row.indicator} />,
        },
        ...figureColumns<Row>(
          t,
          (row) => row.own,
          (row) => row.indicator,
        ),
      ]}
    />
  );
}
