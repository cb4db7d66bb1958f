// What the eligibility engine reads about people's years: rating, days absent and discipline, in its own shape.
import { sql } from 'drizzle-orm';
import type { ActorCtx } from '../../context.ts';
import { performanceRatings } from '../../db/schema/index.ts';
import type { Tx } from '../../db/write.ts';
import type { RecipientHistory } from '../emulation/index.ts';

type Reader = ActorCtx['db'] | Tx;

export type ConductRecords = Required<Pick<RecipientHistory, 'ratings' | 'disciplines' | 'absences'>>;

/** Each person's recorded years, keyed by person id; a year without a rating adds none (the engine then says so). */
export async function loadConductRecords(db: Reader, personIds: number[]): Promise<Map<number, ConductRecords>> {
  const byPerson = new Map<number, ConductRecords>(
    personIds.map((id) => [id, { ratings: [], disciplines: [], absences: [] }]),
  );
  if (personIds.length === 0) return byPerson;
  // Only the columns read, and one array parameter rather than one per id: a national screening passes tens of
  // thousands of people.
  const rows = await db
    .select({
      personId: performanceRatings.personId,
      year: performanceRatings.year,
      rating: performanceRatings.rating,
      daysAbsent: performanceRatings.daysAbsent,
      disciplineLevel: performanceRatings.disciplineLevel,
    })
    .from(performanceRatings)
    .where(sql`${performanceRatings.personId} = ANY(${sql.param(personIds)}::int[])`)
    .orderBy(performanceRatings.year);
  for (const row of rows) {
    const records = byPerson.get(row.personId)!;
    if (row.rating) records.ratings.push({ year: row.year, rating: row.rating });
    if (row.disciplineLevel) records.disciplines.push({ year: row.year, level: row.disciplineLevel });
    if (row.daysAbsent !== null) records.absences.push({ year: row.year, days: row.daysAbsent });
  }
  return byPerson;
}
