// Test helpers for the council: proposals before the council inserted directly (the proposals module's own
// steps are tested there), and people of a Hà Nội hospital to propose.
import { and, asc, eq, isNull, like } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import {
  awardProposalItems,
  awardProposals,
  catalogueEntries,
  councilMeetingProposals,
  memberships,
  units,
} from '../../db/schema/index.ts';
import type { ProposalItemOutcome } from '../../db/schema/proposals.ts';

export async function unitByCode(db: Database, code: string) {
  const [unit] = await db.select().from(units).where(eq(units.code, code));
  if (!unit) throw new Error(`no unit ${code}`);
  return unit;
}

/** Current members of a unit's subtree, by id. */
export async function peopleOf(db: Database, code: string, limit = 6): Promise<number[]> {
  const unit = await unitByCode(db, code);
  const rows = await db
    .selectDistinct({ personId: memberships.personId })
    .from(memberships)
    .innerJoin(units, eq(units.id, memberships.unitId))
    .where(and(like(units.path, `${unit.path}%`), isNull(memberships.validTo)))
    .orderBy(asc(memberships.personId))
    .limit(limit);
  return rows.map((row) => row.personId);
}

async function entryId(db: Database, code: string): Promise<number> {
  const [row] = await db
    .select({ id: catalogueEntries.id })
    .from(catalogueEntries)
    .where(
      and(
        eq(catalogueEntries.kind, 'award_type'),
        eq(catalogueEntries.key, code),
        eq(catalogueEntries.isCurrent, true),
      ),
    );
  if (!row) throw new Error(`no catalogue entry ${code}`);
  return row.id;
}

export type ItemSpec = { code: string; personId: number; outcome?: ProposalItemOutcome };

/** A proposal in status 'council' from `proposer` to `decider`, attached to `meetingId` when given. */
export async function insertCouncilProposal(
  db: Database,
  input: { proposer: string; decider: string; title: string; items: ItemSpec[]; meetingId?: number },
) {
  const proposer = await unitByCode(db, input.proposer);
  const decider = await unitByCode(db, input.decider);
  const [proposal] = await db
    .insert(awardProposals)
    .values({
      proposerUnitId: proposer.id,
      deciderUnitId: decider.id,
      title: input.title,
      year: 2026,
      occasion: 'regular',
      status: 'council',
    })
    .returning();
  const itemIds: number[] = [];
  for (const [index, item] of input.items.entries()) {
    const [row] = await db
      .insert(awardProposalItems)
      .values({
        proposalId: proposal!.id,
        position: index + 1,
        code: item.code,
        catalogueEntryId: await entryId(db, item.code),
        personId: item.personId,
        keeperUnitId: proposer.id,
        outcome: item.outcome ?? 'pending',
      })
      .returning();
    itemIds.push(row!.id);
  }
  if (input.meetingId) {
    await db.insert(councilMeetingProposals).values({ meetingId: input.meetingId, proposalId: proposal!.id });
  }
  return { proposalId: proposal!.id, itemIds };
}
