// The log itself: time, who, what, on which record and unit; each row opens its before/after values.
import { Table, Tag, Tooltip, Typography } from 'antd';
import { Link } from 'react-router-dom';
import type { AuditEntry } from '../../../../shared/contracts/audit.ts';
import { useSignedInMe } from '../auth/auth.api.ts';
import { useI18n } from '../../i18n/i18n-context.ts';
import { formatDateTime, formatNumber } from '../../lib/format.ts';
import { AuditDiff } from './audit-diff.tsx';

const actionColor = (action: string) => {
  if (/failed|locked/.test(action)) return 'red';
  if (/merge|split|dissolve|revoke/.test(action)) return 'volcano';
  if (/create|grant/.test(action)) return 'green';
  return 'blue';
};

interface AuditTableProps {
  entries: AuditEntry[];
  total: number;
  page: number;
  pageSize: number;
  loading: boolean;
  onPageChange: (page: number, pageSize: number) => void;
}

/** The paginated (server-side) audit table. */
export function AuditTable({ entries, total, page, pageSize, loading, onPageChange }: AuditTableProps) {
  const { t } = useI18n();
  const { capabilities } = useSignedInMe();
  return (
    <Table<AuditEntry>
      rowKey="id"
      size="middle"
      loading={loading}
      dataSource={entries}
      scroll={{ x: 900 }}
      locale={{ emptyText: t.audit.empty }}
      expandable={{
        expandedRowRender: (entry) => <AuditDiff entry={entry} />,
        rowExpandable: (entry) => (entry.before ?? null) !== null || (entry.after ?? null) !== null,
      }}
      pagination={{
        current: page,
        pageSize,
        total,
        showSizeChanger: true,
        pageSizeOptions: [20, 50, 100, 200],
        showTotal: (count) => t.common.total(formatNumber(count)),
        onChange: onPageChange,
      }}
      columns={[
        { key: 'at', title: t.audit.at, width: 150, render: (_, entry) => formatDateTime(entry.at) },
        {
          key: 'user',
          title: t.audit.user,
          width: 160,
          render: (_, entry) =>
            entry.username ?? (
              <Typography.Text type="secondary">
                {entry.action.startsWith('auth.') ? t.audit.anonymous : t.audit.system}
              </Typography.Text>
            ),
        },
        {
          key: 'action',
          title: t.audit.action,
          width: 190,
          render: (_, entry) => (
            <Tooltip title={entry.action}>
              <Tag color={actionColor(entry.action)}>{t.audit.actions[entry.action] ?? entry.action}</Tag>
            </Tooltip>
          ),
        },
        {
          key: 'record',
          title: t.audit.record,
          width: 180,
          render: (_, entry) => `${t.audit.entities[entry.entity] ?? entry.entity} #${entry.entityId}`,
        },
        {
          key: 'unit',
          title: t.audit.unit,
          render: (_, entry) => {
            if (!entry.unitId) return t.common.none;
            const name = entry.unitName ?? `#${entry.unitId}`;
            return capabilities.viewUnits ? <Link to={`/units/${entry.unitId}`}>{name}</Link> : name;
          },
        },
      ]}
    />
  );
}
