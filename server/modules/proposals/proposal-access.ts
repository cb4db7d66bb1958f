// Every change of a proposal starts here: the row locked, the actor's side checked, the screen's version
// compared, and the status the change needs; then a change that is not a transition bumps the version.
import { eq, sql } from 'drizzle-orm';
import { proposalStatusLabels, type ProposalStatus } from '../../../shared/proposal-workflow.ts';
import type { ActorCtx } from '../../context.ts';
import { awardProposals } from '../../db/schema/index.ts';
import type { Tx } from '../../db/write.ts';
import { conflict } from '../../errors.ts';
import { authorizeProposalSide } from '../../policies/proposals.policy.ts';
import type { Placed } from '../../policies/scope.ts';
import { lockProposal, type ProposalRow } from './proposal-transition.ts';
import { loadProposalHeader, placesOf, type ProposalHeaderRow } from './proposal-rows.ts';

/** Whether `lower` is `upper` or below it on either line of the tree. */
export const isAncestorOrSelf = (upper: Placed, lower: Placed) =>
  lower.path.startsWith(upper.path) || lower.reportPath.startsWith(upper.reportPath);

export type LockedProposal = { row: ProposalRow; header: ProposalHeaderRow };

/** Locks the proposal and checks the actor stands on `side` (404 out of scope, 403 on the other side). */
export async function lockForSide(
  ctx: ActorCtx,
  tx: Tx,
  id: number,
  side: 'proposer' | 'decider',
): Promise<LockedProposal> {
  const row = await lockProposal(tx, id);
  const header = await loadProposalHeader(tx, id);
  authorizeProposalSide(ctx.actor, placesOf(header), side);
  return { row, header };
}

export function requireVersion(row: ProposalRow, expected: number | undefined): void {
  if (expected !== undefined && expected !== row.version) {
    throw conflict(
      'proposals.stale',
      'Đề nghị vừa được người khác thay đổi. Hãy tải lại trang rồi thử lại.',
      'The proposal was changed by someone else; reload and try again.',
    );
  }
}

/** 409 naming the status when a change is made outside the statuses that allow it. */
export function requireStatusIn(
  row: ProposalRow,
  allowed: readonly ProposalStatus[],
  what: { vi: string; en: string },
) {
  if (allowed.includes(row.status)) return;
  const label = proposalStatusLabels[row.status];
  throw conflict(
    'proposals.transition_not_allowed',
    `Không thể ${what.vi} khi đề nghị đang ở trạng thái «${label.vi}».`,
    `Cannot ${what.en} while the proposal is "${label.en}".`,
  );
}

/** A change inside one status (items, notes, objections): the version moves so other open forms go stale. */
export async function bumpVersion(tx: Tx, row: ProposalRow): Promise<number> {
  const [updated] = await tx
    .update(awardProposals)
    .set({ version: row.version + 1, updatedAt: sql`now()` })
    .where(eq(awardProposals.id, row.id))
    .returning({ version: awardProposals.version });
  return updated!.version;
}
