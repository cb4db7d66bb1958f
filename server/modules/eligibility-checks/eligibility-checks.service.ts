// The eligibility check of one person or collective, and "suggest candidates" over a subtree, on stored data.
import type {
  Candidates,
  CandidatesInput,
  EligibilityCheck,
  EligibilityCheckInput,
} from '../../../shared/contracts/awards.ts';
import type { ActorCtx } from '../../context.ts';
import { authorizeAwardRecipient } from '../../policies/awards.policy.ts';
import { requireCapability } from '../../policies/capabilities.ts';
import { resolveRecipient } from '../awards/award-recipients.ts';
import { checkEligibility, indexRecipient, suggestCandidates } from '../emulation/index.ts';
import { statsUnit } from '../initiatives/initiative-stats.ts';
import { collectiveMemberStats } from './collective-members.ts';
import { sessionFor } from './evaluation-session.ts';
import { loadPersonHistories, loadUnitHistory } from './recipient-histories.ts';
import { subtreeMembers } from './subtree-members.ts';

const awardOf = (session: Awaited<ReturnType<typeof sessionFor>>, code: string) => {
  const type = session.engine.awardType(code);
  return { code: type.code, nameVi: type.nameVi, nameEn: type.nameEn };
};

export async function checkRecipientEligibility(
  ctx: ActorCtx,
  input: EligibilityCheckInput,
): Promise<EligibilityCheck> {
  requireCapability(ctx.actor, 'viewAwards');
  const recipient = await resolveRecipient(ctx.db, input);
  authorizeAwardRecipient(ctx.actor, 'read', recipient.places);
  const home = recipient.places[0]!;
  const session = await sessionFor(ctx, home.path, input.year, input.code);
  const history =
    recipient.kind === 'individual'
      ? (await loadPersonHistories(ctx.db, [{ id: recipient.id, unitId: home.id }])).get(recipient.id)!
      : {
          ...(await loadUnitHistory(ctx.db, recipient.id)),
          memberStats: await collectiveMemberStats(ctx, session, home, input.code),
        };
  return {
    recipient: { kind: recipient.kind, id: recipient.id, name: recipient.name },
    award: awardOf(session, input.code),
    result: checkEligibility(session, indexRecipient(history), input.code),
  };
}

export async function findCandidates(ctx: ActorCtx, query: CandidatesInput): Promise<Candidates> {
  requireCapability(ctx.actor, 'viewAwards');
  const unit = await statsUnit(ctx, query.unit);
  authorizeAwardRecipient(ctx.actor, 'read', [unit]);
  const session = await sessionFor(ctx, unit.path, query.year, query.code);
  const members = await subtreeMembers(ctx, unit, query.year);
  const histories = await loadPersonHistories(
    ctx.db,
    members.map((m) => ({ id: m.id, unitId: m.unit.id })),
  );
  const indexes = new Map([...histories].map(([id, history]) => [id, indexRecipient(history)]));
  const suggestion = suggestCandidates(session, indexes.values(), query.code);
  const byId = new Map(members.map((m) => [m.id, m]));
  // sort_key is byte-ordered Vietnamese (given name first), so a plain comparison is the Vietnamese order.
  const ordered = suggestion.candidates
    .map((candidate) => ({ candidate, member: byId.get(Number(candidate.recipientId))! }))
    .sort((a, b) =>
      a.member.sortKey < b.member.sortKey ? -1 : a.member.sortKey > b.member.sortKey ? 1 : a.member.id - b.member.id,
    );
  const start = (query.page - 1) * query.pageSize;
  return {
    unit: { id: unit.id, code: unit.code, name: unit.name },
    award: awardOf(session, query.code),
    year: query.year,
    evaluated: suggestion.evaluated,
    criteriaKnown: suggestion.criteriaKnown,
    total: ordered.length,
    page: query.page,
    pageSize: query.pageSize,
    // Only the page shown is explained: screening the subtree builds no text.
    items: ordered.slice(start, start + query.pageSize).map(({ candidate, member }) => ({
      personId: member.id,
      fullName: member.fullName,
      unit: member.unit,
      verdict: candidate.verdict,
      pending:
        candidate.verdict === 'eligible' ? [] : checkEligibility(session, indexes.get(member.id)!, query.code).pending,
    })),
  };
}
