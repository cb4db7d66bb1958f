// Importing members from a file: a streamed check of every row, then, when all rows are right, one
// transaction that writes them all (a second streamed pass), so nothing is ever half-imported.
import { and, eq, isNull, sql } from 'drizzle-orm';
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
import { checkMapping, fieldHeaders, mapHeaders, noNameColumn, type ImportField } from './import-columns.ts';
import { cardConflicts, findMatches, type DataRow } from './import-matches.ts';
import type { ImportReport } from './import-report.ts';
import { readPerson, type ImportedPerson, type RowError } from './import-row.ts';
import { openSheet } from './import-sheet.ts';
import type { ReadMeter } from './read-rows.ts';

export const MAX_ROWS = 2_000_000;
const BATCH = 1000;

export type ImportOptions = {
  file: string;
  unitCode: string;
  dryRun: boolean;
  onDuplicate: 'update' | 'skip';
  /** One field (or null) per header, chosen by hand; by default the headers' wording decides. */
  mapping?: (ImportField | null)[] | undefined;
  /** The header row a preview found; by default the first row with a name column. */
  headerRow?: number | undefined;
  /** The file's name as uploaded, kept in the audit record. */
  fileName?: string | undefined;
  onProgress?: (progress: { phase: 'check' | 'write'; rows: number; total: number | null }) => void;
  /** Follows the check through the file's bytes. */
  meter?: ReadMeter | undefined;
  /** Stops the check, or rolls the import back. */
  signal?: AbortSignal | undefined;
};

export type { ImportReport } from './import-report.ts';
type CheckedRow = {
  rowNumber: number;
  person: ImportedPerson | null;
  keys: { citizenId: string | null; cardNumber: string | null };
};

type Columns = { headerRow: number; columns: (ImportField | null)[] };

/** The rows after the header, as people, read by the chosen columns. */
async function* dataRows(
  file: string,
  choose: (header: { rowNumber: number; headers: string[] }) => Columns,
  onRowErrors: (errors: RowError[]) => void,
  options: { headerRow?: number | undefined; meter?: ReadMeter | undefined; signal?: AbortSignal | undefined },
): AsyncGenerator<CheckedRow> {
  const sheet = await openSheet(file, { headerRow: options.headerRow, meter: options.meter });
  try {
    if (!sheet.header) throw noNameColumn([]);
    const { columns } = choose(sheet.header);
    for await (const row of sheet.rows) {
      options.signal?.throwIfAborted();
      const { person, errors, keys } = readPerson(row.rowNumber, row.cells, columns);
      if (errors.length) onRowErrors(errors);
      yield { rowNumber: row.rowNumber, person, keys };
    }
  } finally {
    await sheet.close();
  }
}

/** The unit rows are imported into: in scope (404), kept by the actor (403), an active grassroots union or section. */
export async function getImportUnit(ctx: ActorCtx, code: string) {
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
  const unit = await getImportUnit(ctx, options.unitCode);
  const report: ImportReport = {
    rows: 0,
    columns: [],
    errors: [],
    matched: 0,
    created: 0,
    updated: 0,
    skipped: 0,
    committed: false,
  };
  let chosen: Columns | null = null;
  const choose = ({ rowNumber, headers }: { rowNumber: number; headers: string[] }): Columns => {
    if (options.mapping) checkMapping(headers, options.mapping);
    const columns = options.mapping ?? mapHeaders(headers);
    report.columns = headers.map((header, i) => ({ header, field: columns[i] ?? null }));
    if (!columns.includes('fullName')) throw noNameColumn(headers);
    chosen = { headerRow: rowNumber, columns };
    return chosen;
  };
  const seenIds = new Map<string, number>();
  const seenCards = new Map<string, number>();
  let batch: DataRow[] = [];
  const checkBatch = async () => {
    const matches = await findMatches(ctx.db, batch);
    report.matched += matches.size;
    report.errors.push(...(await cardConflicts(ctx.db, batch, matches)));
    batch = [];
  };
  // Pass 1: every row checked, every problem listed; nothing is written.
  const reading = { headerRow: options.headerRow, meter: options.meter, signal: options.signal };
  for await (const row of dataRows(options.file, choose, (errors) => report.errors.push(...errors), reading)) {
    report.rows++;
    if (report.rows > MAX_ROWS)
      throw new AppError(
        400,
        'import.too_many_rows',
        `Tệp có hơn ${MAX_ROWS.toLocaleString('vi-VN')} dòng.`,
        `More than ${MAX_ROWS} rows.`,
      );
    for (const [key, seen, field, label] of [
      [row.keys.citizenId, seenIds, 'citizenId', 'Số CCCD'],
      [row.keys.cardNumber, seenCards, 'cardNumber', 'Số thẻ'],
    ] as const) {
      if (!key) continue;
      if (seen.has(key))
        report.errors.push({
          row: row.rowNumber,
          column: fieldHeaders[field],
          field,
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

  // Pass 2: the same rows again, by the same header and columns, all written in one transaction with one audit record.
  const same = chosen as Columns | null;
  if (!same) throw noNameColumn([]);
  await withWrite(ctx, async (tx, audit) => {
    let done = 0;
    let chunk: DataRow[] = [];
    const again = { headerRow: same.headerRow, signal: options.signal };
    for await (const row of dataRows(
      options.file,
      () => same,
      () => undefined,
      again,
    )) {
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
    options.signal?.throwIfAborted();
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
        ...(options.fileName ? { fileName: options.fileName } : {}),
      },
    });
  });
  report.committed = true;
  return report;
}
