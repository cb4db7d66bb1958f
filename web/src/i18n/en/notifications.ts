// English strings of notifications.
import type { viNotifications } from '../vi/notifications.ts';

/** Part of the English dictionary. */
export const enNotifications: typeof viNotifications = {
  notifications: {
    menu: 'Notifications',
  },
};
