// The bell's hooks: the unread count (polled), a page of notifications, and marking read.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  Notification,
  NotificationCount,
  NotificationList,
  ReadAllResult,
} from '../../../../shared/contracts/notifications.ts';
import { api, toQueryString } from '../../lib/api.ts';

/** Reminders are written every 15 minutes; a minute's delay on the badge is plenty. */
const COUNT_POLL_MS = 60_000;

export const notificationKeys = {
  all: ['notifications'] as const,
  count: ['notifications', 'count'] as const,
  list: (pageSize: number) => ['notifications', 'list', pageSize] as const,
};

export function useNotificationCount() {
  return useQuery({
    queryKey: notificationKeys.count,
    queryFn: ({ signal }) => api.get<NotificationCount>('/notifications/count', { signal }),
    refetchInterval: COUNT_POLL_MS,
  });
}

export function useNotifications(pageSize: number, enabled: boolean) {
  return useQuery({
    queryKey: notificationKeys.list(pageSize),
    queryFn: ({ signal }) => api.get<NotificationList>(`/notifications${toQueryString({ pageSize })}`, { signal }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

function useNotificationWrite<TVariables, TResult>(request: (variables: TVariables) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: notificationKeys.all }),
  });
}

export function useReadNotification() {
  return useNotificationWrite((id: number) => api.post<Notification>(`/notifications/${id}/read`));
}

export function useReadAllNotifications() {
  return useNotificationWrite(() => api.post<ReadAllResult>('/notifications/read-all'));
}
