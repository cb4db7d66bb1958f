// Reading an import file row by row, never whole: CSV (UTF-8 with or without BOM, or legacy bytes) or .xlsx.
import fs from 'node:fs';
import readline from 'node:readline';
import ExcelJS from 'exceljs';
import { decodeTextBytes } from '../../../../shared/text/index.ts';
import { AppError } from '../../../errors.ts';

export type RawCell = string | number | Date | null;
export type RawRow = { rowNumber: number; cells: RawCell[] };

export const MAX_COLUMNS = 200;

function badFile(vi: string, en: string): AppError {
  return new AppError(400, 'import.bad_file', vi, en);
}

/** Splits one CSV line (RFC 4180 quotes; a quoted field spanning lines is joined by the caller). */
function splitCsv(line: string, delimiter: string): { cells: string[]; open: boolean } {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const char = line[i]!;
    if (quoted) {
      if (char === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"' && cell === '') quoted = true;
    else if (char === delimiter) {
      cells.push(cell);
      cell = '';
    } else cell += char;
  }
  cells.push(cell);
  return { cells, open: quoted };
}

async function* csvRows(file: string): AsyncGenerator<RawRow> {
  // Lines are read as latin1 (byte-preserving) and decoded per line: UTF-8 when valid, else the legacy bytes.
  const lines = readline.createInterface({
    input: fs.createReadStream(file, { encoding: 'latin1' }),
    crlfDelay: Infinity,
  });
  let rowNumber = 0;
  let pending = '';
  let delimiter = ',';
  for await (const raw of lines) {
    const bytes = Uint8Array.from(raw, (char) => char.charCodeAt(0));
    let line = decodeTextBytes(bytes);
    if (rowNumber === 0 && pending === '') {
      line = line.replace(/^\uFEFF/, '');
      // Excel saves CSV with ';' in locales that write decimals with a comma, as Vietnamese does.
      const counts = [',', ';', '\t'].map((candidate) => [candidate, line.split(candidate).length] as const);
      delimiter = counts.reduce((best, next) => (next[1] > best[1] ? next : best))[0];
    }
    line = pending ? `${pending}\n${line}` : line;
    const { cells, open } = splitCsv(line, delimiter);
    if (open) {
      pending = line;
      continue;
    }
    pending = '';
    rowNumber++;
    if (cells.length > MAX_COLUMNS)
      throw badFile(
        `Tệp có quá nhiều cột (${cells.length}); tối đa ${MAX_COLUMNS}.`,
        `Too many columns (${cells.length}).`,
      );
    yield { rowNumber, cells };
  }
}

function cellValue(value: ExcelJS.CellValue): RawCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || value instanceof Date) return value;
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'object' && 'richText' in value) return value.richText.map((part) => part.text).join('');
  if (typeof value === 'object' && 'text' in value) return String(value.text);
  if (typeof value === 'object' && 'result' in value) return cellValue(value.result as ExcelJS.CellValue);
  return String(value);
}

async function* xlsxRows(file: string): AsyncGenerator<RawRow> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
  });
  try {
    for await (const worksheet of reader) {
      for await (const row of worksheet) {
        const values = (row.values as ExcelJS.CellValue[]).slice(1);
        if (values.length > MAX_COLUMNS)
          throw badFile(`Tệp có quá nhiều cột (${values.length}); tối đa ${MAX_COLUMNS}.`, 'Too many columns.');
        yield { rowNumber: row.number, cells: values.map(cellValue) };
      }
      return; // the first sheet only
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw badFile(
      'Tệp .xlsx bị hỏng hoặc không phải tệp Excel.',
      `Not a readable .xlsx file: ${(error as Error).message}`,
    );
  }
}

/** The file's rows; the format is told by its first bytes, not its name (a renamed PDF is refused). */
export function readRows(file: string): AsyncGenerator<RawRow> {
  const head = Buffer.alloc(8);
  const fd = fs.openSync(file, 'r');
  const read = fs.readSync(fd, head, 0, 8, 0);
  fs.closeSync(fd);
  if (read >= 4 && head.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) return xlsxRows(file);
  if (head.subarray(0, 5).toString('latin1') === '%PDF-' || head.includes(0)) {
    throw badFile('Tệp không phải Excel (.xlsx) hay CSV.', 'The file is neither .xlsx nor CSV.');
  }
  return csvRows(file);
}
