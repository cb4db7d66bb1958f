// The award statistics as an .xlsx workbook: the sentences on a summary sheet, then one sheet per breakdown
// with Vietnamese headers and the counts as numbers, so the figures can be added up again in Excel.
import ExcelJS from 'exceljs';
import { awardLevelLabels, periodBasisLabels, type AwardStats } from '../../../shared/contracts/award-stats.ts';
import { occasionLabels } from '../../../shared/contracts/awards.ts';
import type { ActorCtx } from '../../context.ts';
import type { AwardStatsQuery } from '../../../shared/contracts/award-stats.ts';
import { getAwardStats } from './award-stats.service.ts';

type Counted = { collectives: number; individuals: number; total: number };
const COUNT_HEADERS = ['Tập thể', 'Cá nhân', 'Tổng số'];

function addTable(workbook: ExcelJS.Workbook, name: string, headers: string[], rows: (string | number)[][]) {
  const sheet = workbook.addWorksheet(name);
  sheet.columns = headers.map((header, index) => ({
    header,
    width: index === 0 ? 8 : index === 1 ? 56 : 14,
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  rows.forEach((row, index) => sheet.addRow([index + 1, ...row]));
}

const counts = (row: Counted) => [row.collectives, row.individuals, row.total];

/** The workbook of one statistic, named after the unit and the years. */
export async function exportAwardStats(
  ctx: ActorCtx,
  query: AwardStatsQuery,
): Promise<{ buffer: Buffer; filename: string }> {
  const stats: AwardStats = await getAwardStats(ctx, query);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'CongDoan';
  const period = stats.from === stats.to ? `năm ${stats.from}` : `giai đoạn ${stats.from}-${stats.to}`;

  const summary = workbook.addWorksheet('Tổng hợp');
  summary.getColumn(1).width = 28;
  summary.getColumn(2).width = 100;
  summary.addRow(['THỐNG KÊ KHEN THƯỞNG']).font = { bold: true, size: 14 };
  summary.addRow(['Đơn vị', `${stats.unit.name} (${stats.unit.code})`]);
  summary.addRow(['Thời gian', `${period} (${periodBasisLabels[stats.basis].vi.toLowerCase()})`]);
  summary.addRow(['Số tập thể được khen', stats.recipients.collectives]);
  summary.addRow(['Số cá nhân được khen', stats.recipients.individuals]);
  summary.addRow(['Số lượt khen thưởng', stats.awards.total]);
  summary.addRow(['Tập thể, cá nhân', stats.recipientsSentenceVi]);
  summary.addRow(['Hình thức khen thưởng', stats.formsSentenceVi]);

  addTable(
    workbook,
    'Theo hình thức',
    ['STT', 'Hình thức khen thưởng', 'Mã', 'Cấp', ...COUNT_HEADERS],
    stats.byForm.map((row) => [row.nameVi, row.code, awardLevelLabels[row.level].vi, ...counts(row)]),
  );
  addTable(
    workbook,
    'Theo cấp',
    ['STT', 'Cấp khen thưởng', ...COUNT_HEADERS],
    stats.byLevel.map((row) => [awardLevelLabels[row.level].vi, ...counts(row)]),
  );
  addTable(
    workbook,
    'Theo loại hình',
    ['STT', 'Loại hình khen thưởng', ...COUNT_HEADERS],
    stats.byOccasion.map((row) => [occasionLabels[row.occasion].vi, ...counts(row)]),
  );
  addTable(
    workbook,
    'Theo năm',
    ['STT', stats.basis === 'decision_date' ? 'Năm quyết định' : 'Năm thành tích', ...COUNT_HEADERS],
    stats.byYear.map((row) => [String(row.year), ...counts(row)]),
  );
  addTable(
    workbook,
    'Theo cấp quyết định',
    ['STT', 'Cơ quan, người quyết định', ...COUNT_HEADERS],
    stats.byDecider.map((row) => [row.deciderName, ...counts(row)]),
  );

  const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
  const code = stats.unit.code.toLowerCase().replace(/[^a-z0-9-]/g, '-');
  return { buffer, filename: `thong-ke-khen-thuong-${code}-${stats.from}-${stats.to}.xlsx` };
}
