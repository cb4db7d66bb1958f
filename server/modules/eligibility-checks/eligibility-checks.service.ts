// The eligibility check of one person or collective, and "suggest candidates" over a subtree, on stored data.
import type {
  Candidates,
  CandidatesInput,
  EligibilityCheck,
  EligibilityCheckInput,
} from '../../../shared/contracts/awards.ts';
import { sql } from 'drizzle-orm';
import type { ActorCtx } from '../../context.ts';
import type { Placed } from '../../policies/scope.ts';
import { memberships } from '../../db/schema/index.ts';
import { authorizeAwardRecipient } from '../../policies/awards.policy.ts';
import { requireCapability } from '../../policies/capabilities.ts';
import { resolveRecipient } from '../awards/award-recipients.ts';
import { checkEligibility, indexRecipient, suggestCandidates, type Session } from '../emulation/index.ts';
import { statsUnit } from '../initiatives/initiative-stats.ts';
import { collectiveMemberStats } from './collective-members.ts';
import { screeningCondition, sessionFor, type PersonRange } from './evaluation-session.ts';
import { loadPersonHistories, loadUnitHistory } from './recipient-histories.ts';
import {
  describeMembers,
  lastMemberId,
  screenedMembersAmong,
  screenedSubtreeMembers,
  subtreeMemberCount,
  subtreeUnitCount,
} from './subtree-members.ts';

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

// A national screening's person ids are cut into this many slices: the database screens the next slice (the
// SQL condition over the whole year's ratings, awards and initiatives) while this one is loaded and judged,
// instead of the whole nation's condition running alone before anything else can start.
const SLICES = 8;

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
    // Awaited on the next turn; until then a failure must not surface as an unhandled rejection.
    next?.catch(() => undefined);
    const unitOf = new Map(members.slice(from, from + BATCH).map((m) => [m.id, m.unitId]));
    const suggestion = suggestCandidates(session, [...histories.values()].map(indexRecipient), code);
    for (const candidate of suggestion.candidates) {
      const id = Number(candidate.recipientId);
      kept.push({ id, unitId: unitOf.get(id)!, verdict: candidate.verdict });
    }
  }
  return kept;
}

/** Everyone of the subtree's members of the year the engine suggests, and how many members there are. */
async function screenSubtree(ctx: ActorCtx, session: Session, code: string, unit: Placed, year: number) {
  const person = sql`${memberships.personId}`;
  if ((await subtreeUnitCount(unit, ctx)) <= HASH_ABOVE_UNITS) {
    const condition = screeningCondition(session, code, person, 'probe');
    const members = await screenedSubtreeMembers(ctx, unit, year, condition);
    return { count: members.count, kept: await screen(ctx, session, code, members.kept) };
  }
  const slice = (people: PersonRange) =>
    screenedMembersAmong(ctx, unit, year, screeningCondition(session, code, person, 'hash', people), people);
  const screenSlices = async () => {
    const width = Math.ceil(Math.max(await lastMemberId(ctx), 1) / SLICES);
    const kept: Kept[] = [];
    let next: Promise<{ id: number; unitId: number }[]> | null = slice({ from: 1, to: width });
    for (let i = 1; next; i++) {
      const members = await next;
      next = i < SLICES ? slice({ from: i * width + 1, to: (i + 1) * width }) : null;
      next?.catch(() => undefined);
      for (const k of await screen(ctx, session, code, members)) kept.push(k);
    }
    return kept;
  };
  const [count, kept] = await Promise.all([subtreeMemberCount(ctx, unit, year), screenSlices()]);
  return { count, kept };
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
  const members = screens ? await screenSubtree(ctx, session, query.code, unit, query.year) : null;
  const kept = members?.kept ?? [];
  const verdictOf = new Map(kept.map((k) => [k.id, k.verdict]));
  const page = await describeMembers(ctx, kept, (query.page - 1) * query.pageSize, query.pageSize);
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
    evaluated: members?.count ?? 0,
    criteriaKnown,
    total: kept.length,
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
