// Importing members from a file: a streamed check of every row, then, when all rows are right, one
// transaction that writes them all (a second streamed pass), so nothing is ever half-imported.
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import { vietnamToday } from '../../../../shared/dates.ts';
import { foldForSearch, parsePersonName, vietnameseSortKey } from '../../../../shared/text/index.ts';
import type { ActorCtx } from '../../../context.ts';
import { employments, memberships, people } from '../../../db/schema/index.ts';
import { withWrite, type Tx } from '../../../db/write.ts';
import { AppError, forbidden } from '../../../errors.ts';
import { MEMBER_KEEPERS } from '../../../policies/members.policy.ts';
import { inScope } from '../../../policies/scope.ts';
import { getUnitByCode } from '../../units/units.service.ts';
import { MEMBERSHIP_UNIT_KINDS } from '../member-units.ts';
import { fieldHeaders, mapHeaders, type ImportField } from './import-columns.ts';
import { readPerson, type ImportedPerson, type RowError } from './import-row.ts';
import { readRows, type RawRow } from './read-rows.ts';

export const MAX_ROWS = 2_000_000;
const BATCH = 1000;

export type ImportOptions = {
  file: string;
  unitCode: string;
  dryRun: boolean;
  onDuplicate: 'update' | 'skip';
  onProgress?: (progress: { phase: 'check' | 'write'; rows: number; total: number | null }) => void;
};

export type ImportReport = {
  rows: number;
  columns: { header: string; field: ImportField | null }[];
  errors: RowError[];
  created: number;
  updated: number;
  skipped: number;
  committed: boolean;
};

type DataRow = { rowNumber: number; person: ImportedPerson };
type CheckedRow = {
  rowNumber: number;
  person: ImportedPerson | null;
  keys: { citizenId: string | null; cardNumber: string | null };
};

/** Rows after the header, as people; the header is the first row with a recognised name column. */
async function* dataRows(
  file: string,
  onHeader: (headers: string[]) => (ImportField | null)[],
  onRowErrors: (errors: RowError[]) => void,
): AsyncGenerator<CheckedRow> {
  let columns: (ImportField | null)[] | null = null;
  for await (const row of readRows(file) as AsyncGenerator<RawRow>) {
    if (row.cells.every((cell) => cell === null || String(cell).trim() === '')) continue;
    if (!columns) {
      columns = onHeader(row.cells.map((cell) => (cell === null ? '' : String(cell))));
      continue;
    }
    const { person, errors, keys } = readPerson(row.rowNumber, row.cells, columns);
    if (errors.length) onRowErrors(errors);
    yield { rowNumber: row.rowNumber, person, keys };
  }
}

async function importUnit(ctx: ActorCtx, code: string) {
  const unit = await getUnitByCode(ctx, code);
  if (!inScope(ctx.actor, unit, MEMBER_KEEPERS)) throw forbidden();
  if (unit.status !== 'active' || !MEMBERSHIP_UNIT_KINDS.includes(unit.kind)) {
    throw new AppError(
      400,
      'import.unit_not_allowed',
      `Chỉ nhập đoàn viên vào công đoàn cơ sở hoặc công đoàn bộ phận đang hoạt động, không vào ${unit.name}.`,
      'Import into an active grassroots union or section.',
    );
  }
  return unit;
}

/** Existing people the rows match: by citizen ID, else by full name and date of birth. */
async function findMatches(tx: Tx | ActorCtx['db'], batch: DataRow[]): Promise<Map<number, number>> {
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
async function cardConflicts(db: ActorCtx['db'], batch: DataRow[], matches: Map<number, number>): Promise<RowError[]> {
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
      message: `Số thẻ ${row.person.cardNumber} đã được cấp cho người khác.`,
      messageEn: 'Card number already in use.',
    }));
}

function personValues(person: ImportedPerson) {
  const name = parsePersonName(person.fullName);
  return {
    fullName: name.fullName,
    familyName: name.familyName,
    middleName: name.middleName,
    givenName: name.givenName,
    titles: name.titles,
    birthDate: person.birthDate,
    birthYear: person.birthYear,
    gender: person.gender,
    ethnicity: person.ethnicity,
    religion: person.religion,
    citizenId: person.citizenId,
    phone: person.phone,
    email: person.email,
    qualification: person.qualification,
    position: person.position,
    searchKey: foldForSearch(name.fullName),
    sortKey: vietnameseSortKey(name),
  };
}

async function writeBatch(
  tx: Tx,
  batch: DataRow[],
  unitId: number,
  onDuplicate: 'update' | 'skip',
  report: ImportReport,
): Promise<void> {
  const matches = await findMatches(tx, batch);
  const fresh = batch.filter((row) => !matches.has(row.rowNumber));
  const today = vietnamToday();
  if (fresh.length) {
    const inserted = await tx
      .insert(people)
      .values(fresh.map((row) => personValues(row.person)))
      .returning({ id: people.id });
    const joined = (row: DataRow) => row.person.joinedOn ?? today;
    await tx.insert(memberships).values(
      fresh.map((row, i) => ({
        personId: inserted[i]!.id,
        unitId,
        cardNumber: row.person.cardNumber,
        joinedOn: joined(row),
        validFrom: joined(row),
      })),
    );
    await tx
      .insert(employments)
      .values(fresh.map((row, i) => ({ personId: inserted[i]!.id, unitId, validFrom: joined(row) })));
    report.created += fresh.length;
  }
  for (const row of batch.filter((item) => matches.has(item.rowNumber))) {
    if (onDuplicate === 'skip') {
      report.skipped++;
      continue;
    }
    const values = Object.fromEntries(Object.entries(personValues(row.person)).filter(([, value]) => value !== null));
    await tx
      .update(people)
      .set({ ...values, updatedAt: sql`now()` })
      .where(eq(people.id, matches.get(row.rowNumber)!));
    if (row.person.cardNumber) {
      await tx
        .update(memberships)
        .set({ cardNumber: row.person.cardNumber })
        .where(and(eq(memberships.personId, matches.get(row.rowNumber)!), isNull(memberships.validTo)));
    }
    report.updated++;
  }
}

export async function importMembers(ctx: ActorCtx, options: ImportOptions): Promise<ImportReport> {
  const unit = await importUnit(ctx, options.unitCode);
  const report: ImportReport = {
    rows: 0,
    columns: [],
    errors: [],
    created: 0,
    updated: 0,
    skipped: 0,
    committed: false,
  };
  const onHeader = (headers: string[]) => {
    const mapped = mapHeaders(headers);
    report.columns = headers.map((header, i) => ({ header, field: mapped[i] ?? null }));
    if (!mapped.includes('fullName')) {
      throw new AppError(
        400,
        'import.no_name_column',
        'Không tìm thấy cột "Họ và tên" ở dòng tiêu đề.',
        'No "Họ và tên" column in the header row.',
        { columns: headers },
      );
    }
    return mapped;
  };
  const seenIds = new Map<string, number>();
  const seenCards = new Map<string, number>();
  let batch: DataRow[] = [];
  const checkBatch = async () => {
    report.errors.push(...(await cardConflicts(ctx.db, batch, await findMatches(ctx.db, batch))));
    batch = [];
  };
  // Pass 1: every row checked, every problem listed; nothing is written.
  for await (const row of dataRows(options.file, onHeader, (errors) => report.errors.push(...errors))) {
    report.rows++;
    if (report.rows > MAX_ROWS)
      throw new AppError(
        400,
        'import.too_many_rows',
        `Tệp có hơn ${MAX_ROWS.toLocaleString('vi-VN')} dòng.`,
        `More than ${MAX_ROWS} rows.`,
      );
    for (const [key, seen, column, label] of [
      [row.keys.citizenId, seenIds, fieldHeaders.citizenId, 'Số CCCD'],
      [row.keys.cardNumber, seenCards, fieldHeaders.cardNumber, 'Số thẻ'],
    ] as const) {
      if (!key) continue;
      if (seen.has(key))
        report.errors.push({
          row: row.rowNumber,
          column,
          message: `${label} ${key} trùng với dòng ${seen.get(key)}.`,
          messageEn: `Duplicate of row ${seen.get(key)}.`,
        });
      else seen.set(key, row.rowNumber);
    }
    if (row.person) batch.push({ rowNumber: row.rowNumber, person: row.person });
    if (batch.length === BATCH) await checkBatch();
    if (report.rows % BATCH === 0) options.onProgress?.({ phase: 'check', rows: report.rows, total: null });
  }
  if (batch.length) await checkBatch();
  report.errors.sort((a, b) => a.row - b.row);
  const total = report.rows;
  if (options.dryRun || report.errors.length > 0) return report;

  // Pass 2: the same rows again, all written in one transaction with one audit record.
  await withWrite(ctx, async (tx, audit) => {
    let done = 0;
    let chunk: DataRow[] = [];
    for await (const row of dataRows(options.file, mapHeaders, () => undefined)) {
      if (!row.person) continue;
      chunk.push({ rowNumber: row.rowNumber, person: row.person });
      if (chunk.length === BATCH) {
        await writeBatch(tx, chunk, unit.id, options.onDuplicate, report);
        done += chunk.length;
        chunk = [];
        options.onProgress?.({ phase: 'write', rows: done, total });
      }
    }
    if (chunk.length) await writeBatch(tx, chunk, unit.id, options.onDuplicate, report);
    audit({
      action: 'member.import',
      entity: 'unit',
      entityId: unit.id,
      unitId: unit.id,
      after: {
        rows: report.rows,
        created: report.created,
        updated: report.updated,
        skipped: report.skipped,
        onDuplicate: options.onDuplicate,
      },
    });
  });
  report.committed = true;
  return report;
}
