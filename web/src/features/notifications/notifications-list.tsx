// The user's notifications in the bell's drawer, unread first; a click marks one read and opens its screen.
import { Alert, Badge, Button, Flex, List, Typography } from 'antd';
import type { Notification } from '../../../../shared/contracts/notifications.ts';
import { useI18n } from '../../i18n/i18n-context.ts';
import { errorText } from '../../lib/error-text.ts';
import { formatDateTime } from '../../lib/format.ts';
import { useNotifications } from './notifications.api.ts';

export function NotificationsList({
  pageSize,
  onMore,
  onOpen,
}: {
  pageSize: number;
  onMore: () => void;
  onOpen: (notification: Notification) => void;
}) {
  const { t, lang } = useI18n();
  const s = t.notifications;
  const list = useNotifications(pageSize, true);
  const data = list.data;
  if (list.isError) return <Alert type="error" showIcon title={errorText(list.error, lang, t)} />;
  return (
    <Flex vertical gap={8}>
      <List<Notification>
        data-testid="notifications-list"
        loading={list.isPending}
        locale={{ emptyText: s.empty }}
        dataSource={data?.items ?? []}
        renderItem={(item) => (
          <List.Item
            key={item.id}
            className={item.readAt ? 'notification-read' : 'notification-unread'}
            onClick={() => onOpen(item)}
            style={{
              cursor: 'pointer',
              paddingInline: 8,
              background: item.readAt ? undefined : 'rgba(15, 95, 166, 0.05)',
            }}
          >
            <List.Item.Meta
              avatar={<Badge status={item.readAt ? 'default' : 'processing'} />}
              title={
                <Typography.Text strong={!item.readAt} style={{ whiteSpace: 'normal' }}>
                  {item.title}
                </Typography.Text>
              }
              description={
                <Flex vertical gap={2}>
                  <Typography.Text type="secondary">{item.body}</Typography.Text>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {formatDateTime(item.createdAt)}
                    {item.readAt ? ` · ${s.read}` : ''}
                  </Typography.Text>
                </Flex>
              }
            />
          </List.Item>
        )}
      />
      {data && data.total > data.items.length && (
        <Button block onClick={onMore} loading={list.isFetching}>
          {s.more}
        </Button>
      )}
    </Flex>
  );
}
