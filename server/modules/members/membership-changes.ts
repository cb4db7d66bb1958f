// Changes of membership over time: transfer, leaving or suspension, re-joining, and following a merged unit.
import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { MemberDetail } from '../../../shared/contracts/members.ts';
import { vietnamToday } from '../../../shared/dates.ts';
import type { ActorCtx } from '../../context.ts';
import { employments, memberships } from '../../db/schema/index.ts';
import { withWrite, type Audit, type Tx } from '../../db/write.ts';
import { badRequest } from '../../errors.ts';
import { authorizeMember } from '../../policies/members.policy.ts';
import { loadPerson, placementOf, toMemberDetail, type LoadedPerson } from './member-rows.ts';
import { lockKeptUnit, MEMBERSHIP_UNIT_KINDS } from './member-units.ts';
import { assertCardNumberFree } from './person-fields.ts';

function dateError(field: string, vi: string, en: string) {
  return badRequest('members.invalid_date', vi, en, [{ field: `body.${field}`, message: vi, messageEn: en }]);
}

/** Today by default; never in the future, never before the current period began. */
function changeDate(requested: string | undefined, notBefore: string | undefined, field = 'date'): string {
  const date = requested ?? vietnamToday();
  if (date > vietnamToday())
    throw dateError(field, 'Ngày không được sau hôm nay.', 'The date cannot be in the future.');
  if (notBefore && date < notBefore) {
    throw dateError(
      field,
      `Ngày phải từ ${notBefore.split('-').reverse().join('/')} trở đi.`,
      `The date must be on or after ${notBefore}.`,
    );
  }
  return date;
}

function openMembership(loaded: LoadedPerson) {
  return loaded.memberships.find((row) => row.membership.validTo === null);
}

/** Chuyển sinh hoạt công đoàn: the open period ends as transferred and a new one opens at the target. */
export async function transferMember(
  ctx: ActorCtx,
  id: number,
  input: { unitId: number; date?: string | undefined; cardNumber?: string | null | undefined },
): Promise<MemberDetail> {
  await withWrite(ctx, async (tx, audit) => {
    const loaded = await loadPerson(tx, id);
    authorizeMember(ctx.actor, 'transfer', placementOf(loaded));
    const current = openMembership(loaded)!;
    const target = await lockKeptUnit(ctx, tx, input.unitId, 'body.unitId', MEMBERSHIP_UNIT_KINDS, { readOnly: true });
    if (target.id === current.unit.id) {
      throw badRequest(
        'members.same_unit',
        'Đoàn viên đang sinh hoạt tại đơn vị này.',
        'The member already belongs to this unit.',
        [{ field: 'body.unitId', message: 'Đang sinh hoạt tại đơn vị này.', messageEn: 'Same unit.' }],
      );
    }
    const date = changeDate(input.date, current.membership.validFrom);
    const cardNumber = input.cardNumber === undefined ? current.membership.cardNumber : input.cardNumber;
    await tx
      .update(memberships)
      .set({ validTo: date, status: 'transferred' })
      .where(eq(memberships.id, current.membership.id));
    await assertCardNumberFree(tx, cardNumber, 'body.cardNumber', id);
    await tx
      .insert(memberships)
      .values({ personId: id, unitId: target.id, cardNumber, joinedOn: current.membership.joinedOn, validFrom: date });
    const change = { from: current.unit.id, to: target.id, date };
    // Both unions see the transfer in their audit log.
    audit({
      action: 'member.transfer',
      entity: 'person',
      entityId: id,
      unitId: current.unit.id,
      before: { unitId: current.unit.id },
      after: change,
    });
    audit({
      action: 'member.transfer_in',
      entity: 'person',
      entityId: id,
      unitId: target.id,
      before: { unitId: current.unit.id },
      after: change,
    });
  });
  return toMemberDetail(ctx.actor, await loadPerson(ctx.db, id));
}

/** Ra khỏi tổ chức closes the period; tạm dừng sinh hoạt keeps it open as suspended. */
export async function leaveMember(
  ctx: ActorCtx,
  id: number,
  input: { date?: string | undefined; reason: string; suspend: boolean },
): Promise<MemberDetail> {
  await withWrite(ctx, async (tx, audit) => {
    const loaded = await loadPerson(tx, id);
    authorizeMember(ctx.actor, 'leave', placementOf(loaded));
    const current = openMembership(loaded)!;
    const date = changeDate(input.date, current.membership.validFrom);
    if (input.suspend) {
      await tx
        .update(memberships)
        .set({ status: 'suspended', leftReason: input.reason })
        .where(eq(memberships.id, current.membership.id));
    } else {
      await tx
        .update(memberships)
        .set({ validTo: date, status: 'left', leftOn: date, leftReason: input.reason })
        .where(eq(memberships.id, current.membership.id));
    }
    audit({
      action: input.suspend ? 'member.suspend' : 'member.leave',
      entity: 'person',
      entityId: id,
      unitId: current.unit.id,
      before: { status: current.membership.status },
      after: { status: input.suspend ? 'suspended' : 'left', date, reason: input.reason },
    });
  });
  return toMemberDetail(ctx.actor, await loadPerson(ctx.db, id));
}

/** Kết nạp lại: a new period after leaving (history kept), or the end of a suspension. */
export async function joinMember(
  ctx: ActorCtx,
  id: number,
  input: { unitId: number; joinedOn?: string | undefined; cardNumber?: string | null | undefined },
): Promise<MemberDetail> {
  await withWrite(ctx, async (tx, audit) => {
    const loaded = await loadPerson(tx, id);
    const current = openMembership(loaded);
    if (current?.membership.status === 'suspended') {
      authorizeMember(ctx.actor, 'update', placementOf(loaded));
      await tx
        .update(memberships)
        .set({ status: 'active', leftReason: null })
        .where(eq(memberships.id, current.membership.id));
      audit({
        action: 'member.resume',
        entity: 'person',
        entityId: id,
        unitId: current.unit.id,
        before: { status: 'suspended' },
        after: { status: 'active' },
      });
      return;
    }
    authorizeMember(ctx.actor, 'join', placementOf(loaded));
    const unit = await lockKeptUnit(ctx, tx, input.unitId, 'body.unitId', MEMBERSHIP_UNIT_KINDS);
    const last = loaded.memberships.at(-1)?.membership;
    const joinedOn = changeDate(input.joinedOn, last?.validTo ?? undefined, 'joinedOn');
    await assertCardNumberFree(tx, input.cardNumber, 'body.cardNumber', id);
    await tx
      .insert(memberships)
      .values({ personId: id, unitId: unit.id, cardNumber: input.cardNumber ?? null, joinedOn, validFrom: joinedOn });
    audit({
      action: 'member.join',
      entity: 'person',
      entityId: id,
      unitId: unit.id,
      after: { unitId: unit.id, joinedOn, cardNumber: input.cardNumber ?? null },
    });
  });
  return toMemberDetail(ctx.actor, await loadPerson(ctx.db, id));
}

/** When a unit merges into another (or goes to a split's part), its open memberships and employments follow on `date`. */
export async function followUnit(
  tx: Tx,
  audit: Audit,
  fromUnitId: number,
  toUnitId: number,
  date: string,
): Promise<number> {
  const open = await tx
    .select()
    .from(memberships)
    .where(and(eq(memberships.unitId, fromUnitId), isNull(memberships.validTo)));
  if (open.length > 0) {
    await tx
      .update(memberships)
      .set({ validTo: date, status: 'transferred' })
      .where(
        inArray(
          memberships.id,
          open.map((row) => row.id),
        ),
      );
    await tx.insert(memberships).values(
      open.map((row) => ({
        personId: row.personId,
        unitId: toUnitId,
        cardNumber: row.cardNumber,
        joinedOn: row.joinedOn,
        validFrom: date,
        status: row.status,
      })),
    );
  }
  const working = await tx
    .select()
    .from(employments)
    .where(and(eq(employments.unitId, fromUnitId), isNull(employments.validTo)));
  if (working.length > 0) {
    await tx
      .update(employments)
      .set({ validTo: date })
      .where(
        inArray(
          employments.id,
          working.map((row) => row.id),
        ),
      );
    await tx.insert(employments).values(
      working.map((row) => ({
        personId: row.personId,
        unitId: toUnitId,
        validFrom: date,
        contractKind: row.contractKind,
      })),
    );
  }
  if (open.length + working.length > 0) {
    audit({
      action: 'member.follow_unit',
      entity: 'unit',
      entityId: fromUnitId,
      unitId: toUnitId,
      after: { from: fromUnitId, to: toUnitId, date, memberships: open.length, employments: working.length },
    });
  }
  return open.length + working.length;
}

/** How many people a unit still has on its books: a unit with people cannot be dissolved. */
export async function countOpenPeople(tx: Tx, unitId: number): Promise<number> {
  const [m] = await tx
    .select({ id: memberships.id })
    .from(memberships)
    .where(and(eq(memberships.unitId, unitId), isNull(memberships.validTo)))
    .limit(1);
  const [e] = await tx
    .select({ id: employments.id })
    .from(employments)
    .where(and(eq(employments.unitId, unitId), isNull(employments.validTo)))
    .limit(1);
  return (m ? 1 : 0) + (e ? 1 : 0);
}
