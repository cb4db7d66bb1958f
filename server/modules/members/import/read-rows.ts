// Reading an import file row by row, never whole: CSV (UTF-8 with or without BOM, or legacy bytes) or .xlsx.
import fs from 'node:fs';
import { AppError } from '../../../errors.ts';
import { csvRows } from './read-csv.ts';
import { xlsxRows } from './read-xlsx.ts';

export type RawCell = string | number | Date | null;
export type RawRow = { rowNumber: number; cells: RawCell[] };

export const MAX_COLUMNS = 200;

export function badFile(vi: string, en: string): AppError {
  return new AppError(400, 'import.bad_file', vi, en);
}

export function tooManyColumns(count: number): AppError {
  return badFile(`Tệp có quá nhiều cột (${count}); tối đa ${MAX_COLUMNS}.`, `Too many columns (${count}).`);
}

/** How far a reader has got through its file (0–1), so a progress bar moves before the row count is known. */
export class ReadMeter {
  #source: () => number = () => 0;
  attach(source: () => number): void {
    this.#source = source;
  }
  get fraction(): number {
    return Math.max(0, Math.min(1, this.#source()));
  }
}

/** The file's rows; the format is told by its first bytes, not its name (a renamed PDF is refused). */
export function readRows(file: string, meter?: ReadMeter): AsyncGenerator<RawRow> {
  const head = Buffer.alloc(8);
  const fd = fs.openSync(file, 'r');
  const read = fs.readSync(fd, head, 0, 8, 0);
  fs.closeSync(fd);
  if (read >= 4 && head.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) return xlsxRows(file, meter);
  if (head.subarray(0, 5).toString('latin1') === '%PDF-' || head.includes(0)) {
    throw badFile('Tệp không phải Excel (.xlsx) hay CSV.', 'The file is neither .xlsx nor CSV.');
  }
  return csvRows(file, meter);
}
