// Every account with its roles and state, and the administrator's actions on each.
import { KeyOutlined, LogoutOutlined } from '@ant-design/icons';
import { App, Button, Flex, Table, Tag } from 'antd';
import type { User } from '../../../../shared/contracts/users.ts';
import { useI18n } from '../../i18n/i18n-context.ts';
import { formatDate, formatDateTime } from '../../lib/format.ts';
import { useConfirm } from '../../lib/use-confirm.ts';
import { useErrorReporter } from '../../lib/use-error-reporter.ts';
import { UserGrants } from './user-grants.tsx';
import { UserPersonCell } from './user-person-cell.tsx';
import { useRevokeUserSessions } from './users.api.ts';

function UserStatus({ user }: { user: User }) {
  const { t } = useI18n();
  if (user.disabled) return <Tag color="red">{t.users.disabled}</Tag>;
  if (user.lockedUntil && new Date(user.lockedUntil) > new Date()) {
    return <Tag color="orange">{t.users.lockedUntil(formatDateTime(user.lockedUntil))}</Tag>;
  }
  return <Tag color="green">{t.users.active}</Tag>;
}

/** The users table; `onAddGrant` and `onLinkPerson` open the grant and record dialogs for a row. */
export function UsersTable({
  users,
  loading,
  onAddGrant,
  onLinkPerson,
}: {
  users: User[];
  loading: boolean;
  onAddGrant: (user: User) => void;
  onLinkPerson: (user: User) => void;
}) {
  const { t } = useI18n();
  const revoke = useRevokeUserSessions();
  const confirm = useConfirm();
  const report = useErrorReporter();
  const { message } = App.useApp();

  const askRevoke = (user: User) =>
    confirm({
      title: t.users.revokeSessions,
      content: t.users.revokeSessionsConfirm(user.displayName),
      okText: t.users.revokeSessions,
      danger: true,
      onOk: () =>
        revoke
          .mutateAsync(user.id)
          .then(() => void message.success(t.users.sessionsRevoked(user.displayName)))
          .catch((error: unknown) => report(error)),
    });

  return (
    <Table<User>
      rowKey="id"
      size="middle"
      loading={loading}
      dataSource={users}
      locale={{ emptyText: t.users.empty }}
      pagination={users.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
      scroll={{ x: 1150 }}
      columns={[
        { key: 'username', title: t.users.username, dataIndex: 'username', width: 150 },
        { key: 'displayName', title: t.users.displayName, dataIndex: 'displayName', width: 190 },
        {
          key: 'person',
          title: t.users.person,
          width: 210,
          render: (_, user) => <UserPersonCell user={user} onLink={onLinkPerson} />,
        },
        { key: 'grants', title: t.users.grants, render: (_, user) => <UserGrants user={user} /> },
        { key: 'status', title: t.users.status, width: 140, render: (_, user) => <UserStatus user={user} /> },
        { key: 'createdAt', title: t.users.createdAt, width: 110, render: (_, user) => formatDate(user.createdAt) },
        {
          key: 'actions',
          title: t.common.actions,
          width: 200,
          render: (_, user) => (
            <Flex vertical gap={6} align="flex-start">
              <Button size="small" icon={<KeyOutlined aria-hidden />} onClick={() => onAddGrant(user)}>
                {t.users.addGrant}
              </Button>
              <Button size="small" danger icon={<LogoutOutlined aria-hidden />} onClick={() => askRevoke(user)}>
                {t.users.revokeSessions}
              </Button>
            </Flex>
          ),
        },
      ]}
    />
  );
}
