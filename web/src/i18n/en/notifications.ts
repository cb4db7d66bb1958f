// English strings of notifications.
import type { viNotifications } from '../vi/notifications.ts';

/** Part of the English dictionary. */
export const enNotifications: typeof viNotifications = {
  notifications: {
    menu: 'Notifications',
    bell: (unread: number) => (unread > 0 ? `Notifications: ${unread} unread` : 'Notifications'),
    title: 'Notifications',
    unread: (count: string) => `${count} unread`,
    readAll: 'Mark all as read',
    empty: 'No notifications yet.',
    more: 'Show more',
    read: 'Read',
  },
};
