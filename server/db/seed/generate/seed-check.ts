// Whether a database holds only what the first start puts there (the roots and the demo set): generated data
// is for trying things and benchmarks, and must not be mixed into real records by accident.
import { sql } from 'drizzle-orm';
import type { Database } from '../../client.ts';

/**
 * Units and people created after the first start. Bootstrap writes everything (roots, demo tree and people)
 * in one transaction, so its rows share that transaction's time with its 'system.bootstrap' audit record.
 */
export async function dataBeyondSeed(db: Database): Promise<{ units: number; people: number }> {
  const { rows } = await db.execute<{ units: number; people: number }>(sql`
    WITH seeded AS (SELECT min(at) AS at FROM audit_log WHERE action = 'system.bootstrap')
    SELECT (SELECT count(*) FROM units, seeded WHERE seeded.at IS NULL OR units.created_at > seeded.at)::int AS units,
           (SELECT count(*) FROM people, seeded WHERE seeded.at IS NULL OR people.created_at > seeded.at)::int AS people`);
  return rows[0]!;
}
