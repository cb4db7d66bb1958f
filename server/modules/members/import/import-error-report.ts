// The row errors of a check as a spreadsheet an officer opens beside the file to fix it.
import type { Readable } from 'node:stream';
import { streamTable } from '../../../documents/table-export.ts';
import type { RowError } from './import-row.ts';

const ROWS_PER_BATCH = 5000;

/** Row, column and reason (Vietnamese, then English), in the order of the file. */
export function errorReport(errors: RowError[], onError: (error: unknown) => void = () => undefined): Readable {
  async function* batches() {
    for (let start = 0; start < errors.length; start += ROWS_PER_BATCH) {
      yield errors
        .slice(start, start + ROWS_PER_BATCH)
        .map((error) => [error.row, error.column, error.message, error.messageEn]);
    }
  }
  const columns = [
    { header: 'Dòng', width: 8, kind: 'number' as const },
    { header: 'Cột', width: 22 },
    { header: 'Lỗi', width: 70 },
    { header: 'Error', width: 50 },
  ];
  return streamTable('xlsx', 'Lỗi nhập dữ liệu', columns, batches(), onError);
}
