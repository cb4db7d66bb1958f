// The data cache for the whole app: no retries on answers the server meant (4xx), one retry otherwise.
import { QueryClient } from '@tanstack/react-query';
import { ApiError } from '../lib/api.ts';

/** Creates the app's cache; a function so tests and the app each get a fresh one. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        retry: (failureCount, error) => {
          if (error instanceof ApiError && error.status >= 400 && error.status < 500) return false;
          return failureCount < 1;
        },
      },
      mutations: { retry: false },
    },
  });
}
