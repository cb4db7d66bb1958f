// Applies the committed SQL migrations; the same files at start, in `congdoan migrate` and for tests.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import type { Database } from './client.ts';

/** The folder of SQL files; found from the source tree whether running from TypeScript or dist/. */
export function migrationsFolder(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const root = here.includes(`${path.sep}dist${path.sep}`)
    ? here.split(`${path.sep}dist${path.sep}`)[0]!
    : path.resolve(here, '../..');
  return path.join(root, 'server', 'db', 'migrations');
}

export async function migrateDatabase(db: Database): Promise<void> {
  await migrate(db, { migrationsFolder: migrationsFolder() });
}
