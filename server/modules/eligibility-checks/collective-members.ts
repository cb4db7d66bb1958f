// A collective's member figures for the year its check is about (share rated LĐTT, count disciplined…), counted
// from its members' histories loaded in bulk, for the clauses that read them.
import type { Clause } from '../../../shared/contracts/emulation.ts';
import type { ActorCtx } from '../../context.ts';
import type { Placed } from '../../policies/scope.ts';
import { indexRecipient, summariseMembers, type MemberStats, type Session } from '../emulation/index.ts';
import { loadPersonHistories } from './recipient-histories.ts';
import { subtreeMembers } from './subtree-members.ts';

/** The award codes the rule set's member clauses ask about; null when none reads member figures. */
function memberAwardCodes(session: Session, clause: Clause | null, found: Set<string> = new Set()): Set<string> | null {
  let reads = false;
  const walk = (node: Clause) => {
    if (node.kind === 'all' || node.kind === 'any') node.children.forEach(walk);
    else if (node.kind === 'member_stat') {
      reads = true;
      if ('award' in node.subject) for (const code of session.codes(node.subject.award) ?? []) found.add(code);
    }
  };
  if (clause) walk(clause);
  return reads ? found : null;
}

export async function collectiveMemberStats(
  ctx: ActorCtx,
  session: Session,
  unit: Placed,
  code: string,
): Promise<MemberStats[]> {
  const ruleSet = session.ruleSet(session.engine.awardType(code), 'collective');
  const codes = memberAwardCodes(session, ruleSet?.criteria ?? null);
  if (!codes) return [];
  const members = await subtreeMembers(ctx, unit, session.year);
  const histories = await loadPersonHistories(
    ctx.db,
    members.map((m) => ({ id: m.id, unitId: m.unit.id })),
  );
  const indexes = [...histories.values()].map(indexRecipient);
  return [summariseMembers(session, indexes, session.year, [...codes])];
}
