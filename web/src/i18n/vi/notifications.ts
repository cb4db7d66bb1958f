// Vietnamese strings of notifications.

/** Part of the Vietnamese dictionary. */
export const viNotifications = {
  notifications: {
    menu: 'Thông báo',
  },
};
