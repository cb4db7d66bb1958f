// The bell in the header: the unread count as a badge; a click opens the drawer with the list.
import { useState } from 'react';
import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, Drawer, Typography } from 'antd';
import { useNavigate } from 'react-router-dom';
import type { Notification } from '../../../../shared/contracts/notifications.ts';
import { formatViNumber } from '../../../../shared/format-number.ts';
import { useI18n } from '../../i18n/i18n-context.ts';
import { useErrorReporter } from '../../lib/use-error-reporter.ts';
import { NotificationsList } from './notifications-list.tsx';
import { useNotificationCount, useReadAllNotifications, useReadNotification } from './notifications.api.ts';

const PAGE = 20;

/** Rendered by the app header on every signed-in screen. */
export function NotificationsBell() {
  const { t } = useI18n();
  const s = t.notifications;
  const navigate = useNavigate();
  const report = useErrorReporter();
  const [open, setOpen] = useState(false);
  const [pageSize, setPageSize] = useState(PAGE);
  const count = useNotificationCount();
  const read = useReadNotification();
  const readAll = useReadAllNotifications();
  const unread = count.data?.unread ?? 0;

  const openOne = async (notification: Notification) => {
    try {
      if (!notification.readAt) await read.mutateAsync(notification.id);
      setOpen(false);
      navigate(notification.link);
    } catch (error) {
      report(error);
    }
  };

  return (
    <>
      <Badge count={unread} size="small" overflowCount={99}>
        <Button
          type="text"
          shape="circle"
          icon={<BellOutlined aria-hidden />}
          aria-label={s.bell(unread)}
          data-testid="notifications-bell"
          onClick={() => setOpen(true)}
        />
      </Badge>
      <Drawer
        title={s.title}
        open={open}
        onClose={() => setOpen(false)}
        size={440}
        extra={
          unread > 0 && (
            <Button
              size="small"
              loading={readAll.isPending}
              onClick={() => readAll.mutate(undefined, { onError: (error) => report(error) })}
            >
              {s.readAll}
            </Button>
          )
        }
      >
        {unread > 0 && <Typography.Paragraph type="secondary">{s.unread(formatViNumber(unread))}</Typography.Paragraph>}
        {open && <NotificationsList pageSize={pageSize} onMore={() => setPageSize(pageSize + PAGE)} onOpen={openOne} />}
      </Drawer>
    </>
  );
}
