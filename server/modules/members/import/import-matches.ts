// Matching import rows with people already on record, and the card numbers they would take from others.
import { and, inArray, isNull, sql } from 'drizzle-orm';
import { foldForSearch } from '../../../../shared/text/index.ts';
import type { ActorCtx } from '../../../context.ts';
import { memberships, people } from '../../../db/schema/index.ts';
import type { Tx } from '../../../db/write.ts';
import { fieldHeaders } from './import-columns.ts';
import type { ImportedPerson, RowError } from './import-row.ts';

export type DataRow = { rowNumber: number; person: ImportedPerson };

/** Existing people the rows match: by citizen ID, else by full name and date of birth. */
export async function findMatches(tx: Tx | ActorCtx['db'], batch: DataRow[]): Promise<Map<number, number>> {
  const byId = batch.filter((row) => row.person.citizenId);
  const byName = batch.filter((row) => !row.person.citizenId && row.person.birthDate);
  const matches = new Map<number, number>();
  if (byId.length) {
    const found = await tx
      .select({ id: people.id, citizenId: people.citizenId })
      .from(people)
      .where(
        inArray(
          people.citizenId,
          byId.map((row) => row.person.citizenId!),
        ),
      );
    const ids = new Map(found.map((row) => [row.citizenId, row.id]));
    for (const row of byId)
      if (ids.has(row.person.citizenId)) matches.set(row.rowNumber, ids.get(row.person.citizenId)!);
  }
  if (byName.length) {
    const keys = byName.map((row) => `${foldForSearch(row.person.fullName)}|${row.person.birthDate}`);
    const found = await tx
      .select({ id: people.id, key: sql<string>`${people.searchKey} || '|' || ${people.birthDate}::text` })
      .from(people)
      .where(sql`${people.searchKey} || '|' || ${people.birthDate}::text IN ${keys}`);
    const ids = new Map(found.map((row) => [row.key, row.id]));
    byName.forEach((row, i) => ids.has(keys[i]!) && matches.set(row.rowNumber, ids.get(keys[i]!)!));
  }
  return matches;
}

/** Card numbers of the batch already held by someone the row is not. */
export async function cardConflicts(
  db: ActorCtx['db'],
  batch: DataRow[],
  matches: Map<number, number>,
): Promise<RowError[]> {
  const cards = batch.filter((row) => row.person.cardNumber).map((row) => row.person.cardNumber!);
  if (!cards.length) return [];
  const held = await db
    .select({ card: memberships.cardNumber, personId: memberships.personId })
    .from(memberships)
    .where(and(inArray(memberships.cardNumber, cards), isNull(memberships.validTo)));
  const owners = new Map(held.map((row) => [row.card, row.personId]));
  return batch
    .filter(
      (row) =>
        row.person.cardNumber &&
        owners.has(row.person.cardNumber) &&
        owners.get(row.person.cardNumber) !== matches.get(row.rowNumber),
    )
    .map((row) => ({
      row: row.rowNumber,
      column: fieldHeaders.cardNumber,
      field: 'cardNumber' as const,
      message: `Số thẻ ${row.person.cardNumber} đã được cấp cho người khác.`,
      messageEn: 'Card number already in use.',
    }));
}
