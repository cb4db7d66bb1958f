// The achievement table as an .xlsx sheet: each indicator's row for the unit, then the units below it,
// with the figures as numbers and the result written the Vietnamese way, as reports quote it.
import type { Readable } from 'node:stream';
import type { Achievement, AchievementBasis, UnitAchievement } from '../../../shared/contracts/targets.ts';
import { formatAchievement } from '../../../shared/format-number.ts';
import type { ActorCtx } from '../../context.ts';
import { streamTable, type Cell, type ExportColumn } from '../../documents/table-export.ts';
import { getAchievement } from './achievement.ts';

const COLUMNS: ExportColumn[] = [
  { header: 'STT', width: 6, kind: 'number' },
  { header: 'Chỉ tiêu', width: 42 },
  { header: 'Đơn vị tính', width: 12 },
  { header: 'Đơn vị', width: 44 },
  { header: 'Chỉ tiêu giao', width: 14, kind: 'number' },
  { header: 'Kết quả đạt được', width: 16, kind: 'number' },
  { header: 'Tỷ lệ (%)', width: 11, kind: 'number' },
  { header: 'Kết quả', width: 30 },
  { header: 'Nguồn số liệu', width: 44 },
];

const BASIS: Record<AchievementBasis, (figure: UnitAchievement) => string> = {
  computed: () => 'Tính từ dữ liệu đoàn viên trên hệ thống',
  own_report: () => 'Đơn vị báo cáo',
  children_reports: (figure) => `Tổng hợp báo cáo của ${figure.reportingUnits} đơn vị cấp dưới`,
  none: () => 'Chưa có báo cáo',
};

function cells(
  index: number | null,
  indicator: Achievement['rows'][number]['indicator'],
  figure: UnitAchievement,
  below: boolean,
): Cell[] {
  const target = figure.target?.targetValue ?? null;
  return [
    index,
    below ? null : indicator.name,
    below ? null : indicator.unitOfMeasure,
    below ? `   ${figure.unit.name}` : figure.unit.name,
    target,
    figure.achieved,
    figure.rate,
    figure.achieved === null ? null : formatAchievement(figure.achieved, target),
    BASIS[figure.basis](figure),
  ];
}

export async function exportAchievement(
  ctx: ActorCtx,
  query: { unit?: string | undefined; from: string; to: string },
): Promise<{ stream: Readable; filename: string }> {
  const achievement = await getAchievement(ctx, query);
  const rows: Cell[][] = [];
  achievement.rows.forEach((row, index) => {
    rows.push(cells(index + 1, row.indicator, row.own, false));
    for (const child of row.children)
      if (child.target || child.achieved !== null) rows.push(cells(null, row.indicator, child, true));
  });
  async function* once() {
    yield rows;
  }
  // The rows are already computed; a failure while writing breaks the download off and Fastify logs it.
  const stream = streamTable('xlsx', 'Chỉ tiêu', COLUMNS, once(), () => undefined);
  const code = achievement.unit.code.toLowerCase().replace(/[^a-z0-9-]/g, '-');
  return { stream, filename: `chi-tieu-${code}-${achievement.periodStart}-${achievement.periodEnd}.xlsx` };
}
