// antd in the user's language (vi_VN or en_US) with the app theme, and the App context for toasts.
import type { ReactNode } from 'react';
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import viVN from 'antd/locale/vi_VN';
import { useI18n } from '../i18n/i18n-context.ts';
import { appTheme } from './theme.ts';

/** Users who asked their system for less motion get dialogs and menus without animation. */
const reducedMotion = typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
const theme = reducedMotion ? { ...appTheme, token: { ...appTheme.token, motion: false } } : appTheme;

/** Wraps the screens so every antd component speaks the chosen language and can raise messages. */
export function AntdProvider({ children }: { children: ReactNode }) {
  const { lang } = useI18n();
  return (
    <ConfigProvider locale={lang === 'en' ? enUS : viVN} theme={theme}>
      <AntApp message={{ maxCount: 3 }}>{children}</AntApp>
    </ConfigProvider>
  );
}
