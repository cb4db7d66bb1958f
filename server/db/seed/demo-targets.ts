// Demo plan targets for 2026, so the targets screen shows something on first start: a few targets set by
// Công đoàn Y tế Việt Nam and by the Hà Nội sector union, some manual figures reported with evidence.
import { inArray, isNotNull } from 'drizzle-orm';
import { targetIndicators, targets, units } from '../schema/index.ts';
import type { Tx } from '../write.ts';

const YEAR = { periodStart: '2026-01-01', periodEnd: '2026-12-31' };

type DemoTarget = {
  indicator: string;
  setBy: string;
  unit: string;
  value: number;
  report?: { value: number; evidence: string };
};

const DEMO_TARGETS: DemoTarget[] = [
  { indicator: 'new_members', setBy: 'CDYTVN', unit: 'CDYTVN', value: 400 },
  { indicator: 'new_members', setBy: 'CDYTVN', unit: 'CDYT-HN', value: 60 },
  { indicator: 'new_members', setBy: 'CDYTVN', unit: 'CDCS-BVBM', value: 20 },
  { indicator: 'outreach_sessions', setBy: 'CDYTVN', unit: 'CDYT-HN', value: 24 },
  {
    indicator: 'outreach_sessions',
    setBy: 'CDYTVN',
    unit: 'CDCS-BVBM',
    value: 12,
    report: { value: 15, evidence: 'Biên bản 15 buổi tuyên truyền phòng chống dịch và Luật Công đoàn năm 2026.' },
  },
  { indicator: 'member_records', setBy: 'CDYT-HN', unit: 'CDYT-HN', value: 80 },
  { indicator: 'member_records', setBy: 'CDYT-HN', unit: 'CDCS-HN-BVTP', value: 12 },
  { indicator: 'member_records', setBy: 'CDYT-HN', unit: 'CDCS-HN-BVXP', value: 12 },
  { indicator: 'member_records', setBy: 'CDYT-HN', unit: 'CDCS-HN-CDC', value: 12 },
  {
    indicator: 'outreach_sessions',
    setBy: 'CDYT-HN',
    unit: 'CDCS-HN-BVTP',
    value: 6,
    report: { value: 7, evidence: 'Sổ theo dõi tuyên truyền của Công đoàn Bệnh viện Thanh Nhàn.' },
  },
  {
    indicator: 'outreach_sessions',
    setBy: 'CDYT-HN',
    unit: 'CDCS-HN-BVXP',
    value: 6,
    report: { value: 5, evidence: 'Báo cáo công tác tuyên truyền 11 tháng năm 2026.' },
  },
  {
    indicator: 'tet_care',
    setBy: 'CDYT-HN',
    unit: 'CDYT-HN',
    value: 500,
    report: { value: 520, evidence: 'Danh sách 520 đoàn viên nhận quà Tết Bính Ngọ, có ký nhận.' },
  },
];

/** Inserts the demo targets (and one indicator the Hà Nội union defines); returns how many targets. */
export async function seedDemoTargets(tx: Tx): Promise<number> {
  const codes = [...new Set(DEMO_TARGETS.flatMap((target) => [target.setBy, target.unit]))];
  const unitRows = await tx.select({ id: units.id, code: units.code }).from(units).where(inArray(units.code, codes));
  const unitId = new Map(unitRows.map((unit) => [unit.code, unit.id]));
  const builtIn = await tx
    .select({ id: targetIndicators.id, code: targetIndicators.code })
    .from(targetIndicators)
    .where(isNotNull(targetIndicators.code));
  const indicatorId = new Map(builtIn.map((indicator) => [indicator.code!, indicator.id]));
  const hanoi = unitId.get('CDYT-HN');
  if (hanoi) {
    const [defined] = await tx
      .insert(targetIndicators)
      .values({
        name: 'Chăm lo Tết cho đoàn viên có hoàn cảnh khó khăn',
        unitOfMeasure: 'suất quà',
        source: 'manual',
        ownerUnitId: hanoi,
      })
      .returning({ id: targetIndicators.id });
    indicatorId.set('tet_care', defined!.id);
  }
  const rows = DEMO_TARGETS.flatMap((target) => {
    const indicator = indicatorId.get(target.indicator);
    const unit = unitId.get(target.unit);
    const setBy = unitId.get(target.setBy);
    if (!indicator || !unit || !setBy) return [];
    return [
      {
        indicatorId: indicator,
        unitId: unit,
        setByUnitId: setBy,
        ...YEAR,
        targetValue: target.value,
        reportedValue: target.report?.value ?? null,
        evidence: target.report?.evidence ?? null,
        reportedAt: target.report ? new Date('2026-11-20T09:00:00+07:00') : null,
      },
    ];
  });
  if (rows.length === 0) return 0;
  await tx.insert(targets).values(rows);
  return rows.length;
}
