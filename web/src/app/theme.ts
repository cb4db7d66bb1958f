// The look of the app in antd tokens: union blue, calm greys, a readable Vietnamese font stack.
import type { ThemeConfig } from 'antd';

/** The one theme every screen uses. */
export const appTheme: ThemeConfig = {
  token: {
    colorPrimary: '#0f5fa6',
    colorInfo: '#0f5fa6',
    colorLink: '#0f5fa6',
    borderRadius: 6,
    fontFamily: "'Segoe UI', Roboto, 'Helvetica Neue', 'Noto Sans', 'Liberation Sans', Arial, sans-serif",
    fontSize: 14,
    colorBgLayout: '#f3f5f8',
  },
  components: {
    Layout: { headerBg: '#ffffff', siderBg: '#ffffff', headerHeight: 60, headerPadding: '0 24px' },
    Menu: { itemBorderRadius: 6, activeBarBorderWidth: 0 },
    Table: { headerBg: '#f7f9fb' },
  },
};
