// The .xlsx of a unit's grid: the template (the unit's people, prefilled, with lists to pick from) and
// reading it back into rows, every bad cell reported by row and column in Vietnamese.
import ExcelJS from 'exceljs';
import {
  disciplineLevelLabels,
  MAX_DAYS_ABSENT,
  ratingLabels,
  ratingsBestFirst,
  type PerformanceRatingValues,
} from '../../../shared/contracts/performance-ratings.ts';
import { disciplineLevels, type DisciplineLevel, type Rating } from '../../../shared/contracts/emulation.ts';
import { formatDateVi } from '../../../shared/dates.ts';
import { formatViNumber } from '../../../shared/format-number.ts';
import { foldForSearch } from '../../../shared/text/index.ts';
import { badRequest, type ErrorDetail } from '../../errors.ts';
import type { PerformanceRatingEntry } from './performance-ratings.service.ts';
import type { GridEntry } from './performance-rating-grid.ts';

/** The columns in the template's order; the reader finds them by header, so a user may reorder them. */
const COLUMNS = [
  { key: 'personId', header: 'Mã người', width: 11 },
  { key: 'fullName', header: 'Họ và tên', width: 28 },
  { key: 'cardNumber', header: 'Số thẻ đoàn viên', width: 16 },
  { key: 'unit', header: 'Đơn vị', width: 30 },
  { key: 'rating', header: 'Xếp loại', width: 30 },
  { key: 'daysAbsent', header: 'Số ngày nghỉ', width: 13 },
  { key: 'disciplineLevel', header: 'Hình thức kỷ luật', width: 18 },
  { key: 'disciplineDecisionNo', header: 'Số quyết định kỷ luật', width: 20 },
  { key: 'disciplineDecisionDate', header: 'Ngày quyết định kỷ luật', width: 20 },
  { key: 'note', header: 'Ghi chú', width: 30 },
] as const;
type ColumnKey = (typeof COLUMNS)[number]['key'];
const SHEET = 'Đánh giá xếp loại';

const letter = (index: number) => String.fromCharCode(65 + index);

export async function performanceRatingTemplate(unitName: string, year: number, rows: GridEntry[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(SHEET, { views: [{ state: 'frozen', ySplit: 1, xSplit: 2 }] });
  sheet.columns = COLUMNS.map((column) => ({ header: column.header, key: column.key, width: column.width }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) {
    sheet.addRow({
      personId: row.person.id,
      fullName: row.person.fullName,
      cardNumber: row.person.cardNumber ?? '',
      unit: row.unit.name,
      rating: row.rating ? ratingLabels[row.rating].vi : '',
      daysAbsent: row.daysAbsent ?? '',
      disciplineLevel: row.disciplineLevel ? disciplineLevelLabels[row.disciplineLevel].vi : '',
      disciplineDecisionNo: row.disciplineDecisionNo ?? '',
      disciplineDecisionDate: row.disciplineDecisionDate ? formatDateVi(row.disciplineDecisionDate) : '',
      note: row.note ?? '',
    });
  }
  const ratingList = `"${ratingsBestFirst.map((rating) => ratingLabels[rating].vi).join(',')}"`;
  const disciplineList = `"${disciplineLevels.map((level) => disciplineLevelLabels[level].vi).join(',')}"`;
  for (let index = 2; index <= Math.max(rows.length + 1, 2); index++) {
    sheet.getCell(`E${index}`).dataValidation = { type: 'list', allowBlank: true, formulae: [ratingList] };
    sheet.getCell(`G${index}`).dataValidation = { type: 'list', allowBlank: true, formulae: [disciplineList] };
  }
  const guide = workbook.addWorksheet('Hướng dẫn');
  guide.getColumn(1).width = 110;
  [
    `Đánh giá, xếp loại năm ${year} — ${unitName}`,
    'Không sửa cột “Mã người”: hệ thống nhận người theo mã này. Các cột Họ và tên, Số thẻ, Đơn vị chỉ để đối chiếu.',
    `Xếp loại: ${ratingsBestFirst.map((rating) => `${ratingLabels[rating].vi} (${ratingLabels[rating].short})`).join('; ')}.`,
    `Số ngày nghỉ: từ 0 đến ${MAX_DAYS_ABSENT}, có thể lẻ nửa ngày (ví dụ 2,5).`,
    `Hình thức kỷ luật: ${disciplineLevels.map((level) => disciplineLevelLabels[level].vi).join('; ')}; để trống nếu không bị kỷ luật.`,
    'Ngày quyết định ghi theo dạng ngày/tháng/năm, ví dụ 15/10/2025.',
    'Để trống cả dòng để xóa kết quả đã nhập. Tệp có lỗi sẽ không được nhập dòng nào.',
  ].forEach((line, index) => {
    guide.getCell(`A${index + 1}`).value = line;
    if (index === 0) guide.getCell('A1').font = { bold: true };
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('text' in value) return String(value.text);
  }
  return String(value).normalize('NFC').trim();
}

const byFolded = <T extends string>(labels: Record<T, { vi: string; short?: string }>) => {
  const map = new Map<string, T>();
  for (const [key, label] of Object.entries(labels) as [T, { vi: string; short?: string }][]) {
    map.set(foldForSearch(label.vi), key);
    if (label.short) map.set(foldForSearch(label.short), key);
  }
  return map;
};
const RATINGS = byFolded<Rating>(ratingLabels);
const DISCIPLINES = byFolded<DisciplineLevel>(disciplineLevelLabels);

function parseDate(value: ExcelJS.CellValue): string | null | undefined {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  const text = cellText(value);
  if (!text) return null;
  const match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text) ?? null;
  const iso = match ? `${match[3]}-${match[2]!.padStart(2, '0')}-${match[1]!.padStart(2, '0')}` : text;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return undefined;
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso ? undefined : iso;
}

function parseDays(value: ExcelJS.CellValue): number | null | undefined {
  if (typeof value === 'number') return value;
  const text = cellText(value).replace(/\s/g, '');
  if (!text) return null;
  if (!/^\d+([.,]\d+)?$/.test(text)) return undefined;
  return Number(text.replace(',', '.'));
}

/** Reads the sheet into rows to save; 400 with every bad cell when any is wrong. */
export async function readPerformanceRatingSheet(data: Buffer): Promise<PerformanceRatingEntry[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data as unknown as ArrayBuffer);
  } catch {
    throw badRequest(
      'performance_ratings.unreadable',
      'Không đọc được tệp: hãy dùng tệp .xlsx theo mẫu.',
      'Not a readable .xlsx file.',
    );
  }
  const sheet = workbook.getWorksheet(SHEET) ?? workbook.worksheets[0];
  if (!sheet)
    throw badRequest('performance_ratings.no_sheet', 'Tệp không có trang tính nào.', 'The file has no sheet.');
  const positions = new Map<ColumnKey, number>();
  sheet.getRow(1).eachCell((cell, column) => {
    const found = COLUMNS.find((candidate) => foldForSearch(candidate.header) === foldForSearch(cellText(cell.value)));
    if (found) positions.set(found.key, column);
  });
  if (!positions.has('personId')) {
    throw badRequest(
      'performance_ratings.missing_column',
      'Dòng 1 không có cột “Mã người”: hãy tải mẫu của đơn vị và điền vào mẫu đó.',
      'Row 1 has no "Mã người" column.',
      [{ row: 1, field: 'Mã người', message: 'Thiếu cột “Mã người”.', messageEn: 'Missing column.' }],
    );
  }
  const header = (key: ColumnKey) => COLUMNS.find((column) => column.key === key)!.header;
  const place = (key: ColumnKey) => letter((positions.get(key) ?? 1) - 1);
  const entries: PerformanceRatingEntry[] = [];
  const problems: ErrorDetail[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber === 1) return;
    const value = (key: ColumnKey) => (positions.has(key) ? row.getCell(positions.get(key)!).value : null);
    const label = (key: ColumnKey) => `Dòng ${rowNumber}, cột ${place(key)} (${header(key)})`;
    const fail = (key: ColumnKey, vi: string, en: string) =>
      problems.push({ row: rowNumber, field: place(key), message: `${label(key)}: ${vi}`, messageEn: en });
    const idText = cellText(value('personId'));
    if (!idText && COLUMNS.every((column) => !cellText(value(column.key)))) return;
    if (!/^\d+$/.test(idText)) {
      fail('personId', `“${idText}” không phải mã người; không sửa cột này.`, 'Not a person id.');
      return;
    }
    const ratingText = cellText(value('rating'));
    const rating = ratingText ? RATINGS.get(foldForSearch(ratingText)) : null;
    if (rating === undefined) {
      fail(
        'rating',
        `“${ratingText}” không phải mức xếp loại. Chọn: ${ratingsBestFirst.map((r) => ratingLabels[r].vi).join(', ')}.`,
        'Unknown rating.',
      );
    }
    const daysAbsent = parseDays(value('daysAbsent'));
    if (
      daysAbsent === undefined ||
      (daysAbsent !== null && (daysAbsent > MAX_DAYS_ABSENT || (daysAbsent * 2) % 1 !== 0))
    ) {
      fail(
        'daysAbsent',
        `“${cellText(value('daysAbsent'))}” không hợp lệ: ghi số ngày từ 0 đến ${formatViNumber(MAX_DAYS_ABSENT)}, lẻ nửa ngày như 2,5.`,
        'Days absent: a number from 0 to 366, in half days.',
      );
    }
    const levelText = cellText(value('disciplineLevel'));
    const disciplineLevel = levelText ? DISCIPLINES.get(foldForSearch(levelText)) : null;
    if (disciplineLevel === undefined) {
      fail(
        'disciplineLevel',
        `“${levelText}” không phải hình thức kỷ luật. Chọn: ${disciplineLevels.map((l) => disciplineLevelLabels[l].vi).join(', ')}.`,
        'Unknown discipline level.',
      );
    }
    const decisionDate = parseDate(value('disciplineDecisionDate'));
    if (decisionDate === undefined) {
      fail(
        'disciplineDecisionDate',
        `“${cellText(value('disciplineDecisionDate'))}” không phải ngày: ghi dạng ngày/tháng/năm, ví dụ 15/10/2025.`,
        'Not a date (dd/mm/yyyy).',
      );
    }
    const values: PerformanceRatingValues = {
      rating: rating ?? null,
      daysAbsent: typeof daysAbsent === 'number' ? daysAbsent : null,
      disciplineLevel: disciplineLevel ?? null,
      disciplineDecisionNo: cellText(value('disciplineDecisionNo')).slice(0, 100) || null,
      disciplineDecisionDate: decisionDate ?? null,
      note: cellText(value('note')).slice(0, 500) || null,
    };
    const fieldColumn: Record<keyof PerformanceRatingValues | 'personId', ColumnKey> = {
      personId: 'personId',
      rating: 'rating',
      daysAbsent: 'daysAbsent',
      disciplineLevel: 'disciplineLevel',
      disciplineDecisionNo: 'disciplineDecisionNo',
      disciplineDecisionDate: 'disciplineDecisionDate',
      note: 'note',
    };
    entries.push({
      personId: Number(idText),
      values,
      locate: (field) => ({ row: rowNumber, field: place(fieldColumn[field]), label: label(fieldColumn[field]) }),
    });
  });
  if (problems.length) {
    throw badRequest(
      'performance_ratings.invalid_rows',
      `Tệp có ${problems.length} lỗi; chưa nhập dòng nào. ${problems[0]!.message}`,
      `${problems.length} problems in the file; nothing was imported.`,
      problems,
    );
  }
  if (entries.length === 0) {
    throw badRequest('performance_ratings.empty_sheet', 'Tệp không có dòng dữ liệu nào.', 'The sheet has no rows.');
  }
  return entries;
}
