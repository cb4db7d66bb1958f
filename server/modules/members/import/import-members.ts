// Importing members from a file in one pass and one transaction (import-pass.ts): each row is read and
// checked in JS, staged with COPY and checked in SQL, and written set-based while no row has an error. The
// import commits with its audit record only when the whole file is clean; a dry run, or a file with any
// error, rolls everything back, so nothing is ever half-imported.
import { sql } from 'drizzle-orm';
import { vietnamToday } from '../../../../shared/dates.ts';
import type { ActorCtx } from '../../../context.ts';
import { withWrite } from '../../../db/write.ts';
import { AppError, forbidden } from '../../../errors.ts';
import { MEMBER_KEEPERS } from '../../../policies/members.policy.ts';
import { inScope } from '../../../policies/scope.ts';
import { getUnitByCode } from '../../units/units.service.ts';
import { MEMBERSHIP_UNIT_KINDS } from '../member-units.ts';
import { checkMapping, mapHeaders, noNameColumn, type ImportField } from './import-columns.ts';
import type { ImportReport } from './import-report.ts';
import { runImportPass } from './import-pass.ts';
import { openSheet } from './import-sheet.ts';
import type { ReadMeter } from './read-rows.ts';

export const MAX_ROWS = 2_000_000;

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
  /**
   * 'check': rows read so far; 'write': rows written so far, once the first slice is written. The total is
   * null: an import writes while it reads, before it knows how many rows the file has.
   */
  onProgress?: (progress: { phase: 'check' | 'write'; rows: number; total: number | null }) => void;
  /** Follows the check through the file's bytes. */
  meter?: ReadMeter | undefined;
  /** Stops the check, or rolls the import back. */
  signal?: AbortSignal | undefined;
};

export type { ImportReport } from './import-report.ts';

/** Thrown inside the transaction to roll it back when the run only checks (a dry run, or errors found). */
class CheckOnly extends Error {}

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

function tooManyRows(): AppError {
  return new AppError(
    400,
    'import.too_many_rows',
    `Tệp có hơn ${MAX_ROWS.toLocaleString('vi-VN')} dòng.`,
    `More than ${MAX_ROWS} rows.`,
  );
}

/** Data changed under the import (another import took a card number or an ID): nothing was written. */
function changedMeanwhile(): AppError {
  return new AppError(
    409,
    'import.changed_meanwhile',
    'Dữ liệu đoàn viên vừa được thay đổi trong lúc nhập (số thẻ hoặc số CCCD đã được dùng); không có dòng nào được ghi. Hãy kiểm tra lại tệp.',
    'Member data changed during the import (a card number or citizen ID was taken); nothing was written. Check the file again.',
  );
}

/** PostgreSQL's unique_violation, as node-postgres raises it or as Drizzle wraps it. */
function isUniqueViolation(error: unknown): boolean {
  const code = (value: unknown) => (value as { code?: unknown } | null)?.code;
  return code(error) === '23505' || code((error as { cause?: unknown } | null)?.cause) === '23505';
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
  const sheet = await openSheet(options.file, { headerRow: options.headerRow, meter: options.meter });
  try {
    if (!sheet.header) throw noNameColumn([]);
    const { headers } = sheet.header;
    if (options.mapping) checkMapping(headers, options.mapping);
    const columns = options.mapping ?? mapHeaders(headers);
    report.columns = headers.map((header, i) => ({ header, field: columns[i] ?? null }));
    if (!columns.includes('fullName')) throw noNameColumn(headers);
    const today = vietnamToday();

    await withWrite(ctx, async (tx, audit) => {
      // The name keys of everyone on record (import-checks.ts) are grouped in memory rather than on disk.
      await tx.execute(sql`SET LOCAL work_mem = '64MB'`);
      const update = options.onDuplicate === 'update';
      const { created } = await runImportPass(tx, {
        sheet,
        columns,
        report,
        today,
        maxRows: MAX_ROWS,
        tooManyRows,
        write: options.dryRun ? null : { unitId: unit.id, update },
        signal: options.signal,
        onProgress: options.onProgress,
      });
      report.errors.sort((a, b) => a.row - b.row);
      if (options.dryRun || report.errors.length > 0) throw new CheckOnly();
      options.signal?.throwIfAborted();
      report.created = created;
      report.updated = update ? report.matched : 0;
      report.skipped = update ? 0 : report.matched;
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
  } catch (error) {
    if (error instanceof CheckOnly) return report;
    if (isUniqueViolation(error)) throw changedMeanwhile();
    throw error;
  } finally {
    await sheet.close();
  }
}
