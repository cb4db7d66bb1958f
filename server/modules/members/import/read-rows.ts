// Reading an import file row by row, never whole: CSV (UTF-8 with or without BOM, or legacy bytes) or .xlsx.
import fs from 'node:fs';
import readline from 'node:readline';
import ExcelJS from 'exceljs';
import { decodeTextBytes, toUnicode } from '../../../../shared/text/index.ts';
import { AppError } from '../../../errors.ts';
import { readZipDirectory, ZipDirectoryError, type ZipEntry } from './zip-directory.ts';

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

function tooManyColumns(count: number): AppError {
  return badFile(`Tệp có quá nhiều cột (${count}); tối đa ${MAX_COLUMNS}.`, `Too many columns (${count}).`);
}

async function* csvRows(file: string, meter?: ReadMeter): AsyncGenerator<RawRow> {
  // Lines are read as latin1 (byte-preserving) and decoded per line: UTF-8 when valid, else the legacy bytes.
  const input = fs.createReadStream(file, { encoding: 'latin1' });
  const size = Math.max(1, fs.statSync(file).size);
  meter?.attach(() => input.bytesRead / size);
  const lines = readline.createInterface({ input, crlfDelay: Infinity });
  let rowNumber = 0;
  let pending = '';
  let delimiter = ',';
  try {
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
      if (cells.length > MAX_COLUMNS) throw tooManyColumns(cells.length);
      yield { rowNumber, cells };
    }
  } finally {
    // A reader stopped early (the preview reads a few rows) must not keep the file open.
    lines.close();
    input.destroy();
  }
}

function cellValue(value: ExcelJS.CellValue): RawCell {
  if (value === null || value === undefined) return null;
  // Cells typed in a .VnTime (TCVN3) or VNI font hold legacy bytes as Latin letters: converted here, as CSV lines are.
  if (typeof value === 'string') return toUnicode(value);
  if (typeof value === 'number' || value instanceof Date) return value;
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'object' && 'richText' in value)
    return toUnicode(value.richText.map((part) => part.text).join(''));
  if (typeof value === 'object' && 'text' in value) return toUnicode(String(value.text));
  if (typeof value === 'object' && 'result' in value) return cellValue(value.result as ExcelJS.CellValue);
  return String(value);
}

function unreadableXlsx(error: unknown): AppError {
  return badFile(
    'Tệp .xlsx bị hỏng hoặc không phải tệp Excel.',
    `Not a readable .xlsx file: ${(error as Error).message}`,
  );
}

/** The zip's directory, checked before anything is unpacked. */
function xlsxDirectory(file: string): ZipEntry[] {
  try {
    return readZipDirectory(file);
  } catch (error) {
    if (error instanceof ZipDirectoryError && error.reason === 'bomb') {
      throw badFile(
        'Tệp .xlsx khi giải nén lớn bất thường (có thể là tệp độc hại); không đọc tệp này.',
        'The .xlsx would unpack to an abnormal size (a zip bomb); it is not read.',
      );
    }
    throw unreadableXlsx(error);
  }
}

type SheetParser = (iterator: AsyncIterable<Buffer>, sheetNo: string) => Generator<unknown>;

async function* xlsxRows(file: string, meter?: ReadMeter): AsyncGenerator<RawRow> {
  const entries = xlsxDirectory(file);
  const sheetSize = entries.find((entry) => /^xl\/worksheets\/sheet\d+\.xml$/.test(entry.name))?.size ?? 0;
  const input = fs.createReadStream(file);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
  });
  // ExcelJS unpacks a sheet that comes before its shared strings to a temporary file and parses it after the
  // whole zip is read, so the bytes of the zip alone would fill the bar long before the rows are read: the
  // sheet's XML is counted as the parser takes it (a private method of the pinned exceljs 4.4.0).
  // The same hook finds that temporary file: ExcelJS removes it only when the sheet is read to its end, and a
  // reader stopped early (the preview, a refused file) must not leave it behind.
  let sheetBytes = 0;
  const unpacked: fs.ReadStream[] = [];
  const internals = reader as unknown as { _parseWorksheet: SheetParser };
  const parseWorksheet = internals._parseWorksheet.bind(reader);
  internals._parseWorksheet = (iterator, sheetNo) => {
    if (iterator instanceof fs.ReadStream) unpacked.push(iterator);
    return parseWorksheet(
      (async function* counted() {
        for await (const chunk of iterator) {
          sheetBytes += chunk.length;
          yield chunk;
        }
      })(),
      sheetNo,
    );
  };
  const size = Math.max(1, fs.statSync(file).size);
  meter?.attach(() =>
    sheetSize > 0 ? 0.1 * (input.bytesRead / size) + 0.9 * (sheetBytes / sheetSize) : input.bytesRead / size,
  );
  try {
    for await (const worksheet of reader) {
      for await (const row of worksheet) {
        const values = (row.values as ExcelJS.CellValue[]).slice(1);
        if (values.length > MAX_COLUMNS) throw tooManyColumns(values.length);
        yield { rowNumber: row.number, cells: values.map(cellValue) };
      }
      return; // the first sheet only
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw unreadableXlsx(error);
  } finally {
    input.destroy();
    for (const stream of unpacked) {
      stream.destroy();
      fs.rmSync(String(stream.path), { force: true });
    }
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
