// Vietnamese strings of notifications.

/** Part of the Vietnamese dictionary. */
export const viNotifications = {
  notifications: {
    menu: 'Thông báo',
    bell: (unread: number) => (unread > 0 ? `Thông báo: ${unread} chưa đọc` : 'Thông báo'),
    title: 'Thông báo',
    unread: (count: string) => `${count} chưa đọc`,
    readAll: 'Đánh dấu tất cả đã đọc',
    empty: 'Chưa có thông báo nào.',
    more: 'Xem thêm',
    read: 'Đã đọc',
  },
};
