// The checks of an import that need the database, run in SQL on the staging table slice by slice: people
// already on record (citizen ID, else full name and date of birth) and card numbers held by someone else.
// Each finding is a row error like those found in JS.
import { sql } from 'drizzle-orm';
import type { Tx } from '../../../db/write.ts';
import { fieldHeaders } from './import-columns.ts';
import type { RowError } from './import-row.ts';

export type Slice = { from: number; to: number };

/**
 * People are "on record" when they were there before this import began (created_at < now(), the
 * transaction's start): the people the import itself creates slice by slice are not matched by later rows.
 */
const ON_RECORD = sql.raw('p.created_at < now()');

/**
 * Name keys of the people on record, indexed, for matching many slices by full name and date of birth: the
 * people table has no index on them, and scanning it once per slice would cost more than this copy.
 */
export async function createNameKeys(tx: Tx): Promise<void> {
  await tx.execute(sql`
    CREATE TEMP TABLE import_name_keys ON COMMIT DROP AS
    SELECT p.search_key, p.birth_date, min(p.id) AS person_id
    FROM people p WHERE p.birth_date IS NOT NULL AND ${ON_RECORD}
    GROUP BY p.search_key, p.birth_date`);
  await tx.execute(sql.raw('CREATE INDEX ON import_name_keys (search_key, birth_date)'));
  await tx.execute(sql.raw('ANALYZE import_name_keys'));
}

/**
 * Records which rows of the slice are people on record: by citizen ID when the row has one, else by
 * the folded full name and date of birth (from `import_name_keys` once it exists, else from people itself).
 * Returns how many rows matched.
 */
export async function matchSlice(tx: Tx, slice: Slice, by: { name: 'none' | 'people' | 'keys' }): Promise<number> {
  const nameKeys = by.name === 'keys';
  const byName = nameKeys
    ? sql`SELECT s.ord, k.person_id FROM import_rows s
          JOIN import_name_keys k ON k.search_key = s.search_key AND k.birth_date = s.birth_date`
    : sql`SELECT s.ord, min(p.id) FROM import_rows s
          JOIN people p ON p.search_key = s.search_key AND p.birth_date = s.birth_date AND ${ON_RECORD}`;
  const inSlice = sql`s.ord > ${slice.from} AND s.ord <= ${slice.to}`;
  // A lookup per row by the unique index, whatever the planner believes of the people table's size: its
  // statistics may date from when it was nearly empty, before this very import filled it.
  const result = await tx.execute(sql`
    INSERT INTO import_matches (ord, person_id)
    SELECT ord, person_id FROM (
      SELECT s.ord, (SELECT p.id FROM people p WHERE p.citizen_id = s.citizen_id AND ${ON_RECORD}) AS person_id
      FROM import_rows s WHERE ${inSlice} AND s.citizen_id IS NOT NULL
    ) by_id WHERE person_id IS NOT NULL
    ${
      by.name === 'none'
        ? sql``
        : sql`UNION ALL ${byName}
          WHERE ${inSlice} AND s.citizen_id IS NULL AND s.birth_date IS NOT NULL
          ${nameKeys ? sql`` : sql`GROUP BY s.ord`}`
    }`);
  return result.rowCount ?? 0;
}

/** Does the slice have rows that only a name and date of birth can match? */
export async function needsNameMatch(tx: Tx, slice: Slice): Promise<boolean> {
  const { rows } = await tx.execute<{ found: boolean }>(sql`
    SELECT EXISTS (SELECT 1 FROM import_rows s WHERE s.ord > ${slice.from} AND s.ord <= ${slice.to}
      AND s.citizen_id IS NULL AND s.birth_date IS NOT NULL) AS found`);
  return rows[0]?.found ?? false;
}

/** Rows of the slice whose card number an open membership of someone else (not the row's person) holds. */
export async function cardsHeldByOthers(tx: Tx, slice: Slice): Promise<RowError[]> {
  // Lookups by the unique index of open card numbers, as in matchSlice.
  const { rows } = await tx.execute<{ row_no: number; card_number: string }>(sql`
    SELECT row_no, card_number FROM (
      SELECT s.row_no, s.card_number,
        (SELECT ms.person_id FROM memberships ms
          WHERE ms.card_number = s.card_number AND ms.valid_to IS NULL AND ms.created_at < now()) AS holder,
        (SELECT m.person_id FROM import_matches m WHERE m.ord = s.ord) AS person_id
      FROM import_rows s
      WHERE s.ord > ${slice.from} AND s.ord <= ${slice.to} AND s.card_number IS NOT NULL
    ) held
    WHERE holder IS NOT NULL AND holder IS DISTINCT FROM person_id`);
  return rows.map((row) => ({
    row: row.row_no,
    column: fieldHeaders.cardNumber,
    field: 'cardNumber' as const,
    message: `Số thẻ ${row.card_number} đã được cấp cho người khác.`,
    messageEn: 'Card number already in use.',
  }));
}
