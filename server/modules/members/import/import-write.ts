// Writing one checked slice of rows from the staging table, set-based: new people with their membership and
// employment in this unit, and the people on record either updated from their row or left as they are.
import { sql } from 'drizzle-orm';
import type { Tx } from '../../../db/write.ts';
import type { Slice } from './import-checks.ts';

/** One slice: people, memberships and employments of the rows that match nobody, in one statement. */
async function insertNewPeople(tx: Tx, unitId: number, sequence: string, from: number, to: number): Promise<number> {
  const { rows } = await tx.execute<{ n: number }>(sql`
    WITH fresh AS MATERIALIZED (
      SELECT nextval(${sequence}::regclass) AS person_id, s.*
      FROM import_rows s
      WHERE s.ord > ${from} AND s.ord <= ${to}
        AND NOT EXISTS (SELECT 1 FROM import_matches m WHERE m.ord = s.ord AND m.ord > ${from} AND m.ord <= ${to})
      ORDER BY s.ord
    ), new_people AS (
      INSERT INTO people (id, full_name, family_name, middle_name, given_name, titles, birth_date, birth_year, gender,
        ethnicity, religion, citizen_id, phone, email, qualification, position, search_key, sort_key)
      OVERRIDING SYSTEM VALUE
      SELECT person_id, full_name, family_name, middle_name, given_name, titles, birth_date, birth_year, gender,
        ethnicity, religion, citizen_id, phone, email, qualification, position, search_key, sort_key
      FROM fresh
    ), new_memberships AS (
      INSERT INTO memberships (person_id, unit_id, card_number, joined_on, valid_from)
      SELECT person_id, ${unitId}, card_number, joined_on, joined_on FROM fresh
    ), new_employments AS (
      INSERT INTO employments (person_id, unit_id, valid_from)
      SELECT person_id, ${unitId}, joined_on FROM fresh
    )
    SELECT count(*)::int AS n FROM fresh`);
  return rows[0]?.n ?? 0;
}

/**
 * One slice: the people on record take the values their row has (a blank cell keeps what is there; the
 * name, its keys and titles always follow the row), and their open membership its card number. When two
 * rows are the same person, the later row wins, as if they were applied in order.
 */
async function updateMatchedPeople(tx: Tx, from: number, to: number): Promise<void> {
  await tx.execute(sql`
    WITH source AS MATERIALIZED (
      SELECT DISTINCT ON (m.person_id) m.person_id, s.*
      FROM import_rows s JOIN import_matches m ON m.ord = s.ord
      WHERE s.ord > ${from} AND s.ord <= ${to} AND m.ord > ${from} AND m.ord <= ${to}
      ORDER BY m.person_id, s.ord DESC
    ), updated AS (
      UPDATE people p SET
        full_name = s.full_name, family_name = s.family_name, middle_name = s.middle_name,
        given_name = s.given_name, titles = s.titles, search_key = s.search_key, sort_key = s.sort_key,
        birth_date = coalesce(s.birth_date, p.birth_date), birth_year = coalesce(s.birth_year, p.birth_year),
        gender = coalesce(s.gender, p.gender), ethnicity = coalesce(s.ethnicity, p.ethnicity),
        religion = coalesce(s.religion, p.religion), citizen_id = coalesce(s.citizen_id, p.citizen_id),
        phone = coalesce(s.phone, p.phone), email = coalesce(s.email, p.email),
        qualification = coalesce(s.qualification, p.qualification), position = coalesce(s.position, p.position),
        updated_at = now()
      FROM source s WHERE p.id = s.person_id
    )
    UPDATE memberships ms SET card_number = s.card_number
    FROM source s
    WHERE ms.person_id = s.person_id AND ms.valid_to IS NULL AND s.card_number IS NOT NULL`);
}

/** The sequence of people's ids, from which new people take theirs. */
export async function peopleSequence(tx: Tx): Promise<string> {
  const { rows } = await tx.execute<{ name: string }>(sql`SELECT pg_get_serial_sequence('people', 'id') AS name`);
  return rows[0]!.name;
}

/** Writes the slice; returns how many people it created. */
export async function writeSlice(
  tx: Tx,
  options: { unitId: number; sequence: string; slice: Slice; update: boolean },
): Promise<number> {
  const { from, to } = options.slice;
  const created = await insertNewPeople(tx, options.unitId, options.sequence, from, to);
  if (options.update) await updateMatchedPeople(tx, from, to);
  return created;
}
