// What the eligibility engine reads about people's years: rating, days absent and discipline, in its own shape.
import { sql } from 'drizzle-orm';
import type { ActorCtx } from '../../context.ts';
import type { Tx } from '../../db/write.ts';
import type { RecipientHistory } from '../emulation/index.ts';

type Reader = ActorCtx['db'] | Tx;

export type ConductRecords = Required<Pick<RecipientHistory, 'ratings' | 'disciplines' | 'absences'>>;

// [person id, year, rating, days absent, discipline level]
type ConductRow = [
  number,
  number,
  NonNullable<RecipientHistory['ratings']>[number]['rating'] | null,
  number | null,
  NonNullable<RecipientHistory['disciplines']>[number]['level'] | null,
];

/** Each person's recorded years, keyed by person id; a year without a rating adds none (the engine then says so). */
export async function loadConductRecords(db: Reader, personIds: number[]): Promise<Map<number, ConductRecords>> {
  const byPerson = new Map<number, ConductRecords>(
    personIds.map((id) => [id, { ratings: [], disciplines: [], absences: [] }]),
  );
  if (personIds.length === 0) return byPerson;
  // Only the columns read, one array parameter rather than one per id (a national screening passes tens of
  // thousands of people), and the rows as one JSON array: parsed at once, it costs the screening a fraction of
  // what tens of thousands of protocol rows cost to decode and collect.
  const { rows } = await db.execute<{ rows: ConductRow[] }>(sql`
    SELECT coalesce(json_agg(json_build_array(person_id, year, rating, days_absent, discipline_level) ORDER BY year), '[]') AS rows
      FROM performance_ratings WHERE person_id = ANY(${sql.param(personIds)}::int[])`);
  for (const [personId, year, rating, daysAbsent, disciplineLevel] of rows[0]!.rows) {
    const records = byPerson.get(personId)!;
    if (rating) records.ratings.push({ year, rating });
    if (disciplineLevel) records.disciplines.push({ year, level: disciplineLevel });
    if (daysAbsent !== null) records.absences.push({ year, days: daysAbsent });
  }
  return byPerson;
}
