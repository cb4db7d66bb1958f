// The user's active sessions, the current one marked, each other one revocable.
import { App, Button, Card, Table, Tag, Typography } from 'antd';
import type { SessionInfo } from '../../../../shared/contracts/auth.ts';
import { useI18n } from '../../i18n/i18n-context.ts';
import { formatDateTime } from '../../lib/format.ts';
import { useErrorReporter } from '../../lib/use-error-reporter.ts';
import { describeUserAgent } from './describe-user-agent.ts';
import { useRevokeSession, useSessions } from './auth.api.ts';

/** The sessions card of the account page. */
export function SessionsCard() {
  const sessions = useSessions();
  const revoke = useRevokeSession();
  const report = useErrorReporter();
  const { message, modal } = App.useApp();
  const { t } = useI18n();

  const confirmRevoke = (session: SessionInfo) =>
    modal.confirm({
      title: t.account.revokeSession,
      content: t.account.revokeConfirm,
      okText: t.account.revokeSession,
      okButtonProps: { danger: true },
      cancelText: t.common.cancel,
      onOk: () =>
        revoke
          .mutateAsync(session.id)
          .then(() => void message.success(t.account.sessionRevoked))
          .catch(report),
    });

  return (
    <Card title={t.account.sessionsTitle}>
      <Typography.Paragraph type="secondary">{t.account.sessionsHelp}</Typography.Paragraph>
      <Table<SessionInfo>
        rowKey="id"
        size="middle"
        loading={sessions.isPending}
        dataSource={sessions.data ?? []}
        pagination={false}
        scroll={{ x: 760 }}
        columns={[
          {
            key: 'device',
            title: t.account.device,
            render: (_, session) => (
              <>
                {describeUserAgent(session.userAgent) ?? t.account.unknownDevice}{' '}
                {session.current && <Tag color="green">{t.account.currentSession}</Tag>}
              </>
            ),
          },
          { key: 'ip', title: t.account.ip, render: (_, session) => session.ip ?? t.common.none },
          { key: 'createdAt', title: t.account.createdAt, render: (_, s) => formatDateTime(s.createdAt) },
          { key: 'lastSeenAt', title: t.account.lastSeenAt, render: (_, s) => formatDateTime(s.lastSeenAt) },
          { key: 'expiresAt', title: t.account.expiresAt, render: (_, s) => formatDateTime(s.expiresAt) },
          {
            key: 'actions',
            title: t.common.actions,
            align: 'right',
            render: (_, session) =>
              session.current ? null : (
                <Button size="small" danger onClick={() => confirmRevoke(session)}>
                  {t.account.revokeSession}
                </Button>
              ),
          },
        ]}
      />
    </Card>
  );
}
