// Demo initiatives and research with their authors, and the 2025 ratings of one hospital's members, so the
// register, its statistics and the ratings grid show something on first start.
import { and, asc, eq, inArray, isNull, like } from 'drizzle-orm';
import type { Rating } from '../../../shared/contracts/emulation.ts';
import { foldForSearch } from '../../../shared/text/index.ts';
import { initiativeAuthors, initiatives, memberships, people, performanceRatings, units } from '../schema/index.ts';
import type { Tx } from '../write.ts';

type DemoInitiative = {
  unit: string;
  kind: 'initiative' | 'work_product' | 'research';
  title: string;
  field: string;
  submittedOn: string;
  shares: number[];
  benefitVnd?: number;
  appliedAt?: string;
  recognised?: { level: 'grassroots' | 'ministry_province' | 'national'; decisionNo: string; decisionDate: string };
};

const DEMO: DemoInitiative[] = [
  {
    unit: 'CDCS-BVBM',
    kind: 'initiative',
    title: 'Cải tiến quy trình tiếp đón người bệnh tại Khoa Khám bệnh bằng phiếu hẹn điện tử',
    field: 'Quản lý bệnh viện',
    submittedOn: '2025-03-10',
    shares: [60, 40],
    benefitVnd: 12_500_000,
    appliedAt: 'Khoa Khám bệnh, Bệnh viện Bạch Mai',
    recognised: { level: 'grassroots', decisionNo: '112/QĐ-BVBM', decisionDate: '2025-11-20' },
  },
  {
    unit: 'CDCS-BVBM',
    kind: 'research',
    title: 'Đánh giá hiệu quả chăm sóc người bệnh sau phẫu thuật tim hở',
    field: 'Điều dưỡng',
    submittedOn: '2025-02-01',
    shares: [50, 30, 20],
    recognised: { level: 'ministry_province', decisionNo: '2045/QĐ-BYT', decisionDate: '2025-12-05' },
  },
  {
    unit: 'CDCS-BVBM',
    kind: 'work_product',
    title: 'Bộ dụng cụ cố định tay khi truyền dịch cho trẻ nhỏ',
    field: 'Nhi khoa',
    submittedOn: '2026-04-02',
    shares: [100],
    benefitVnd: 3_000_000,
  },
  {
    unit: 'CDCS-HN-BVTP',
    kind: 'initiative',
    title: 'Giải pháp giảm thời gian chờ cấp phát thuốc ngoại trú',
    field: 'Dược',
    submittedOn: '2025-05-15',
    shares: [70, 30],
    benefitVnd: 45_000_000,
    appliedAt: 'Khoa Dược, Bệnh viện Thanh Nhàn',
    recognised: { level: 'grassroots', decisionNo: '87/QĐ-BVTN', decisionDate: '2025-10-30' },
  },
];

const RATINGS: Rating[] = ['excellent', 'good', 'good', 'completed', 'good', 'excellent', 'completed', 'not_completed'];

/** Current members of a unit and its sections, oldest records first. */
async function membersOf(tx: Tx, unitCode: string, limit: number) {
  const [unit] = await tx.select({ path: units.path }).from(units).where(eq(units.code, unitCode));
  if (!unit) return [];
  return tx
    .select({ personId: people.id, fullName: people.fullName, unitId: units.id })
    .from(memberships)
    .innerJoin(units, eq(units.id, memberships.unitId))
    .innerJoin(people, eq(people.id, memberships.personId))
    .where(and(like(units.path, `${unit.path}%`), isNull(memberships.validTo)))
    .orderBy(asc(people.id))
    .limit(limit);
}

/** Inserts the demo records; returns how many initiatives. */
export async function seedDemoInitiatives(tx: Tx): Promise<number> {
  const codes = [...new Set(DEMO.map((item) => item.unit))];
  const unitRows = await tx.select({ id: units.id, code: units.code }).from(units).where(inArray(units.code, codes));
  const unitId = new Map(unitRows.map((unit) => [unit.code, unit.id]));
  let created = 0;
  for (const [index, item] of DEMO.entries()) {
    const id = unitId.get(item.unit);
    const authors = (await membersOf(tx, item.unit, 8)).slice(index % 3, (index % 3) + item.shares.length);
    if (!id || authors.length < item.shares.length) continue;
    const [row] = await tx
      .insert(initiatives)
      .values({
        kind: item.kind,
        title: item.title,
        field: item.field,
        unitId: id,
        submittedOn: item.submittedOn,
        status: item.recognised ? 'recognised' : 'submitted',
        recognitionLevel: item.recognised?.level ?? null,
        decisionNo: item.recognised?.decisionNo ?? null,
        decisionDate: item.recognised?.decisionDate ?? null,
        benefitVnd: item.benefitVnd ?? null,
        appliedAt: item.appliedAt ?? null,
        accepted: item.kind === 'research' && Boolean(item.recognised),
        searchKey: [item.title, item.field, ...authors.map((author) => author.fullName)].map(foldForSearch).join(' '),
      })
      .returning({ id: initiatives.id });
    await tx.insert(initiativeAuthors).values(
      authors.map((author, position) => ({
        initiativeId: row!.id,
        personId: author.personId,
        sharePercent: item.shares[position]!,
        position,
      })),
    );
    created += 1;
  }
  const rated = await membersOf(tx, 'CDCS-BVBM', RATINGS.length);
  if (rated.length) {
    await tx.insert(performanceRatings).values(
      rated.map((person, index) => ({
        personId: person.personId,
        year: 2025,
        unitId: person.unitId,
        rating: RATINGS[index]!,
        daysAbsent: index === 7 ? 45 : index % 3,
        ...(index === 7
          ? {
              disciplineLevel: 'reprimand' as const,
              disciplineDecisionNo: '15/QĐ-BVBM',
              disciplineDecisionDate: '2025-09-12',
            }
          : {}),
      })),
    );
  }
  return created;
}
