// The engine's input built from the tables: for many people at once, one query per table (awards, ratings with
// absence and discipline, recognised initiatives, pledges), never one per person.
import { and, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import type { ActorCtx } from '../../context.ts';
import { movementRankings, movements, pledges } from '../../db/schema/index.ts';
import type { Tx } from '../../db/write.ts';
import { loadAchievementRecords } from '../initiatives/achievement-records.ts';
import { loadConductRecords } from '../performance-ratings/conduct-records.ts';
import { loadPersonAwardRecords, loadUnitAwardRecords } from '../awards/award-records.ts';
import type { RecipientHistory } from '../emulation/index.ts';

type Reader = ActorCtx['db'] | Tx;

/** The years of a regular movement someone pledged in: "no pledge, no title" reads the annual movements only. */
async function loadPersonPledgeYears(db: Reader, ids: number[]): Promise<Map<number, number[]>> {
  if (ids.length === 0) return new Map();
  // One array parameter rather than one per id: a national screening passes ten thousand at a time.
  const { rows } = await db.execute<{ personId: number; year: number }>(sql`
    SELECT DISTINCT p.person_id AS "personId", m.year FROM pledges p JOIN movements m ON m.id = p.movement_id
     WHERE p.person_id = ANY(${sql.param(ids)}::int[]) AND p.withdrawn_at IS NULL AND m.kind = 'regular'`);
  const byPerson = new Map<number, number[]>();
  for (const row of rows) byPerson.set(row.personId, [...(byPerson.get(row.personId) ?? []), row.year]);
  return byPerson;
}

/** Each person's history keyed by id; the recipient id the engine reports is the person id as text. */
export async function loadPersonHistories(
  db: Reader,
  people: { id: number; unitId: number }[],
): Promise<Map<number, RecipientHistory>> {
  const ids = people.map((person) => person.id);
  const [awards, conduct, achievements, pledgeYears] = await Promise.all([
    loadPersonAwardRecords(db, ids),
    loadConductRecords(db, ids),
    loadAchievementRecords(db, ids),
    loadPersonPledgeYears(db, ids),
  ]);
  return new Map(
    people.map((person) => [
      person.id,
      {
        id: String(person.id),
        kind: 'individual',
        unitId: String(person.unitId),
        awards: awards.get(person.id) ?? [],
        achievements: achievements.get(person.id) ?? [],
        pledgeYears: pledgeYears.get(person.id) ?? [],
        ...(conduct.get(person.id) ?? { ratings: [], disciplines: [], absences: [] }),
      } satisfies RecipientHistory,
    ]),
  );
}

/**
 * A collective's history: its own titles and commendations, the years it pledged as a collective in a regular
 * movement, and its published ranks in the clusters of regular movements (its members' figures come apart).
 */
export async function loadUnitHistory(db: Reader, unitId: number): Promise<RecipientHistory> {
  const regular = (movementId: typeof pledges.movementId | typeof movementRankings.movementId) =>
    and(eq(movements.id, movementId), eq(movements.kind, 'regular'));
  const [awards, pledged, ranks] = await Promise.all([
    loadUnitAwardRecords(db, [unitId]),
    db
      .selectDistinct({ year: movements.year })
      .from(pledges)
      .innerJoin(movements, regular(pledges.movementId))
      .where(and(eq(pledges.unitId, unitId), isNull(pledges.personId), isNull(pledges.withdrawnAt))),
    db
      .select({ year: movements.year, rank: movementRankings.rank })
      .from(movementRankings)
      .innerJoin(movements, regular(movementRankings.movementId))
      .where(and(eq(movementRankings.unitId, unitId), isNotNull(movementRankings.publishedAt)))
      .orderBy(movements.year, movementRankings.rank),
  ]);
  // A unit ranked in two clusters in one year keeps its better rank.
  const best = new Map<number, number>();
  for (const row of ranks) if (!best.has(row.year)) best.set(row.year, row.rank);
  return {
    id: `unit:${unitId}`,
    kind: 'collective',
    unitId: String(unitId),
    awards: awards.get(unitId) ?? [],
    pledgeYears: pledged.map((row) => row.year),
    clusterRanks: [...best].map(([year, rank]) => ({ year, rank })),
  };
}
