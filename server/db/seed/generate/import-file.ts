// A member list as union officers send it, for the import benchmarks and tests: N rows under the import's
// Vietnamese headers, names in NFC and NFD, some typed in a TCVN3 font (mojibake once saved as Unicode),
// titles before some doctors' names, dates as text in CSV and as dates in .xlsx. Every row is valid.
import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { vietnamToday } from '../../../../shared/dates.ts';
import { genderLabels, qualificationLabels } from '../../../../shared/members-enums.ts';
import { encodeTcvn3AsCp1252, formatTitles } from '../../../../shared/text/index.ts';
import { fieldHeaders, type ImportField } from '../../../modules/members/import/import-columns.ts';
import { cardNumberAllocator, citizenIdAllocator } from './citizen-ids.ts';
import { DAYS_PER_YEAR, isoDay } from './days.ts';
import { drawPerson, referenceDay } from './draw-person.ts';
import { PROVINCES } from './provinces.ts';
import { seededRandom } from './random.ts';

const COLUMNS: ImportField[] = [
  'fullName',
  'birthDate',
  'birthYear',
  'gender',
  'ethnicity',
  'religion',
  'citizenId',
  'phone',
  'email',
  'qualification',
  'position',
  'joinedOn',
  'cardNumber',
];

export type ImportFileOptions = {
  file: string;
  format: 'csv' | 'xlsx';
  rows: number;
  seed?: number;
  /** Share of rows whose text is NFD (decomposed), as some Mac and web tools write it. */
  nfdShare?: number;
  /** Share of rows typed in a TCVN3 font. */
  tcvn3Share?: number;
  /** In those rows, every text cell (as a row typed in .VnTime is) or only the name (pasted from an old file). */
  tcvn3Cells?: 'row' | 'name';
};

type Cell = string | number | Date | null;

/** The rows, one array of cells per person; a generator so a million rows never sit in memory. */
export function* importRows(options: Omit<ImportFileOptions, 'file'>): Generator<Cell[]> {
  const random = seededRandom(options.seed ?? 2026);
  const reference = referenceDay(vietnamToday());
  const allocateCitizenId = citizenIdAllocator(options.seed ?? 2026, new Set());
  const allocateCard = cardNumberAllocator(new Set());
  const asDate = options.format === 'xlsx';
  const dayCell = (day: number): Cell => {
    const iso = isoDay(day);
    return asDate ? new Date(`${iso}T00:00:00Z`) : `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
  };
  for (let i = 0; i < options.rows; i++) {
    const province = PROVINCES[Math.floor(random.next() ** 2 * PROVINCES.length)]!;
    const person = drawPerson(random, { reference, provinceCode: province.idCode, allocateCitizenId });
    const joined = Math.min(reference - 1, person.birthDay + Math.round((23 + 10 * random.next()) * DAYS_PER_YEAR));
    const name =
      person.titles.length && random.chance(0.5)
        ? `${formatTitles(person.titles)} ${person.fullName}`
        : person.fullName;
    const nfd = random.chance(options.nfdShare ?? 0.2);
    // A row typed in a .VnTime font has all its text in TCVN3, not only the name.
    const tcvn3 = random.chance(options.tcvn3Share ?? 0.02);
    const text = (value: string | null, isName = false) =>
      value === null
        ? null
        : tcvn3 && (isName || options.tcvn3Cells !== 'name')
          ? encodeTcvn3AsCp1252(value)
          : nfd
            ? value.normalize('NFD')
            : value;
    // Drawn whatever the format, so CSV and .xlsx files of one seed hold the same people.
    const idAsNumber = random.chance(0.1) && asDate && person.citizenId;
    const cells: Record<ImportField, Cell> = {
      fullName: text(name, true),
      birthDate: person.birthDate ? dayCell(person.birthDay) : null,
      birthYear: person.birthDate ? null : person.birthYear,
      gender: text(genderLabels[person.gender].vi),
      ethnicity: text(person.ethnicity),
      religion: text(person.religion),
      // Excel turns a typed ID into a number and drops the leading zero; the import puts it back.
      citizenId: idAsNumber ? Number(person.citizenId) : person.citizenId,
      phone: person.phone,
      email: person.email,
      qualification: text(qualificationLabels[person.qualification].vi),
      position: text(person.position),
      joinedOn: dayCell(joined),
      cardNumber: random.chance(0.97) ? allocateCard(province.idCode) : null,
    };
    yield COLUMNS.map((column) => cells[column]);
  }
}

function csvCell(value: Cell): string {
  if (value === null) return '';
  const text = value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Writes the file, streaming; resolves when it is complete on disk. */
export async function writeImportFile(options: ImportFileOptions): Promise<void> {
  const headers = COLUMNS.map((column) => fieldHeaders[column]);
  if (options.format === 'csv') {
    const out = fs.createWriteStream(options.file);
    const write = (text: string) =>
      out.write(text) ? Promise.resolve() : new Promise<void>((resolve) => out.once('drain', () => resolve()));
    // Excel's "CSV UTF-8" starts with a byte-order mark.
    let buffer = `\uFEFF${headers.join(',')}\r\n`;
    for (const row of importRows(options)) {
      buffer += `${row.map(csvCell).join(',')}\r\n`;
      if (buffer.length > 256 * 1024) {
        await write(buffer);
        buffer = '';
      }
    }
    await write(buffer);
    await new Promise<void>((resolve, reject) =>
      out.end((error?: Error | null) => (error ? reject(error) : resolve())),
    );
    return;
  }
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: options.file,
    useStyles: true,
    useSharedStrings: false,
  });
  const sheet = workbook.addWorksheet('Danh sách đoàn viên');
  sheet.addRow(headers).commit();
  for (const row of importRows(options)) sheet.addRow(row).commit();
  sheet.commit();
  await workbook.commit();
}
