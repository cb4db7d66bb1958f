// Applies the committed SQL migrations; the same files at start, in `congdoan migrate` and for tests.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import type { PoolClient } from 'pg';
import type { Database } from './client.ts';

/** Any fixed number: the advisory lock under which one instance at a time migrates and seeds. */
const STARTUP_LOCK = 20241211;

/** The folder of SQL files; found from the source tree whether running from TypeScript or dist/. */
export function migrationsFolder(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const root = here.includes(`${path.sep}dist${path.sep}`)
    ? here.split(`${path.sep}dist${path.sep}`)[0]!
    : path.resolve(here, '../..');
  return path.join(root, 'server', 'db', 'migrations');
}

/**
 * Runs `work` while holding the startup lock, so two instances started together on one database
 * neither migrate nor create the first data twice.
 */
export async function withStartupLock<T>(db: Database, work: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await db.$client.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [STARTUP_LOCK]);
    return await work(client);
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [STARTUP_LOCK]).catch(() => undefined);
    client.release();
  }
}

export async function migrateDatabase(db: Database): Promise<void> {
  await withStartupLock(db, (client) => migrate(drizzle(client), { migrationsFolder: migrationsFolder() }));
}
