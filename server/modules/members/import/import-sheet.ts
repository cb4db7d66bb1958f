// The header row of an import file and the rows after it. Union spreadsheets often open with a title
// ("DANH SÁCH ĐOÀN VIÊN…") above the headers, so the header is the first row with a "Họ và tên" column.
import { cleanText } from '../../../../shared/text/index.ts';
import { mapHeaders } from './import-columns.ts';
import { readRows, type RawCell, type RawRow, type ReadMeter } from './read-rows.ts';

/** Non-empty rows searched for a name column; when none has one, the first non-empty row is the header. */
const HEADER_SEARCH_ROWS = 20;

export type SheetHeader = { rowNumber: number; headers: string[] };
/** `close` releases the file (and any sheet ExcelJS unpacked) however far `rows` was read; call it always. */
export type Sheet = { header: SheetHeader | null; rows: AsyncGenerator<RawRow>; close: () => Promise<void> };

/** A cell as the text an officer sees in it: dates as dd/mm/yyyy. */
export function cellText(cell: RawCell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return cell.toISOString().slice(0, 10).split('-').reverse().join('/');
  return cleanText(String(cell));
}

/** Anything but white space and the invisible characters cleanText drops: the row has data. */
const VISIBLE = /[^\s\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/;

const isBlank = (row: RawRow) =>
  row.cells.every((cell) => cell === null || cell === undefined || (typeof cell === 'string' && !VISIBLE.test(cell)));

function toHeader(row: RawRow): SheetHeader {
  const headers = row.cells.map(cellText);
  while (headers.length && headers[headers.length - 1] === '') headers.pop();
  return { rowNumber: row.rowNumber, headers };
}

/**
 * Reads ahead to the header row (exactly `headerRow` when given, as found earlier by a preview) and hands
 * back the non-empty rows after it; rows above the header are skipped.
 */
export async function openSheet(file: string, options: { headerRow?: number; meter?: ReadMeter } = {}): Promise<Sheet> {
  const source = readRows(file, options.meter);
  let header: SheetHeader | null = null;
  let ahead: RawRow[] = [];
  try {
    const buffered: RawRow[] = [];
    while (!header) {
      const next = await source.next();
      if (next.done) break;
      const row = next.value;
      if (isBlank(row) || (options.headerRow !== undefined && row.rowNumber < options.headerRow)) continue;
      if (options.headerRow !== undefined || mapHeaders(toHeader(row).headers).includes('fullName')) {
        header = toHeader(row);
      } else {
        buffered.push(row);
        if (buffered.length === HEADER_SEARCH_ROWS) break;
      }
    }
    if (!header && buffered.length) {
      header = toHeader(buffered[0]!);
      ahead = buffered.slice(1);
    }
  } catch (error) {
    await source.return(undefined);
    throw error;
  }
  async function* rows(): AsyncGenerator<RawRow> {
    try {
      yield* ahead;
      for await (const row of source) if (!isBlank(row)) yield row;
    } finally {
      await source.return(undefined);
    }
  }
  return { header, rows: rows(), close: async () => void (await source.return(undefined)) };
}
