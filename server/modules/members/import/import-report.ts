// What an import found and did, and how the API carries it.
import type { ImportReportDto } from '../../../../shared/contracts/member-import.ts';
import type { ImportField } from './import-columns.ts';
import type { RowError } from './import-row.ts';

/** At most this many row errors travel in a response; the count says how many there were (errors.xlsx has all). */
const ERRORS_IN_RESPONSE = 1000;

export type ImportReport = {
  rows: number;
  columns: { header: string; field: ImportField | null }[];
  errors: RowError[];
  /** Rows whose person is already on record, found by the check. */
  matched: number;
  created: number;
  updated: number;
  skipped: number;
  committed: boolean;
};

/** The report as the API carries it. */
export function reportDto(report: ImportReport): ImportReportDto {
  return { ...report, errorCount: report.errors.length, errors: report.errors.slice(0, ERRORS_IN_RESPONSE) };
}
