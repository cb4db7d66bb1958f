// What a membership card says, read from the person's open membership and the grassroots union that issues it.
import { and, eq, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import type { Database } from '../../../db/client.ts';
import { memberships, people, units } from '../../../db/schema/index.ts';
import type { Tx } from '../../../db/write.ts';
import { conflict } from '../../../errors.ts';
import { subtreeWhere, type Placed } from '../../../policies/scope.ts';
import type { LoadedPerson } from '../member-rows.ts';

type Reader = Database | Tx;

/** The text and QR address printed on one card. */
export type CardFace = {
  personId: number;
  displayName: string;
  birthDate: string | null;
  birthYear: number | null;
  unionName: string;
  cardNumber: string;
  joinedOn: string;
  issuedOn: string;
  verifyUrl: string;
};

export type IssuingUnion = Placed & { id: number; code: string; name: string };

/** Why no card can be printed for a person; null when one can. */
export type CardProblem = 'no_membership' | 'suspended' | 'no_card_number';

/** The open membership a card is printed for, or what stands in the way. */
export function cardMembershipOf(loaded: LoadedPerson) {
  const open = loaded.memberships.find((row) => row.membership.validTo === null);
  const problem: CardProblem | null = !open
    ? 'no_membership'
    : open.membership.status !== 'active'
      ? 'suspended'
      : !open.membership.cardNumber
        ? 'no_card_number'
        : null;
  return { open: problem ? null : open, problem };
}

const problemText: Record<CardProblem, [string, string]> = {
  no_membership: [
    'không có quá trình sinh hoạt công đoàn đang hiệu lực, nên không in được thẻ đoàn viên.',
    'has no current union membership, so no membership card can be printed.',
  ],
  suspended: [
    'đang tạm dừng sinh hoạt công đoàn, nên không in được thẻ đoàn viên.',
    'has a suspended membership, so no membership card can be printed.',
  ],
  no_card_number: [
    'chưa có số thẻ đoàn viên. Hãy nhập số thẻ trong hồ sơ trước khi in thẻ.',
    'has no card number yet. Enter it on the record before printing the card.',
  ],
};

/** 409 naming the person and what is missing. */
export function cardUnavailable(displayName: string, problem: CardProblem) {
  const [vi, en] = problemText[problem];
  return conflict(`members.card_${problem}`, `Đồng chí ${displayName} ${vi}`, `${displayName} ${en}`, [
    { field: 'cardNumber', message: vi, messageEn: en },
  ]);
}

/** The grassroots union a membership unit belongs to: itself, or the one a union section sits in. */
export async function issuingUnionOf(db: Reader, unit: { id: number; path: string }): Promise<IssuingUnion | null> {
  const ids = unit.path.split('/').filter(Boolean).map(Number);
  const [row] = await db
    .select({ id: units.id, code: units.code, name: units.name, path: units.path, reportPath: units.reportPath })
    .from(units)
    .where(and(inArray(units.id, ids.length ? ids : [unit.id]), eq(units.kind, 'grassroots_union')))
    .orderBy(sql`length(${units.path}) DESC`)
    .limit(1);
  return row ?? null;
}

/** The address a card's QR code opens: the verification page, which asks for a login. */
export function verifyUrlOf(publicUrl: string, cardNumber: string): string {
  return `${publicUrl}/verify/card/${encodeURIComponent(cardNumber)}`;
}

/** The members of a grassroots union (its sections included) who hold an active card, in the Vietnamese order. */
export async function selectUnionCardRows(db: Reader, union: Placed) {
  return db
    .select({
      personId: people.id,
      titles: people.titles,
      fullName: people.fullName,
      birthDate: people.birthDate,
      birthYear: people.birthYear,
      cardNumber: memberships.cardNumber,
      joinedOn: memberships.joinedOn,
    })
    .from(memberships)
    .innerJoin(people, eq(people.id, memberships.personId))
    .innerJoin(units, eq(units.id, memberships.unitId))
    .where(
      and(
        isNull(memberships.validTo),
        eq(memberships.status, 'active'),
        isNotNull(memberships.cardNumber),
        subtreeWhere(union),
      ),
    )
    .orderBy(sql`${people.sortKey} COLLATE "C"`, people.id);
}

/** Active members of the union whose card number is still missing: they are left out of a batch, and counted. */
export async function countMissingCardNumbers(db: Reader, union: Placed): Promise<number> {
  const [row] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(memberships)
    .innerJoin(units, eq(units.id, memberships.unitId))
    .where(
      and(
        isNull(memberships.validTo),
        eq(memberships.status, 'active'),
        isNull(memberships.cardNumber),
        subtreeWhere(union),
      ),
    );
  return row?.count ?? 0;
}
