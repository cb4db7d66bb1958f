// The rows of one import run, in a temporary table of the import's transaction, loaded slice by slice with
// COPY: the checks that need the database or the whole file (people on record, card numbers held,
// duplicates) and the writes run there, set-based, instead of row by row from the application.
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { sql } from 'drizzle-orm';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { Tx } from '../../../db/write.ts';
import type { ImportedPerson } from './import-row.ts';

/** Dropped with the transaction, committed or rolled back; no other session sees it. */
const CREATE = sql.raw(`CREATE TEMP TABLE import_rows (
  ord integer NOT NULL,
  row_no integer NOT NULL,
  citizen_id text,
  card_number text,
  full_name text,
  family_name text,
  middle_name text,
  given_name text,
  titles text[],
  birth_date date,
  birth_year smallint,
  gender text,
  ethnicity text,
  religion text,
  phone text,
  email text,
  qualification text,
  position text,
  search_key text,
  sort_key text,
  joined_on date
) ON COMMIT DROP`);

const COLUMNS =
  'ord, row_no, citizen_id, card_number, full_name, family_name, middle_name, given_name, titles, birth_date, ' +
  'birth_year, gender, ethnicity, religion, phone, email, qualification, position, search_key, sort_key, joined_on';

const SPECIAL = /[\\\t\n\r]/;

/** A value in COPY's text format: \N for null; backslash, tab and line breaks escaped. */
function field(value: string | number | null): string {
  if (value === null) return '\\N';
  if (typeof value === 'number') return String(value);
  return SPECIAL.test(value)
    ? value.replace(/[\\\t\n\r]/g, (c) => ({ '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' })[c]!)
    : value;
}

/** A text[] literal: {"GS","TS"}. */
function arrayLiteral(values: string[]): string {
  if (values.length === 0) return '{}';
  return `{${values.map((value) => `"${value.replace(/["\\]/g, (c) => `\\${c}`)}"`).join(',')}}`;
}

/** The staging line of a valid row. */
export function stagingLine(ord: number, rowNumber: number, person: ImportedPerson, today: string): string {
  const head = `${ord}\t${rowNumber}\t${field(person.citizenId)}\t${field(person.cardNumber)}`;
  const { name } = person;
  // Written out rather than mapped over an array: this runs once per row of a million-row file.
  return (
    `${head}\t${field(name.fullName)}\t${field(name.familyName)}\t${field(name.middleName)}` +
    `\t${field(name.givenName)}\t${field(arrayLiteral(name.titles))}\t${field(person.birthDate)}` +
    `\t${field(person.birthYear)}\t${field(person.gender)}\t${field(person.ethnicity)}\t${field(person.religion)}` +
    `\t${field(person.phone)}\t${field(person.email)}\t${field(person.qualification)}\t${field(person.position)}` +
    `\t${field(name.searchKey)}\t${field(name.sortKey)}\t${field(person.joinedOn ?? today)}\n`
  );
}

/** The node-postgres connection a Drizzle transaction runs on: COPY must use it to be part of the transaction. */
function connectionOf(tx: Tx): PoolClient {
  const client = (tx._.session as unknown as { client?: PoolClient }).client;
  if (!client || typeof client.query !== 'function') throw new Error('COPY needs a node-postgres transaction');
  return client;
}

/** Creates the staging table and the table of the rows that are people on record (row → person). */
export async function createStaging(tx: Tx): Promise<void> {
  await tx.execute(CREATE);
  // Slices are walked by ord (the row's place among the data rows).
  await tx.execute(sql.raw('CREATE INDEX ON import_rows (ord)'));
  await tx.execute(
    sql.raw('CREATE TEMP TABLE import_matches (ord integer PRIMARY KEY, person_id integer NOT NULL) ON COMMIT DROP'),
  );
}

/** COPYs one slice of staging lines into the staging table. */
export async function copySlice(tx: Tx, lines: Buffer): Promise<void> {
  await pipeline(Readable.from([lines]), connectionOf(tx).query(copyFrom(`COPY import_rows (${COLUMNS}) FROM STDIN`)));
}
