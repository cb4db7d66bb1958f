// What the eligibility engine reads about people's initiatives: their recognised records, in its own shape.
import { sql } from 'drizzle-orm';
import type { ActorCtx } from '../../context.ts';
import type { Tx } from '../../db/write.ts';
import type { AchievementRecord } from '../emulation/index.ts';

type Reader = ActorCtx['db'] | Tx;

// [person id, id, kind, title, recognition level, decision date, application, accepted, benefit in đồng]
type AchievementRow = [
  number,
  number,
  AchievementRecord['kind'],
  string,
  AchievementRecord['level'] | null,
  string | null,
  AchievementRecord['application'],
  boolean,
  number | null,
];

/** Recognised initiatives, works and research of each person (as an author), keyed by person id. */
export async function loadAchievementRecords(
  db: Reader,
  personIds: number[],
): Promise<Map<number, AchievementRecord[]>> {
  const byPerson = new Map<number, AchievementRecord[]>(personIds.map((id) => [id, []]));
  if (personIds.length === 0) return byPerson;
  // The authorships come from the person index, and each initiative is looked up by its key (the LATERAL with
  // OFFSET 0 keeps it a lookup): left to itself the planner hashed the whole initiatives table for every batch of
  // a national screening, which grows with the table, not with the batch. One array parameter rather than one
  // per id, and the rows as one JSON array, parsed at once instead of decoded row by row.
  const { rows } = await db.execute<{ rows: AchievementRow[] }>(sql`
    SELECT coalesce(json_agg(json_build_array(ia.person_id, i.id, i.kind, i.title, i.recognition_level, i.decision_date,
             i.application, i.accepted, i.benefit_vnd) ORDER BY i.decision_date, i.id), '[]') AS rows
      FROM initiative_authors ia
      CROSS JOIN LATERAL (SELECT * FROM initiatives i WHERE i.id = ia.initiative_id AND i.status = 'recognised' OFFSET 0) i
     WHERE ia.person_id = ANY(${sql.param(personIds)}::int[])`);
  for (const [personId, id, kind, title, level, decisionDate, application, accepted, benefitVnd] of rows[0]!.rows) {
    if (!level || !decisionDate) continue;
    byPerson.get(personId)!.push({
      id: `initiative:${id}`,
      kind,
      title,
      level,
      recognisedYear: Number(decisionDate.slice(0, 4)),
      application,
      ...(kind === 'research' ? { accepted } : {}),
      ...(benefitVnd !== null ? { valueGainedVnd: benefitVnd } : {}),
    });
  }
  return byPerson;
}
