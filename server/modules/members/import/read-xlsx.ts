// The rows of an .xlsx file's first sheet, through our own streaming reader (server/documents/xlsx), with
// text cells typed in a legacy font (.VnTime, VNI) converted to Unicode as CSV lines are.
import fs from 'node:fs';
import { toUnicode } from '../../../../shared/text/index.ts';
import { readXlsxRows, XlsxReadError, type XlsxCell } from '../../../documents/xlsx/xlsx-reader.ts';
import { AppError } from '../../../errors.ts';
import { detach, memoize } from './import-text.ts';
import { badFile, MAX_COLUMNS, tooManyColumns, type RawCell, type RawRow, type ReadMeter } from './read-rows.ts';

const NOT_ASCII = /[\u0080-\uffff]/;
/**
 * Letters only Unicode has (ă đ ĩ ũ ơ ư, ạ…ỹ) or a combining tone mark: a legacy font read as Windows-1252
 * never makes them, so toUnicode would only normalise such a cell (the first test of detectLegacyEncoding).
 */
const UNICODE_LETTERS = /[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]/;
const TONE_MARKS = /[\u0300-\u0303\u0309\u0323]/;
/** Other cells repeat (Công giáo, Hà): the legacy-font detection, costly on short words, runs once per value. */
const unicodeOf = memoize((cell: string) => detach(toUnicode(cell)), 50_000);

function textValue(value: string): string {
  if (!NOT_ASCII.test(value)) return value;
  return UNICODE_LETTERS.test(value) || TONE_MARKS.test(value) ? value.normalize('NFC') : unicodeOf(value);
}

function cellValue(value: XlsxCell | undefined): RawCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return textValue(value);
  if (typeof value === 'boolean') return String(value);
  return value;
}

function readError(error: XlsxReadError): AppError {
  if (error.reason === 'bomb')
    return badFile(
      'Tệp .xlsx khi giải nén lớn bất thường (có thể là tệp độc hại); không đọc tệp này.',
      'The .xlsx would unpack to an abnormal size (a zip bomb); it is not read.',
    );
  if (error.reason === 'too_large')
    return badFile(
      'Tệp .xlsx có quá nhiều chữ khác nhau để đọc một lần; hãy chia danh sách thành nhiều tệp.',
      'The .xlsx holds too much distinct text to read at once; split the list into several files.',
    );
  return badFile('Tệp .xlsx bị hỏng hoặc không phải tệp Excel.', `Not a readable .xlsx file: ${error.message}`);
}

export async function* xlsxRows(file: string, meter?: ReadMeter): AsyncGenerator<RawRow> {
  let fraction = 0;
  meter?.attach(() => fraction);
  const size = fs.statSync(file).size;
  try {
    for await (const row of readXlsxRows(file, { onProgress: (value) => (fraction = value) })) {
      // Cells only formatted, not filled, do not count: the sheet's own widest filled column does.
      if (row.cells.length > MAX_COLUMNS) throw tooManyColumns(row.cells.length);
      const cells: RawCell[] = new Array<RawCell>(row.cells.length);
      for (let i = 0; i < row.cells.length; i++) cells[i] = cellValue(row.cells[i]);
      yield { rowNumber: row.rowNumber, cells };
    }
  } catch (error) {
    if (error instanceof XlsxReadError) throw readError(error);
    if (error instanceof AppError) throw error;
    throw badFile('Tệp .xlsx bị hỏng hoặc không phải tệp Excel.', `Not a readable .xlsx file (${size} bytes).`);
  }
}
