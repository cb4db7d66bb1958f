// What the eligibility engine reads about people's initiatives: their recognised records, in its own shape.
import { and, eq, sql } from 'drizzle-orm';
import type { ActorCtx } from '../../context.ts';
import { initiativeAuthors, initiatives } from '../../db/schema/index.ts';
import type { Tx } from '../../db/write.ts';
import type { AchievementRecord } from '../emulation/index.ts';

type Reader = ActorCtx['db'] | Tx;

/** Recognised initiatives, works and research of each person (as an author), keyed by person id. */
export async function loadAchievementRecords(
  db: Reader,
  personIds: number[],
): Promise<Map<number, AchievementRecord[]>> {
  const byPerson = new Map<number, AchievementRecord[]>(personIds.map((id) => [id, []]));
  if (personIds.length === 0) return byPerson;
  const rows = await db
    .select({
      personId: initiativeAuthors.personId,
      id: initiatives.id,
      kind: initiatives.kind,
      title: initiatives.title,
      level: initiatives.recognitionLevel,
      decisionDate: initiatives.decisionDate,
      application: initiatives.application,
      accepted: initiatives.accepted,
      benefitVnd: initiatives.benefitVnd,
    })
    .from(initiativeAuthors)
    .innerJoin(initiatives, eq(initiatives.id, initiativeAuthors.initiativeId))
    // One array parameter rather than one per id: a national screening passes tens of thousands.
    .where(
      and(
        sql`${initiativeAuthors.personId} = ANY(${sql.param(personIds)}::int[])`,
        eq(initiatives.status, 'recognised'),
      ),
    )
    .orderBy(initiatives.decisionDate, initiatives.id);
  for (const row of rows) {
    if (!row.level || !row.decisionDate) continue;
    byPerson.get(row.personId)!.push({
      id: `initiative:${row.id}`,
      kind: row.kind,
      title: row.title,
      level: row.level,
      recognisedYear: Number(row.decisionDate.slice(0, 4)),
      application: row.application,
      ...(row.kind === 'research' ? { accepted: row.accepted } : {}),
      ...(row.benefitVnd !== null ? { valueGainedVnd: row.benefitVnd } : {}),
    });
  }
  return byPerson;
}
