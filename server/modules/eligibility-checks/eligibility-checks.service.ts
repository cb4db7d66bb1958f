// The eligibility check of one person or collective, and "suggest candidates" over a subtree, on stored data.
import type {
  Candidates,
  CandidatesInput,
  EligibilityCheck,
  EligibilityCheckInput,
} from '../../../shared/contracts/awards.ts';
import { sql, type SQL } from 'drizzle-orm';
import type { ActorCtx } from '../../context.ts';
import { memberships } from '../../db/schema/index.ts';
import { authorizeAwardRecipient } from '../../policies/awards.policy.ts';
import { requireCapability } from '../../policies/capabilities.ts';
import { resolveRecipient } from '../awards/award-recipients.ts';
import { checkEligibility, indexRecipient, suggestCandidates, type Session } from '../emulation/index.ts';
import { statsUnit } from '../initiatives/initiative-stats.ts';
import { collectiveMemberStats } from './collective-members.ts';
import { screeningCondition, sessionFor } from './evaluation-session.ts';
import { loadPersonHistories, loadUnitHistory } from './recipient-histories.ts';
import { describeMembers, screenedSubtreeMembers, subtreeUnitCount } from './subtree-members.ts';

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

// A national screening holds one batch of histories at a time; the next batch loads while this one is screened.
const BATCH = 10_000;
// Above this many units (a large hospital has a few hundred sections), the screening condition is checked by
// hashing each table's qualifying people once; below it, by looking each member up in the person indexes.
const HASH_ABOVE_UNITS = 1_000;

type Kept = { id: number; unitId: number; verdict: 'eligible' | 'needs_review' };

/** Screens the members in batches; the engine sees exactly the histories the plain computation would give it. */
async function screen(ctx: ActorCtx, session: Session, code: string, members: { id: number; unitId: number }[]) {
  const kept: Kept[] = [];
  const load = (from: number) =>
    from < members.length ? loadPersonHistories(ctx.db, members.slice(from, from + BATCH)) : null;
  let next = load(0);
  for (let from = 0; next; from += BATCH) {
    const histories = await next;
    next = load(from + BATCH);
    const unitOf = new Map(members.slice(from, from + BATCH).map((m) => [m.id, m.unitId]));
    const suggestion = suggestCandidates(session, [...histories.values()].map(indexRecipient), code);
    for (const candidate of suggestion.candidates) {
      const id = Number(candidate.recipientId);
      kept.push({ id, unitId: unitOf.get(id)!, verdict: candidate.verdict });
    }
  }
  return kept;
}

export async function findCandidates(ctx: ActorCtx, query: CandidatesInput): Promise<Candidates> {
  requireCapability(ctx.actor, 'viewAwards');
  const unit = await statsUnit(ctx, query.unit);
  authorizeAwardRecipient(ctx.actor, 'read', [unit]);
  const session = await sessionFor(ctx, unit.path, query.year, query.code);
  const type = session.engine.awardType(query.code);
  const criteriaKnown = type.recipientKinds.some((kind) => Boolean(session.ruleSet(type, kind)?.criteria));
  // Members are individuals: only an individual rule set with criteria screens them (as suggestCandidates does).
  const screens = type.recipientKinds.includes('individual') && Boolean(session.ruleSet(type, 'individual')?.criteria);
  const small = (await subtreeUnitCount(unit, ctx)) <= HASH_ABOVE_UNITS;
  const condition = (person: SQL) => screeningCondition(session, query.code, person, small ? 'probe' : 'hash');
  const members = await screenedSubtreeMembers(ctx, unit, query.year, condition(sql`${memberships.personId}`), small);
  const kept = screens ? await screen(ctx, session, query.code, members.kept) : [];
  const verdictOf = new Map(kept.map((k) => [k.id, k.verdict]));
  // sort_key is byte-ordered Vietnamese (given name first), so a plain comparison is the Vietnamese order.
  const ordered = (await describeMembers(ctx, kept)).sort((a, b) =>
    a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : a.id - b.id,
  );
  const start = (query.page - 1) * query.pageSize;
  const page = ordered.slice(start, start + query.pageSize);
  // Only the page shown is explained: screening the subtree builds no text.
  const toExplain = page.filter((member) => verdictOf.get(member.id) !== 'eligible');
  const histories = await loadPersonHistories(
    ctx.db,
    toExplain.map((m) => ({ id: m.id, unitId: m.unit.id })),
  );
  return {
    unit: { id: unit.id, code: unit.code, name: unit.name },
    award: awardOf(session, query.code),
    year: query.year,
    evaluated: screens ? members.count : 0,
    criteriaKnown,
    total: ordered.length,
    page: query.page,
    pageSize: query.pageSize,
    items: page.map((member) => {
      const verdict = verdictOf.get(member.id)!;
      const history = histories.get(member.id);
      return {
        personId: member.id,
        fullName: member.fullName,
        unit: member.unit,
        verdict,
        pending:
          verdict === 'eligible' || !history
            ? []
            : checkEligibility(session, indexRecipient(history), query.code).pending,
      };
    }),
  };
}
