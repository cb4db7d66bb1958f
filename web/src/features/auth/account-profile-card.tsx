// The user's own details and the roles they hold on which units.
import { Card, Descriptions, Empty, Table, Tag } from 'antd';
import type { Grant } from '../../../../shared/contracts/auth.ts';
import { roleLabels } from '../../../../shared/enums.ts';
import { useI18n } from '../../i18n/i18n-context.ts';
import { formatDateTime } from '../../lib/format.ts';
import { useSignedInMe } from './auth.api.ts';

/** The "who am I" card of the account page. */
export function AccountProfileCard() {
  const me = useSignedInMe();
  const { t, pick } = useI18n();
  return (
    <Card title={t.account.profile} style={{ height: '100%' }}>
      <Descriptions
        column={1}
        size="small"
        items={[
          { key: 'username', label: t.account.username, children: me.user.username },
          { key: 'displayName', label: t.account.displayName, children: me.user.displayName },
          { key: 'expires', label: t.account.sessionExpiresAt, children: formatDateTime(me.sessionExpiresAt) },
        ]}
      />
      <Table<Grant>
        style={{ marginTop: 16 }}
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={me.grants}
        title={() => <strong>{t.account.grants}</strong>}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t.account.noGrants} /> }}
        columns={[
          {
            key: 'role',
            title: t.account.role,
            render: (_, grant) => <Tag color="blue">{pick(roleLabels[grant.role])}</Tag>,
          },
          {
            key: 'unit',
            title: t.account.unit,
            render: (_, grant) => `${grant.unitName} (${grant.unitCode})`,
          },
        ]}
      />
    </Card>
  );
}
