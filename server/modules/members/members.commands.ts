// Recording people: a new member or worker, and corrections to their record.
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { CreateMemberBody, MemberDetail, UpdateMemberBody } from '../../../shared/contracts/members.ts';
import type { ActorCtx } from '../../context.ts';
import { employments, memberships, people } from '../../db/schema/index.ts';
import { withWrite, type Tx } from '../../db/write.ts';
import { badRequest } from '../../errors.ts';
import { authorizeMember } from '../../policies/members.policy.ts';
import { loadPerson, personSnapshot, placementOf, toMemberDetail, type PersonRow } from './member-rows.ts';
import { lockKeptUnit, MEMBERSHIP_UNIT_KINDS } from './member-units.ts';
import { assertCardNumberFree, assertCitizenIdFree, personColumns } from './person-fields.ts';

export async function createMember(ctx: ActorCtx, input: CreateMemberBody): Promise<MemberDetail> {
  if (!input.membership && !input.employment) {
    throw badRequest(
      'members.placement_required',
      'Cần chọn công đoàn cơ sở hoặc đơn vị công tác của người này.',
      'A membership or an employment is required.',
      [{ field: 'body.membership', message: 'Chọn công đoàn cơ sở hoặc đơn vị công tác.', messageEn: 'Required.' }],
    );
  }
  const id = await withWrite(ctx, async (tx, audit) => {
    const columns = personColumns(input) as PersonRow;
    await assertCitizenIdFree(tx, input.citizenId);
    const membershipUnit = input.membership
      ? await lockKeptUnit(ctx, tx, input.membership.unitId, 'body.membership.unitId', MEMBERSHIP_UNIT_KINDS)
      : null;
    const employmentUnit = input.employment
      ? await lockKeptUnit(ctx, tx, input.employment.unitId, 'body.employment.unitId')
      : null;
    await assertCardNumberFree(tx, input.membership?.cardNumber, 'body.membership.cardNumber');
    const [person] = await tx.insert(people).values(columns).returning();
    if (input.membership && membershipUnit) {
      await tx.insert(memberships).values({
        personId: person!.id,
        unitId: membershipUnit.id,
        cardNumber: input.membership.cardNumber ?? null,
        joinedOn: input.membership.joinedOn,
        validFrom: input.membership.joinedOn,
      });
    }
    if (input.employment && employmentUnit) {
      await tx.insert(employments).values({
        personId: person!.id,
        unitId: employmentUnit.id,
        validFrom: input.employment.validFrom,
        contractKind: input.employment.contractKind ?? null,
      });
    }
    audit({
      action: 'member.create',
      entity: 'person',
      entityId: person!.id,
      unitId: membershipUnit?.id ?? employmentUnit!.id,
      after: { ...personSnapshot(person!), membership: input.membership ?? null, employment: input.employment ?? null },
    });
    return person!.id;
  });
  return toMemberDetail(ctx.actor, await loadPerson(ctx.db, id));
}

async function updateCardNumber(tx: Tx, personId: number, cardNumber: string | null): Promise<void> {
  await assertCardNumberFree(tx, cardNumber, 'body.cardNumber', personId);
  await tx
    .update(memberships)
    .set({ cardNumber })
    .where(and(eq(memberships.personId, personId), isNull(memberships.validTo)));
}

export async function updateMember(ctx: ActorCtx, id: number, input: UpdateMemberBody): Promise<MemberDetail> {
  await withWrite(ctx, async (tx, audit) => {
    const loaded = await loadPerson(tx, id);
    authorizeMember(ctx.actor, 'update', placementOf(loaded));
    const { cardNumber, ...fields } = input;
    const columns = personColumns(fields);
    if (columns.citizenId !== undefined) await assertCitizenIdFree(tx, columns.citizenId, id);
    const [after] = Object.keys(columns).length
      ? await tx
          .update(people)
          .set({ ...columns, updatedAt: sql`now()` })
          .where(eq(people.id, id))
          .returning()
      : [loaded.person];
    const open = loaded.memberships.find((row) => row.membership.validTo === null);
    if (cardNumber !== undefined && open) await updateCardNumber(tx, id, cardNumber);
    audit({
      action: 'member.update',
      entity: 'person',
      entityId: id,
      unitId: open?.unit.id ?? loaded.employments.at(-1)?.unit.id ?? null,
      before: { ...personSnapshot(loaded.person), cardNumber: open?.membership.cardNumber ?? null },
      after: {
        ...personSnapshot(after!),
        cardNumber: cardNumber === undefined ? (open?.membership.cardNumber ?? null) : cardNumber,
      },
    });
  });
  return toMemberDetail(ctx.actor, await loadPerson(ctx.db, id));
}
