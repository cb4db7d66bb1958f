// What the eligibility engine reads about awards: each recipient's titles and commendations in its own shape,
// for many recipients in one query. A revoked award is left out: it no longer counts as held.
import { and, eq, isNotNull, sql } from 'drizzle-orm';
import type { ActorCtx } from '../../context.ts';
import { awardDecisions, awards } from '../../db/schema/index.ts';
import type { Tx } from '../../db/write.ts';
import type { AwardRecord } from '../emulation/index.ts';

type Reader = ActorCtx['db'] | Tx;

// One array parameter rather than one parameter per id: a national screening passes tens of thousands.
const idIn = (column: typeof awards.personId | typeof awards.recipientUnitId, ids: number[]) =>
  sql`${column} = ANY(${sql.param(ids)}::int[])`;

const columns = {
  personId: awards.personId,
  recipientUnitId: awards.recipientUnitId,
  id: awards.id,
  code: awards.code,
  year: awards.year,
  occasion: awards.occasion,
  decisionNo: awardDecisions.decisionNo,
  decisionDate: awardDecisions.decisionDate,
  deciderKey: awardDecisions.deciderKey,
};

function toRecord(row: { code: string; year: number; occasion: AwardRecord['occasion'] } & Record<string, unknown>) {
  return {
    code: row.code,
    year: row.year,
    decisionNo: row.decisionNo as string,
    decisionDate: row.decisionDate as string,
    deciderId: row.deciderKey as string,
    occasion: row.occasion,
  } satisfies AwardRecord;
}

/** Awards held by each person, keyed by person id (every id present, maybe with none). */
export async function loadPersonAwardRecords(db: Reader, personIds: number[]): Promise<Map<number, AwardRecord[]>> {
  const byPerson = new Map<number, AwardRecord[]>(personIds.map((id) => [id, []]));
  if (personIds.length === 0) return byPerson;
  const rows = await db
    .select(columns)
    .from(awards)
    .innerJoin(awardDecisions, eq(awardDecisions.id, awards.decisionId))
    .where(and(idIn(awards.personId, personIds), eq(awards.revoked, false), isNotNull(awards.personId)))
    .orderBy(awards.year, awards.id);
  for (const row of rows) byPerson.get(row.personId!)?.push(toRecord(row));
  return byPerson;
}

/** Awards held by each collective (unit), keyed by unit id. */
export async function loadUnitAwardRecords(db: Reader, unitIds: number[]): Promise<Map<number, AwardRecord[]>> {
  const byUnit = new Map<number, AwardRecord[]>(unitIds.map((id) => [id, []]));
  if (unitIds.length === 0) return byUnit;
  const rows = await db
    .select(columns)
    .from(awards)
    .innerJoin(awardDecisions, eq(awardDecisions.id, awards.decisionId))
    .where(and(idIn(awards.recipientUnitId, unitIds), eq(awards.revoked, false)))
    .orderBy(awards.year, awards.id);
  for (const row of rows) byUnit.get(row.recipientUnitId!)?.push(toRecord(row));
  return byUnit;
}
