// The detail of one audit entry: values before and after, side by side, changed keys highlighted.
import { Flex, Table, Tag, Typography } from 'antd';
import type { AuditEntry } from '../../../../shared/contracts/audit.ts';
import { useI18n } from '../../i18n/i18n-context.ts';
import { auditDiffRows, auditValueText, type AuditDiffRow } from './audit-diff-rows.ts';

function Value({ value, none }: { value: unknown; none: string }) {
  const text = auditValueText(value);
  return text ? <pre className="audit-value">{text}</pre> : <Typography.Text type="secondary">{none}</Typography.Text>;
}

/** The expanded row of the audit table. */
export function AuditDiff({ entry }: { entry: AuditEntry }) {
  const { t } = useI18n();
  const rows = auditDiffRows(entry.before, entry.after);
  return (
    <Flex vertical gap={8}>
      <Table<AuditDiffRow>
        size="small"
        rowKey="key"
        pagination={false}
        dataSource={rows}
        locale={{ emptyText: t.audit.noValues }}
        rowClassName={(row) => (row.changed ? 'audit-diff-changed' : '')}
        columns={[
          {
            key: 'field',
            title: t.audit.field,
            width: 200,
            render: (_, row) => (
              <Flex gap={6} align="center" wrap>
                <Typography.Text code>{row.key || t.common.none}</Typography.Text>
                {row.changed && <Tag color="orange">{t.audit.changed}</Tag>}
              </Flex>
            ),
          },
          { key: 'before', title: t.audit.before, render: (_, row) => <Value value={row.before} none={t.common.none} /> },
          { key: 'after', title: t.audit.after, render: (_, row) => <Value value={row.after} none={t.common.none} /> },
        ]}
      />
      {entry.requestId && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t.audit.requestId}: <Typography.Text copyable style={{ fontSize: 12 }}>{entry.requestId}</Typography.Text>
        </Typography.Text>
      )}
    </Flex>
  );
}
