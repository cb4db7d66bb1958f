// One achievement earns one award: the standing award of the same form and year a recipient already holds, read
// by the appraisal (to say so) and by the decision (to refuse it).
import { and, eq } from 'drizzle-orm';
import { awardDecisions, awards } from '../../db/schema/index.ts';
import type { Tx } from '../../db/write.ts';

export type AwardedItem = { code: string; personId: number | null; recipientUnitId: number | null };

/** The decision under which the recipient already holds this form for the year, if any. */
export async function heldAward(
  tx: Tx,
  item: AwardedItem,
  year: number,
): Promise<{ decisionNo: string; deciderName: string } | null> {
  const [held] = await tx
    .select({ decisionNo: awardDecisions.decisionNo, deciderName: awardDecisions.deciderName })
    .from(awards)
    .innerJoin(awardDecisions, eq(awardDecisions.id, awards.decisionId))
    .where(
      and(
        eq(awards.code, item.code),
        eq(awards.year, year),
        eq(awards.revoked, false),
        item.personId !== null ? eq(awards.personId, item.personId) : eq(awards.recipientUnitId, item.recipientUnitId!),
      ),
    )
    .limit(1);
  return held ?? null;
}
