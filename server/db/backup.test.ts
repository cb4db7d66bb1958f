import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { TABLES } from './backup.ts';
import { createDatabase } from './client.ts';
import { createTestDatabase } from '../test/harness.ts';

describe('backup TABLES', () => {
  it('names every table of the schema, so a backup misses nothing', async () => {
    const database = await createTestDatabase();
    const db = createDatabase(database.url, 2);
    try {
      const { rows } = await db.execute<{ name: string }>(
        sql`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1`,
      );
      expect([...TABLES].sort()).toEqual(rows.map((row) => row.name).sort());
    } finally {
      await db.$client.end();
      await database.drop();
    }
  });
});
