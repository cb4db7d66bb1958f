// How a unit changed over time: each version with its dates, name, parent, sector and province.
import { Button, Flex, Table, Tag, Typography } from 'antd';
import { useNavigate } from 'react-router-dom';
import { sectorLabels } from '../../../../shared/enums.ts';
import { useSignedInMe } from '../auth/auth.api.ts';
import { useI18n } from '../../i18n/i18n-context.ts';
import { formatDate } from '../../lib/format.ts';
import { UnitLink } from './unit-link.tsx';
import { useUnitHistory, type UnitVersion } from './units.api.ts';

/** The "Lịch sử thay đổi" tab of a unit page, with a way into the audit log for those who may read it. */
export function UnitHistoryTable({ unitId }: { unitId: number }) {
  const { t, pick } = useI18n();
  const { capabilities } = useSignedInMe();
  const navigate = useNavigate();
  const history = useUnitHistory(unitId);
  const versions = [...(history.data ?? [])].sort((a, b) => b.validFrom.localeCompare(a.validFrom));

  return (
    <Flex vertical gap={12}>
      <Table<UnitVersion>
        rowKey="validFrom"
        size="middle"
        loading={history.isPending}
        dataSource={versions}
        pagination={false}
        locale={{ emptyText: t.units.noHistory }}
        scroll={{ x: 680 }}
        columns={[
          {
            key: 'period',
            title: t.units.history.period,
            width: 190,
            render: (_, version) =>
              version.validTo ? (
                t.units.history.fromTo(formatDate(version.validFrom), formatDate(version.validTo))
              ) : (
                <Flex vertical align="flex-start" gap={4}>
                  {t.units.history.from(formatDate(version.validFrom))}
                  <Tag color="blue">{t.units.current}</Tag>
                </Flex>
              ),
          },
          {
            key: 'name',
            title: t.units.name,
            render: (_, v) => (
              <Flex vertical>
                {v.name}
                {v.shortName && (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {v.shortName}
                  </Typography.Text>
                )}
              </Flex>
            ),
          },
          {
            key: 'parent',
            title: t.units.parent,
            render: (_, v) =>
              v.parentId && v.parentName ? <UnitLink unit={{ id: v.parentId, name: v.parentName }} /> : t.common.none,
          },
          { key: 'sector', title: t.units.sector, width: 130, render: (_, v) => pick(sectorLabels[v.sector]) },
          { key: 'province', title: t.units.province, render: (_, v) => v.province || t.common.none },
        ]}
      />
      {capabilities.viewAudit && (
        <div>
          <Button onClick={() => navigate(`/audit?unitId=${unitId}`)}>{t.units.viewAudit}</Button>
        </div>
      )}
    </Flex>
  );
}
