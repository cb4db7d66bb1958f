// The units directly below a unit, as they stand on the chosen date.
import { Flex, Table, Typography } from 'antd';
import type { Unit } from '../../../../shared/contracts/units.ts';
import { useI18n } from '../../i18n/i18n-context.ts';
import { formatNumber } from '../../lib/format.ts';
import { UnitKindTag } from './unit-kind-tag.tsx';
import { UnitLink } from './unit-link.tsx';
import { UnitStatusTag } from './unit-status-tag.tsx';
import { useUnits } from './units.api.ts';

/** The "Đơn vị trực thuộc" tab of a unit page. */
export function UnitChildrenTable({ parentId, asOf }: { parentId: number; asOf: string | undefined }) {
  const { t } = useI18n();
  const children = useUnits({ parentId, asOf });
  return (
    <Table<Unit>
      rowKey="id"
      size="middle"
      loading={children.isPending}
      dataSource={children.data ?? []}
      pagination={(children.data?.length ?? 0) > 20 ? { pageSize: 20, showSizeChanger: false } : false}
      locale={{ emptyText: t.units.noChildren }}
      rowClassName={(unit) => (unit.status === 'active' ? '' : 'unit-title-inactive')}
      scroll={{ x: 640 }}
      columns={[
        {
          key: 'name',
          title: t.units.name,
          render: (_, unit) => (
            <Flex vertical>
              <UnitLink unit={unit} />
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {unit.code}
              </Typography.Text>
            </Flex>
          ),
        },
        { key: 'kind', title: t.units.kind, width: 130, render: (_, unit) => <UnitKindTag kind={unit.kind} /> },
        {
          key: 'status',
          title: t.units.status,
          width: 150,
          render: (_, unit) => <UnitStatusTag status={unit.status} showActive />,
        },
        {
          key: 'childCount',
          title: t.units.childCountColumn,
          align: 'right',
          width: 120,
          render: (_, unit) => formatNumber(unit.childCount),
        },
      ]}
    />
  );
}
