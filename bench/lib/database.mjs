// A fresh embedded PostgreSQL in a temporary folder, migrated and with the first-start data (roots, demo tree,
// demo accounts, the bench administrator), stopped and removed however the benchmark ends.
import path from 'node:path';
import { loadConfig } from '../../dist/server/config.js';
import { createDatabase } from '../../dist/server/db/client.js';
import { startEmbeddedDatabase } from '../../dist/server/db/embedded.js';
import { migrateDatabase } from '../../dist/server/db/migrate.js';
import { bootstrap } from '../../dist/server/db/seed/bootstrap.js';
import { onCleanup, traversableTempDir } from './cleanup.mjs';
import { ADMIN } from './server.mjs';

export function benchConfig() {
  return loadConfig({
    LOG_LEVEL: 'silent',
    CONGDOAN_ADMIN_USER: ADMIN.username,
    CONGDOAN_ADMIN_PASSWORD: ADMIN.password,
  });
}

/** { db, url, config, stop }: the application's own pool (size `poolSize`) on a database nobody else uses. */
export async function freshDatabase(prefix, log, poolSize = 10) {
  const dir = traversableTempDir(prefix);
  const embedded = await startEmbeddedDatabase(path.join(dir, 'data'), log);
  const stopEmbedded = onCleanup(() => embedded.stop());
  const db = createDatabase(embedded.url, poolSize);
  const endPool = onCleanup(() => db.$client.end());
  const config = benchConfig();
  await migrateDatabase(db);
  await bootstrap({ db, config, actor: null, requestId: 'bench', ip: null });
  return {
    db,
    url: embedded.url,
    config,
    /** Ends the pool (once), e.g. before the database is used as a template. */
    closePool: endPool,
    stop: async () => {
      await endPool();
      await stopEmbedded();
    },
  };
}
