// What the eligibility engine reads about awards: each recipient's titles and commendations in its own shape,
// for many recipients in one query. A revoked award is left out: it no longer counts as held.
import { sql } from 'drizzle-orm';
import type { ActorCtx } from '../../context.ts';
import type { Tx } from '../../db/write.ts';
import type { AwardRecord } from '../emulation/index.ts';

type Reader = ActorCtx['db'] | Tx;

// [owner id, code, year, occasion, decision id]
type AwardRow = [number, string, number, AwardRecord['occasion'], number];
type DecisionRow = { id: number; decisionNo: string; decisionDate: string; deciderKey: string };

/**
 * The awards of the recipients whose `owner` column is in `ids`, in (year, id) order, each with its decision.
 * A national screening reads a few awards for each of tens of thousands of people under a few thousand
 * decisions: the decisions are read once and shared, rather than joined and sent again on every award row, and
 * the awards come as one JSON array, parsed at once: decoding and mapping tens of thousands of protocol rows cost
 * more than the query itself.
 */
async function loadAwardRecords(db: Reader, owner: 'person_id' | 'recipient_unit_id', ids: number[]) {
  const byOwner = new Map<number, AwardRecord[]>(ids.map((id) => [id, []]));
  if (ids.length === 0) return byOwner;
  // One array parameter rather than one parameter per id: a national screening passes tens of thousands.
  const { rows: found } = await db.execute<{ rows: AwardRow[] }>(sql`
    SELECT coalesce(json_agg(json_build_array(${sql.raw(owner)}, code, year, occasion, decision_id) ORDER BY year, id), '[]') AS rows
      FROM awards WHERE ${sql.raw(owner)} = ANY(${sql.param(ids)}::int[]) AND NOT revoked`);
  const rows = found[0]!.rows;
  if (rows.length === 0) return byOwner;
  const { rows: decisions } = await db.execute<DecisionRow>(sql`
    SELECT id, decision_no AS "decisionNo", decision_date AS "decisionDate", decider_key AS "deciderKey"
      FROM award_decisions WHERE id = ANY(${sql.param([...new Set(rows.map((row) => row[4]))])}::int[])`);
  const decisionOf = new Map(decisions.map((d) => [d.id, d]));
  for (const [ownerId, code, year, occasion, decisionId] of rows) {
    const decision = decisionOf.get(decisionId)!;
    byOwner.get(ownerId)?.push({
      code,
      year,
      decisionNo: decision.decisionNo,
      decisionDate: decision.decisionDate,
      deciderId: decision.deciderKey,
      occasion,
    } satisfies AwardRecord);
  }
  return byOwner;
}

/** Awards held by each person, keyed by person id (every id present, maybe with none). */
export function loadPersonAwardRecords(db: Reader, personIds: number[]): Promise<Map<number, AwardRecord[]>> {
  return loadAwardRecords(db, 'person_id', personIds);
}

/** Awards held by each collective (unit), keyed by unit id. */
export function loadUnitAwardRecords(db: Reader, unitIds: number[]): Promise<Map<number, AwardRecord[]>> {
  return loadAwardRecords(db, 'recipient_unit_id', unitIds);
}
