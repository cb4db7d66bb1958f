// Printing membership cards: one member's card, or the batch of a grassroots union, each print audited.
import type { Readable } from 'node:stream';
import { vietnamToday } from '../../../../shared/dates.ts';
import type { ActorCtx } from '../../../context.ts';
import { withWrite } from '../../../db/write.ts';
import { badRequest, conflict } from '../../../errors.ts';
import { authorizeCardPrint, authorizeUnitCardPrint } from '../../../policies/member-card.policy.ts';
import { getUnitByCode } from '../../units/units.service.ts';
import { displayNameOf, loadPerson, placementOf, type LoadedPerson } from '../member-rows.ts';
import { MEMBERSHIP_UNIT_KINDS } from '../member-units.ts';
import {
  cardMembershipOf,
  cardUnavailable,
  countMissingCardNumbers,
  issuingUnionOf,
  selectUnionCardRows,
  verifyUrlOf,
  type CardFace,
  type IssuingUnion,
} from './card-data.ts';
import { renderCardPdf, renderCardSheets } from './card-render.ts';

export type PrintedCard = { pdf: Buffer; filename: string };

/** The face of a person's card, or 409 naming what is missing (no current membership, suspended, no number). */
export async function cardFaceOf(
  ctx: ActorCtx,
  loaded: LoadedPerson,
  publicUrl: string,
): Promise<{ face: CardFace; union: IssuingUnion }> {
  const { open, problem } = cardMembershipOf(loaded);
  if (!open || problem) throw cardUnavailable(displayNameOf(loaded.person), problem ?? 'no_membership');
  const union = await issuingUnionOf(ctx.db, open.unit);
  if (!union) throw cardUnavailable(displayNameOf(loaded.person), 'no_membership');
  const cardNumber = open.membership.cardNumber!;
  return {
    union,
    face: {
      personId: loaded.person.id,
      displayName: displayNameOf(loaded.person),
      birthDate: loaded.person.birthDate,
      birthYear: loaded.person.birthYear,
      unionName: union.name,
      cardNumber,
      joinedOn: open.membership.joinedOn,
      issuedOn: vietnamToday(),
      verifyUrl: verifyUrlOf(publicUrl, cardNumber),
    },
  };
}

/** Renders a card and writes who printed it; `self` marks a member printing their own. */
export async function issueCard(
  ctx: ActorCtx,
  loaded: LoadedPerson,
  publicUrl: string,
  self: boolean,
): Promise<PrintedCard> {
  const { face, union } = await cardFaceOf(ctx, loaded, publicUrl);
  const pdf = await renderCardPdf(face);
  await withWrite(ctx, async (_tx, audit) =>
    audit({
      action: 'member.print_card',
      entity: 'person',
      entityId: face.personId,
      unitId: union.id,
      after: { cardNumber: face.cardNumber, self },
    }),
  );
  return { pdf, filename: `the-doan-vien-${face.cardNumber.replace(/[^A-Za-z0-9.-]/g, '_')}.pdf` };
}

/** GET /members/:id/card.pdf: for officers who keep the union that issues the card. */
export async function printMemberCard(ctx: ActorCtx, id: number, publicUrl: string): Promise<PrintedCard> {
  const loaded = await loadPerson(ctx.db, id);
  const open = loaded.memberships.find((row) => row.membership.validTo === null);
  const issuing = open ? await issuingUnionOf(ctx.db, open.unit) : null;
  authorizeCardPrint(ctx.actor, placementOf(loaded), issuing);
  return issueCard(ctx, loaded, publicUrl, false);
}

export type PrintedBatch = { stream: Readable; filename: string; count: number; skipped: number };

/** GET /members/cards.pdf?unit=CODE: every active card of a grassroots union (or one section), 8 to an A4 sheet. */
export async function printUnionCards(ctx: ActorCtx, code: string, publicUrl: string): Promise<PrintedBatch> {
  const unit = await getUnitByCode(ctx, code);
  authorizeUnitCardPrint(ctx.actor, unit);
  if (!MEMBERSHIP_UNIT_KINDS.includes(unit.kind)) {
    throw badRequest(
      'members.cards_unit_kind',
      `Thẻ đoàn viên được in theo công đoàn cơ sở; ${unit.name} không phải công đoàn cơ sở.`,
      'Cards are printed per grassroots union; pick one.',
      [{ field: 'query.unit', message: 'Chọn một công đoàn cơ sở.', messageEn: 'Pick a grassroots union.' }],
    );
  }
  const union = (await issuingUnionOf(ctx.db, unit)) ?? unit;
  const [rows, skipped] = await Promise.all([selectUnionCardRows(ctx.db, unit), countMissingCardNumbers(ctx.db, unit)]);
  if (rows.length === 0) {
    throw conflict(
      'members.no_cards',
      `${unit.name} chưa có đoàn viên nào đang sinh hoạt có số thẻ, nên không có thẻ để in.`,
      `${unit.name} has no active member with a card number.`,
    );
  }
  const issuedOn = vietnamToday();
  const faces: CardFace[] = rows.map((row) => ({
    personId: row.personId,
    displayName: displayNameOf(row),
    birthDate: row.birthDate,
    birthYear: row.birthYear,
    unionName: union.name,
    cardNumber: row.cardNumber!,
    joinedOn: row.joinedOn,
    issuedOn,
    verifyUrl: verifyUrlOf(publicUrl, row.cardNumber!),
  }));
  await withWrite(ctx, async (_tx, audit) =>
    audit({
      action: 'member.print_cards',
      entity: 'unit',
      entityId: unit.id,
      unitId: unit.id,
      after: { count: faces.length, skippedWithoutCardNumber: skipped, cardNumbers: faces.map((f) => f.cardNumber) },
    }),
  );
  return {
    stream: renderCardSheets(faces, union.name),
    filename: `the-doan-vien-${unit.code.replace(/[^A-Za-z0-9.-]/g, '_')}.pdf`,
    count: faces.length,
    skipped,
  };
}
