// The detail of one audit entry: values before and after, side by side, changed keys highlighted.
import { Flex, Table, Tag, Tooltip, Typography } from 'antd';
import type { AuditEntry } from '../../../../shared/contracts/audit.ts';
import { useI18n } from '../../i18n/i18n-context.ts';
import { auditDiffRows, auditValueText, type AuditDiffRow } from './audit-diff-rows.ts';

function Value({ value, none }: { value: unknown; none: string }) {
  const text = auditValueText(value);
  if (!text) return <Typography.Text type="secondary">{none}</Typography.Text>;
  // Text in the reading font (Vietnamese marks render right); numbers and structures in monospace.
  return typeof value === 'string' ? (
    <span style={{ whiteSpace: 'pre-wrap' }}>{text}</span>
  ) : (
    <pre className="audit-value">{text}</pre>
  );
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
            width: 240,
            render: (_, row) => (
              <Flex gap={6} align="center" wrap>
                <Tooltip title={row.key || undefined}>
                  <Typography.Text>{t.audit.fields[row.key] ?? (row.key || t.common.none)}</Typography.Text>
                </Tooltip>
                {row.changed && <Tag color="orange">{t.audit.changed}</Tag>}
              </Flex>
            ),
          },
          {
            key: 'before',
            title: t.audit.before,
            render: (_, row) => <Value value={row.before} none={t.common.none} />,
          },
          { key: 'after', title: t.audit.after, render: (_, row) => <Value value={row.after} none={t.common.none} /> },
        ]}
      />
      {entry.requestId && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t.audit.requestId}:{' '}
          <Typography.Text copyable style={{ fontSize: 12 }}>
            {entry.requestId}
          </Typography.Text>
        </Typography.Text>
      )}
    </Flex>
  );
}
