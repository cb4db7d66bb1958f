// What a scanned card says: who holds it and whether it is still valid, for officers who may read that
// person's record. Every look-up is audited, found or not, in scope or not.
import { desc, eq, sql } from 'drizzle-orm';
import type { CardVerification } from '../../../../shared/contracts/member-card.ts';
import type { ActorCtx } from '../../../context.ts';
import { memberships, units } from '../../../db/schema/index.ts';
import { withWrite } from '../../../db/write.ts';
import { AppError } from '../../../errors.ts';
import { mayVerifyCard } from '../../../policies/member-card.policy.ts';
import { displayNameOf, loadPerson, placementOf } from '../member-rows.ts';

function notInScope(cardNumber: string): AppError {
  return new AppError(
    404,
    'members.card_not_in_scope',
    `Không tìm thấy thẻ đoàn viên số ${cardNumber} trong phạm vi bạn quản lý. Thẻ không tồn tại, hoặc đoàn viên thuộc đơn vị khác.`,
    `No membership card ${cardNumber} within your scope: it does not exist, or its holder belongs elsewhere.`,
  );
}

/** The period the card was issued for: the open one holding that number, else the last one that did. */
async function findCardPeriod(ctx: ActorCtx, cardNumber: string) {
  const [row] = await ctx.db
    .select({ membership: memberships, unit: { id: units.id, code: units.code, name: units.name } })
    .from(memberships)
    .innerJoin(units, eq(units.id, memberships.unitId))
    .where(eq(memberships.cardNumber, cardNumber))
    .orderBy(sql`${memberships.validTo} IS NULL DESC`, desc(memberships.validTo), desc(memberships.id))
    .limit(1);
  return row ?? null;
}

async function auditCheck(
  ctx: ActorCtx,
  cardNumber: string,
  entityId: number | string,
  unitId: number | null,
  result: string,
) {
  await withWrite(ctx, async (_tx, audit) =>
    audit({
      action: 'member.verify_card',
      entity: typeof entityId === 'number' ? 'person' : 'membership_card',
      entityId,
      unitId,
      after: { cardNumber, result },
    }),
  );
}

/** GET /members/verify/:cardNumber. Outside the actor's scope it answers as for a card that does not exist. */
export async function verifyCard(ctx: ActorCtx, cardNumber: string): Promise<CardVerification> {
  const period = await findCardPeriod(ctx, cardNumber);
  if (!period) {
    await auditCheck(ctx, cardNumber, cardNumber, null, 'unknown');
    throw notInScope(cardNumber);
  }
  const loaded = await loadPerson(ctx.db, period.membership.personId);
  if (!mayVerifyCard(ctx.actor, placementOf(loaded))) {
    await auditCheck(ctx, cardNumber, loaded.person.id, null, 'out_of_scope');
    throw notInScope(cardNumber);
  }
  const { membership } = period;
  const valid = membership.validTo === null && membership.status === 'active';
  const current = loaded.memberships.find((row) => row.membership.validTo === null);
  const result: CardVerification = {
    cardNumber,
    valid,
    status: membership.status,
    invalidSince: valid ? null : (membership.leftOn ?? membership.validTo),
    reason: valid ? null : membership.leftReason,
    member: {
      id: loaded.person.id,
      displayName: displayNameOf(loaded.person),
      gender: loaded.person.gender,
      birthDate: loaded.person.birthDate,
      birthYear: loaded.person.birthYear,
    },
    unit: period.unit,
    joinedOn: membership.joinedOn,
    currentUnit:
      current && current.membership.id !== membership.id
        ? { id: current.unit.id, code: current.unit.code, name: current.unit.name }
        : null,
    checkedAt: new Date().toISOString(),
  };
  await auditCheck(ctx, cardNumber, loaded.person.id, period.unit.id, valid ? 'valid' : membership.status);
  return result;
}
