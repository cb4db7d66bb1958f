// Demo movements as the sector runs them: the national union's annual movement for 2026 and a thematic one, the
// 2025 annual movements of the Hà Nội sector union and of the national union's own units (with a 100-point sheet
// for the scoring demo), a cluster and a bloc, pledges (so the eligibility check finds 2025 pledges at Bạch Mai)
// and one agreement.
import { and, asc, eq, inArray, isNull, like } from 'drizzle-orm';
import {
  emulationAgreementParties,
  emulationAgreements,
  emulationClusters,
  emulationClusterUnits,
  memberships,
  movementCriteria,
  movements,
  movementUnits,
  pledges,
  units,
  users,
} from '../schema/index.ts';
import type { Tx } from '../write.ts';

type Sheet = { title: string; children: [title: string, points: number, scale: string, evidence: string][] }[];

/** The annual sheet of 10 criteria worth 100 points, in the shape of the sector's "bảng chấm điểm thi đua". */
const ANNUAL_SHEET: Sheet = [
  {
    title: 'I. Chăm lo, đại diện, bảo vệ quyền, lợi ích hợp pháp của đoàn viên',
    children: [
      [
        'Tổ chức Hội nghị cán bộ, công chức, viên chức; thực hiện quy chế dân chủ cơ sở',
        10,
        'Tổ chức đúng thời hạn, đủ nội dung: 10 điểm; chậm thời hạn trừ 3 điểm',
        'Biên bản, nghị quyết Hội nghị',
      ],
      [
        'Chăm lo đời sống, hỗ trợ đoàn viên có hoàn cảnh khó khăn, ốm đau, tai nạn',
        10,
        'Có kế hoạch và thực hiện đủ: 10 điểm; thiếu hồ sơ hỗ trợ trừ 2 điểm mỗi trường hợp',
        'Danh sách, chứng từ hỗ trợ',
      ],
      [
        'Thực hiện chế độ, chính sách, an toàn vệ sinh lao động cho người lao động',
        10,
        'Không để xảy ra vi phạm: 10 điểm; mỗi vụ việc trừ 5 điểm',
        'Báo cáo công tác ATVSLĐ',
      ],
    ],
  },
  {
    title: 'II. Tuyên truyền, giáo dục và phong trào thi đua',
    children: [
      [
        'Tuyên truyền chủ trương của Đảng, chính sách, pháp luật của Nhà nước, nghị quyết Công đoàn',
        10,
        'Đạt 100% kế hoạch: 10 điểm; mỗi 10% không đạt trừ 1 điểm',
        'Kế hoạch, báo cáo tuyên truyền; danh sách tham dự',
      ],
      [
        'Tổ chức phong trào thi đua, đăng ký thi đua, ký kết giao ước thi đua',
        10,
        '100% đoàn viên đăng ký thi đua: 10 điểm; dưới 90% trừ 3 điểm',
        'Bản đăng ký thi đua, bản giao ước',
      ],
      [
        'Sáng kiến, cải tiến kỹ thuật, đề tài nghiên cứu khoa học được công nhận',
        10,
        'Mỗi sáng kiến cấp cơ sở 2 điểm, cấp Bộ, tỉnh 5 điểm; tối đa 10 điểm',
        'Quyết định công nhận sáng kiến, đề tài',
      ],
      [
        'Văn hóa, văn nghệ, thể dục thể thao; thực hiện Tháng Công nhân',
        10,
        'Tổ chức ít nhất 2 hoạt động trong năm: 10 điểm',
        'Kế hoạch, hình ảnh, báo cáo kết quả',
      ],
    ],
  },
  {
    title: 'III. Xây dựng tổ chức Công đoàn vững mạnh',
    children: [
      [
        'Phát triển đoàn viên mới, quản lý đoàn viên, cập nhật dữ liệu đoàn viên',
        10,
        'Đạt chỉ tiêu phát triển đoàn viên được giao: 10 điểm; mỗi 5% thiếu trừ 1 điểm',
        'Báo cáo số lượng đoàn viên, danh sách kết nạp',
      ],
      [
        'Thu, chi, quản lý tài chính công đoàn đúng quy định',
        10,
        'Thu đủ đoàn phí, kinh phí, quyết toán đúng hạn: 10 điểm',
        'Báo cáo quyết toán tài chính công đoàn',
      ],
      [
        'Thực hiện chế độ thông tin, báo cáo và công tác kiểm tra',
        10,
        'Báo cáo đủ, đúng hạn: 10 điểm; mỗi báo cáo chậm trừ 1 điểm',
        'Sổ theo dõi công văn, báo cáo',
      ],
    ],
  },
];

/** A short sheet for a thematic movement. */
const GREEN_SHEET: Sheet = [
  {
    title: 'Xanh - Sạch - Đẹp, an toàn vệ sinh lao động',
    children: [
      [
        'Cảnh quan khuôn viên xanh, sạch, đẹp; phân loại chất thải y tế tại nguồn',
        40,
        'Đạt đủ tiêu chí: 40 điểm',
        'Hình ảnh, biên bản kiểm tra',
      ],
      [
        'Huấn luyện an toàn vệ sinh lao động, phòng cháy chữa cháy cho người lao động',
        30,
        '100% người lao động được huấn luyện: 30 điểm',
        'Danh sách, chứng nhận huấn luyện',
      ],
      ['Không để xảy ra tai nạn lao động, sự cố cháy nổ', 30, 'Không có vụ việc: 30 điểm', 'Báo cáo định kỳ ATVSLĐ'],
    ],
  },
];

const UNIT_TARGETS = [
  'Hoàn thành xuất sắc nhiệm vụ chuyên môn được giao',
  '100% đoàn viên đăng ký thi đua và ký cam kết thực hiện Quy tắc ứng xử',
  'Phát triển đoàn viên mới đạt 100% chỉ tiêu được giao',
  'Có ít nhất 02 sáng kiến cải tiến kỹ thuật được công nhận cấp cơ sở',
].join('\n');
const PERSON_TARGETS = [
  'Hoàn thành tốt nhiệm vụ chuyên môn, không để xảy ra sai sót',
  'Thực hiện tốt Quy tắc ứng xử, đổi mới phong cách, thái độ phục vụ hướng tới sự hài lòng của người bệnh',
  'Tham gia đầy đủ các hoạt động của Công đoàn',
].join('\n');

async function idsOf(tx: Tx, codes: string[]): Promise<Map<string, number>> {
  const rows = await tx.select({ id: units.id, code: units.code }).from(units).where(inArray(units.code, codes));
  return new Map(rows.map((row) => [row.code, row.id]));
}

async function insertSheet(tx: Tx, movementId: number, sheet: Sheet): Promise<void> {
  let position = 0;
  for (const group of sheet) {
    const total = group.children.reduce((sum, child) => sum + child[1], 0);
    const [row] = await tx
      .insert(movementCriteria)
      .values({ movementId, position: ++position, title: group.title, maxPoints: String(total) })
      .returning({ id: movementCriteria.id });
    await tx.insert(movementCriteria).values(
      group.children.map(([title, points, scale, evidenceRequired]) => ({
        movementId,
        parentId: row!.id,
        position: ++position,
        title,
        maxPoints: String(points),
        scale,
        evidenceRequired,
      })),
    );
  }
}

type MovementSeed = Omit<typeof movements.$inferInsert, 'launchingUnitId' | 'status'> & {
  launching: string;
  covered: string[];
  sheet: Sheet;
  /** Covered units whose collective pledge is not in yet, for the "chưa đăng ký" view. */
  unpledged: string[];
  pledgedOn: string;
};

async function insertMovement(tx: Tx, seed: MovementSeed, officer: number | null): Promise<number> {
  const { launching, covered, sheet, unpledged, pledgedOn, ...columns } = seed;
  const ids = await idsOf(tx, [launching, ...covered]);
  const launchedAt = new Date(`${seed.startsOn}T09:00:00+07:00`);
  const [row] = await tx
    .insert(movements)
    .values({
      ...columns,
      launchingUnitId: ids.get(launching)!,
      status: 'launched',
      launchedAt,
      launchedBy: officer,
      createdBy: officer,
    })
    .returning({ id: movements.id });
  const coveredIds = covered.flatMap((code) => (ids.has(code) ? [{ code, id: ids.get(code)! }] : []));
  await tx.insert(movementUnits).values(coveredIds.map((unit) => ({ movementId: row!.id, unitId: unit.id })));
  await insertSheet(tx, row!.id, sheet);
  const pledging = coveredIds.filter((unit) => !unpledged.includes(unit.code));
  if (pledging.length) {
    await tx.insert(pledges).values(
      pledging.map((unit) => ({
        movementId: row!.id,
        unitId: unit.id,
        awardCode: seed.kind === 'regular' ? 'CDCS_HTXSNV' : null,
        targets: UNIT_TARGETS,
        registeredOn: pledgedOn,
        registeredBy: officer,
      })),
    );
  }
  return row!.id;
}

const HN_GRASSROOTS = ['BVDKDD', 'BVTP', 'BVXP', 'TTYTDA', 'CDC', 'BVHN'].map((code) => `CDCS-HN-${code}`);
const CENTRAL = ['BVBM', 'BVCR', 'BVTWH', 'BVVD', 'BVK', 'BVNTW', 'VVSDT'].map((code) => `CDCS-${code}`);
const SECTOR_UNIONS = ['HN', 'HCM', 'HP', 'DN', 'TH', 'NA', 'QN', 'CT'].map((code) => `CDYT-${code}`);

async function insertCluster(
  tx: Tx,
  seed: { name: string; kind: 'cluster' | 'bloc'; organiser: string; leader: string; members: string[]; from: number },
): Promise<{ id: number; unitIds: Map<string, number> }> {
  const ids = await idsOf(tx, [seed.organiser, ...seed.members]);
  const [row] = await tx
    .insert(emulationClusters)
    .values({
      name: seed.name,
      kind: seed.kind,
      organisingUnitId: ids.get(seed.organiser)!,
      leaderUnitId: ids.get(seed.leader) ?? null,
      validFrom: seed.from,
    })
    .returning({ id: emulationClusters.id });
  await tx
    .insert(emulationClusterUnits)
    .values(seed.members.flatMap((code) => (ids.has(code) ? [{ clusterId: row!.id, unitId: ids.get(code)! }] : [])));
  return { id: row!.id, unitIds: ids };
}

/** Pledges of Bạch Mai's first members (the people the demo ratings and awards went to); two stay unregistered. */
async function pledgeBachMaiPeople(tx: Tx, movementId: number, officer: number | null): Promise<void> {
  const [hospital] = await tx.select().from(units).where(eq(units.code, 'CDCS-BVBM'));
  if (!hospital) return;
  const members = await tx
    .select({ personId: memberships.personId })
    .from(memberships)
    .innerJoin(units, eq(units.id, memberships.unitId))
    .where(and(like(units.path, `${hospital.path}%`), isNull(memberships.validTo)))
    .orderBy(asc(memberships.personId))
    .limit(6);
  const aims = ['CSTDCS', 'LDTT', 'LDTT', 'LDTT', 'LDTT', 'CSTDCS'];
  if (members.length === 0) return;
  await tx.insert(pledges).values(
    members.map((member, index) => ({
      movementId,
      unitId: hospital.id,
      personId: member.personId,
      awardCode: aims[index]!,
      targets: PERSON_TARGETS,
      registeredOn: '2025-03-20',
      registeredBy: officer,
    })),
  );
}

export async function seedDemoMovements(tx: Tx): Promise<void> {
  const logins = await tx
    .select({ id: users.id, username: users.username })
    .from(users)
    .where(inArray(users.username, ['thidua', 'canbo.hanoi', 'canbo.bachmai']));
  const login = (name: string) => logins.find((user) => user.username === name)?.id ?? null;

  await insertMovement(
    tx,
    {
      name: 'Phong trào thi đua yêu nước năm 2026 trong công nhân, viên chức, lao động ngành Y tế',
      launching: 'CDYTVN',
      kind: 'regular',
      year: 2026,
      startsOn: '2026-01-15',
      endsOn: '2026-12-31',
      goals:
        'Đẩy mạnh phong trào thi đua “Đổi mới phong cách, thái độ phục vụ của người bệnh hướng tới sự hài lòng của người bệnh”, ' +
        'chăm lo đời sống đoàn viên, xây dựng tổ chức Công đoàn vững mạnh.',
      pledgeDeadline: '2026-03-31',
      selfAssessmentDeadline: '2026-11-30',
      proposalDeadline: '2026-12-15',
      launchDocumentNo: '15/KH-CĐYT',
      covered: [...SECTOR_UNIONS, ...CENTRAL],
      sheet: ANNUAL_SHEET,
      unpledged: ['CDYT-CT', 'CDCS-VVSDT'],
      pledgedOn: '2026-03-10',
    },
    login('thidua'),
  );
  await insertMovement(
    tx,
    {
      name: 'Xanh - Sạch - Đẹp, bảo đảm an toàn vệ sinh lao động năm 2026',
      launching: 'CDYTVN',
      kind: 'thematic',
      year: 2026,
      startsOn: '2026-04-01',
      endsOn: '2026-10-31',
      goals: 'Xây dựng cơ sở y tế xanh, sạch, đẹp; không để xảy ra tai nạn lao động, sự cố cháy nổ.',
      pledgeDeadline: '2026-04-30',
      selfAssessmentDeadline: '2026-10-15',
      launchDocumentNo: '42/KH-CĐYT',
      covered: CENTRAL,
      sheet: GREEN_SHEET,
      unpledged: ['CDCS-BVTWH'],
      pledgedOn: '2026-04-20',
    },
    login('thidua'),
  );
  const hanoi2025 = await insertMovement(
    tx,
    {
      name: 'Phong trào thi đua năm 2025 của Công đoàn ngành Y tế Hà Nội',
      launching: 'CDYT-HN',
      kind: 'regular',
      year: 2025,
      startsOn: '2025-01-10',
      endsOn: '2025-12-31',
      goals: 'Thi đua hoàn thành xuất sắc nhiệm vụ chuyên môn và công tác công đoàn năm 2025.',
      pledgeDeadline: '2025-03-15',
      selfAssessmentDeadline: '2025-11-30',
      proposalDeadline: '2025-12-20',
      launchDocumentNo: '08/KH-CĐN',
      covered: HN_GRASSROOTS,
      sheet: ANNUAL_SHEET,
      unpledged: ['CDCS-HN-BVHN'],
      pledgedOn: '2025-03-05',
    },
    login('canbo.hanoi'),
  );
  const central2025 = await insertMovement(
    tx,
    {
      name: 'Phong trào thi đua năm 2025 khối các đơn vị trực thuộc Công đoàn Y tế Việt Nam',
      launching: 'CDYTVN',
      kind: 'regular',
      year: 2025,
      startsOn: '2025-01-15',
      endsOn: '2025-12-31',
      goals: 'Thi đua thực hiện thắng lợi nhiệm vụ chính trị của các bệnh viện, viện trung ương năm 2025.',
      pledgeDeadline: '2025-03-31',
      selfAssessmentDeadline: '2025-11-30',
      proposalDeadline: '2025-12-15',
      launchDocumentNo: '05/KH-CĐYT',
      covered: CENTRAL,
      sheet: ANNUAL_SHEET,
      unpledged: [],
      pledgedOn: '2025-03-18',
    },
    login('thidua'),
  );
  await pledgeBachMaiPeople(tx, central2025, login('canbo.bachmai'));

  const hanoiCluster = await insertCluster(tx, {
    name: 'Cụm thi đua số 1 - Các bệnh viện đa khoa thành phố Hà Nội',
    kind: 'cluster',
    organiser: 'CDYT-HN',
    leader: 'CDCS-HN-BVXP',
    members: ['CDCS-HN-BVDKDD', 'CDCS-HN-BVTP', 'CDCS-HN-BVXP', 'CDCS-HN-TTYTDA', 'CDCS-HN-BVHN'],
    from: 2025,
  });
  await insertCluster(tx, {
    name: 'Khối thi đua các bệnh viện, viện trung ương',
    kind: 'bloc',
    organiser: 'CDYTVN',
    leader: 'CDCS-BVBM',
    members: ['CDCS-BVBM', 'CDCS-BVCR', 'CDCS-BVTWH', 'CDCS-BVVD', 'CDCS-BVK', 'CDCS-BVNTW'],
    from: 2025,
  });

  const [agreement] = await tx
    .insert(emulationAgreements)
    .values({
      movementId: hanoi2025,
      title: 'Giao ước thi đua năm 2025 Cụm thi đua số 1',
      signedOn: '2025-03-20',
      content:
        'Các đơn vị trong Cụm thi đua số 1 cùng giao ước: hoàn thành xuất sắc nhiệm vụ chuyên môn; 100% đoàn viên đăng ký thi đua; ' +
        'phát triển đoàn viên mới đạt chỉ tiêu; mỗi đơn vị có ít nhất 02 sáng kiến được công nhận; không để xảy ra tai nạn lao động.',
      createdBy: login('canbo.hanoi'),
    })
    .returning({ id: emulationAgreements.id });
  const signatories: [string, string][] = [
    ['CDCS-HN-BVXP', 'Nguyễn Thị Thanh Hương'],
    ['CDCS-HN-BVDKDD', 'Trần Văn Hải'],
    ['CDCS-HN-BVTP', 'Lê Thị Minh Nguyệt'],
    ['CDCS-HN-TTYTDA', 'Phạm Quốc Khánh'],
    ['CDCS-HN-BVHN', 'Vũ Thị Lan Anh'],
  ];
  await tx.insert(emulationAgreementParties).values(
    signatories.map(([code, signatory]) => ({
      agreementId: agreement!.id,
      unitId: hanoiCluster.unitIds.get(code)!,
      signatory,
    })),
  );
}
