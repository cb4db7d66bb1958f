// Who decides a member's request to correct their record, and who sees it: the keepers of that person's
// current union or workplace, as for editing the record itself; the member sees and withdraws their own.
import { sql, type SQL } from 'drizzle-orm';
import { correctionRequests } from '../db/schema/index.ts';
import { forbidden, notFound } from '../errors.ts';
import type { Actor } from './actor.ts';
import { authorizeMember, MEMBER_KEEPERS, type PersonPlacement } from './members.policy.ts';
import { scopeWhere } from './scope.ts';

type Decidable = { personId: number; requestedBy: number; status: string };

export type CorrectionAbilities = { approve: boolean; reject: boolean; withdraw: boolean };

/** Whether the actor is the member the request is about, through the login that made it. */
export function isOwnRequest(actor: Actor, request: Decidable): boolean {
  return actor.personId === request.personId && actor.userId === request.requestedBy;
}

/**
 * Approve and reject belong to the keepers of the person's record (`keeps`), never to the member who asked:
 * an officer who is also a member does not decide their own request. Withdraw belongs to the member.
 */
export function correctionAbilities(actor: Actor, request: Decidable, keeps: boolean): CorrectionAbilities {
  const pending = request.status === 'pending';
  const own = isOwnRequest(actor, request);
  const decides = pending && keeps && !own;
  return { approve: decides, reject: decides, withdraw: pending && own };
}

/** Deciding: out of scope → 404, in scope without keeping the record → 403 (the rule for editing it), own → 403. */
export function authorizeCorrectionDecision(actor: Actor, request: Decidable, placement: PersonPlacement): void {
  authorizeMember(actor, 'update', placement);
  if (isOwnRequest(actor, request)) throw forbidden();
}

/** The member's own requests only; anyone else's is "not found". */
export function authorizeOwnRequest(actor: Actor, request: Decidable): void {
  if (!isOwnRequest(actor, request)) throw notFound('corrections');
}

const membershipUnit = { path: sql.raw('cmu.path'), reportPath: sql.raw('cmu.report_path') };
const employmentUnit = { path: sql.raw('ceu.path'), reportPath: sql.raw('ceu.report_path') };

/**
 * The requests an officer reviews, as a WHERE fragment on correction_requests: the person's open membership
 * or open employment is at a unit the officer keeps (the same places that let them edit the record), and
 * the request is not the officer's own.
 */
export function correctionsScopeWhere(actor: Actor): SQL {
  return sql`${correctionRequests.requestedBy} <> ${actor.userId} AND (EXISTS (
      SELECT 1 FROM memberships cm JOIN units cmu ON cmu.id = cm.unit_id
      WHERE cm.person_id = ${correctionRequests.personId} AND cm.valid_to IS NULL
        AND ${scopeWhere(actor, MEMBER_KEEPERS, membershipUnit)})
    OR EXISTS (
      SELECT 1 FROM employments ce JOIN units ceu ON ceu.id = ce.unit_id
      WHERE ce.person_id = ${correctionRequests.personId} AND ce.valid_to IS NULL
        AND ${scopeWhere(actor, MEMBER_KEEPERS, employmentUnit)}))`;
}
