// The root component: cache, language, antd and the router, in that order.
import { useState } from 'react';
import { QueryClientProvider } from '@tanstack/react-query';
import { BrowserRouter } from 'react-router-dom';
import { I18nProvider } from '../i18n/i18n-provider.tsx';
import { AntdProvider } from './antd-provider.tsx';
import { AppRoutes } from './app-routes.tsx';
import { createQueryClient } from './query-client.ts';
import { SessionExpiryWatcher } from './session-expiry-watcher.tsx';

/** Everything the screens rely on, provided once. */
export function App() {
  const [queryClient] = useState(createQueryClient);
  return (
    <QueryClientProvider client={queryClient}>
      <I18nProvider>
        <AntdProvider>
          <BrowserRouter>
            <SessionExpiryWatcher />
            <AppRoutes />
          </BrowserRouter>
        </AntdProvider>
      </I18nProvider>
    </QueryClientProvider>
  );
}
