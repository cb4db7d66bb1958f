import { defineConfig } from 'vitest/config';

// End-to-end flows in real Chromium against the built app, started as `npm start` starts it.
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 120_000,
  },
});
