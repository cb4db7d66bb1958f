// Who may see and run a council meeting: the keepers of the deciding unit manage it, its own members vote on it,
// and its chair or secretary may close it as well as a keeper.
import type { MeetingAbilities, MeetingStatus } from '../../shared/contracts/council.ts';
import type { CouncilRole } from '../db/schema/proposals.ts';
import { forbidden, notFound } from '../errors.ts';
import type { Actor } from './actor.ts';
import { AWARD_KEEPERS, AWARD_READERS } from './awards.policy.ts';
import { inScope, type Placed } from './scope.ts';

/** The asking user's seat on this meeting's council, if any. */
export type Seat = { councilRole: CouncilRole; present: boolean; voted: boolean } | null;

export type MeetingRecord = { unit: Placed; status: MeetingStatus; seat: Seat };

/** Readers of the unit see the meeting; so do its members, wherever their own grants sit. */
export function canReadMeeting(actor: Actor, record: MeetingRecord): boolean {
  return record.seat !== null || inScope(actor, record.unit, AWARD_READERS);
}

export function keepsMeeting(actor: Actor, unit: Placed): boolean {
  return inScope(actor, unit, AWARD_KEEPERS);
}

/** What the screens may offer; the service repeats every check (and says 409 for the wrong status). */
export function meetingAbilities(actor: Actor, record: MeetingRecord): MeetingAbilities {
  const keeps = keepsMeeting(actor, record.unit);
  const { status, seat } = record;
  const closer = keeps || seat?.councilRole === 'chair' || seat?.councilRole === 'secretary';
  return {
    update: keeps && status === 'planned',
    attendance: keeps && status === 'planned',
    open: keeps && status === 'planned',
    recuse: keeps && status !== 'closed',
    vote: status === 'open' && seat !== null && seat.present && !seat.voted,
    close: closer && status === 'open',
  };
}

/** Out of scope and not a member: 404; in scope without a keeper's role: 403. */
export function authorizeMeeting(actor: Actor, action: 'read' | 'manage' | 'close', record: MeetingRecord): void {
  if (!canReadMeeting(actor, record)) throw notFound('council_meetings');
  if (action === 'read') return;
  if (keepsMeeting(actor, record.unit)) return;
  if (action === 'close' && (record.seat?.councilRole === 'chair' || record.seat?.councilRole === 'secretary')) return;
  throw forbidden();
}

/** Creating a meeting for a unit: keepers in its scope; readers who are not keepers get 403, others 404. */
export function authorizeCouncilUnit(actor: Actor, unit: Placed): void {
  if (!inScope(actor, unit, AWARD_READERS)) throw notFound('units');
  if (!keepsMeeting(actor, unit)) throw forbidden();
}
