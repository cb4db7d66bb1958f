// Demo award proposals for the year 2025, one in each early state and one carried through the council and the
// posting to a numbered decision, so the proposal screens, the documents and the statistics have data on first start.
// (Bạch Mai sits directly under Công đoàn Y tế Việt Nam, so its proposals go there; Hà Nội's hospitals go to
// Công đoàn ngành Y tế Hà Nội.)
import { and, asc, eq, inArray, isNull, like } from 'drizzle-orm';
import type { ProposalAction, ProposalStatus } from '../../../shared/proposal-workflow.ts';
import { proposalTransitions } from '../../../shared/proposal-workflow.ts';
import {
  awardDecisions,
  awardProposalEvents,
  awardProposalItems,
  awardProposals,
  awards,
  catalogueEntries,
  councilMeetingProposals,
  councilMeetings,
  councilMembers,
  councilTallies,
  memberships,
  units,
  users,
} from '../schema/index.ts';
import type { Tx } from '../write.ts';
import { takeDecisionNumber } from '../../modules/proposals/decision-numbers.ts';

type Item = { personId?: number; unitId?: number; keeperUnitId: number; code: string; report: string };
type Eligibility = { verdict: 'eligible' | 'needs_review'; reasonVi: string; reasonEn: string };

const REPORTS = {
  person:
    'Hoàn thành xuất sắc nhiệm vụ năm 2025; chủ nhiệm sáng kiến cải tiến quy trình tiếp nhận người bệnh cấp cứu được Hội đồng khoa học bệnh viện công nhận; tích cực tham gia phong trào “Xanh – Sạch – Đẹp”.',
  collective:
    'Tập thể khoa hoàn thành xuất sắc nhiệm vụ năm 2025, 100% đoàn viên hoàn thành tốt nhiệm vụ, không có vi phạm kỷ luật; triển khai 3 sáng kiến được công nhận cấp cơ sở.',
  centre:
    'Công đoàn Trung tâm Kiểm soát bệnh tật Hà Nội hoàn thành xuất sắc nhiệm vụ năm 2025, tổ chức tốt chăm lo đời sống đoàn viên và phong trào thi đua phòng, chống dịch bệnh.',
};

async function unitByCode(tx: Tx, code: string) {
  const [row] = await tx.select().from(units).where(eq(units.code, code));
  return row;
}

async function firstMembers(tx: Tx, path: string, limit: number) {
  return tx
    .select({ personId: memberships.personId, unitId: memberships.unitId })
    .from(memberships)
    .innerJoin(units, eq(units.id, memberships.unitId))
    .where(and(like(units.path, `${path}%`), isNull(memberships.validTo)))
    .orderBy(asc(memberships.personId))
    .limit(limit);
}

/** The history rows of the steps a proposal went through, ending in its current status. */
async function writeEvents(tx: Tx, proposalId: number, actions: ProposalAction[], actorId: number | null) {
  const rows: (typeof awardProposalEvents.$inferInsert)[] = [
    { proposalId, action: 'create', fromStatus: null, toStatus: 'draft', actorId },
  ];
  let from: ProposalStatus = 'draft';
  for (const action of actions) {
    const to: ProposalStatus = proposalTransitions[action].to;
    rows.push({ proposalId, action, fromStatus: from, toStatus: to, actorId });
    from = to;
  }
  await tx.insert(awardProposalEvents).values(rows);
}

export async function seedDemoProposals(tx: Tx): Promise<void> {
  // One after another: a transaction's client runs one query at a time.
  const bachMai = await unitByCode(tx, 'CDCS-BVBM');
  const sector = await unitByCode(tx, 'CDYTVN');
  const hanoi = await unitByCode(tx, 'CDYT-HN');
  const cdc = await unitByCode(tx, 'CDCS-HN-CDC');
  const khoaNoi = await unitByCode(tx, 'CDCS-BVBM-KNOI');
  if (!bachMai || !sector || !hanoi || !cdc || !khoaNoi) return;
  const entries = await tx
    .select({ id: catalogueEntries.id, key: catalogueEntries.key })
    .from(catalogueEntries)
    .where(
      and(
        eq(catalogueEntries.kind, 'award_type'),
        eq(catalogueEntries.isCurrent, true),
        inArray(catalogueEntries.key, ['BK_CDYTVN', 'GK_CD_NGANH_TINH']),
      ),
    );
  const entryOf = new Map(entries.map((e) => [e.key, e.id]));
  const logins = await tx
    .select({ id: users.id, username: users.username, displayName: users.displayName })
    .from(users)
    .where(inArray(users.username, ['canbo.bachmai', 'canbo.hanoi', 'thidua', 'hoidong', 'quantri']));
  const login = (name: string) => logins.find((u) => u.username === name);
  const bm = await firstMembers(tx, bachMai.path, 8);
  const hn = await firstMembers(tx, cdc.path, 3);
  if (bm.length < 8 || hn.length < 2 || entryOf.size < 2) return;

  const propose = async (
    header: { proposer: number; decider: number; title: string; createdBy: number | null },
    status: (typeof awardProposals.$inferInsert)['status'],
    items: Item[],
    extra: Partial<typeof awardProposals.$inferInsert> = {},
    eligibility?: Eligibility,
  ) => {
    const [proposal] = await tx
      .insert(awardProposals)
      .values({
        proposerUnitId: header.proposer,
        deciderUnitId: header.decider,
        title: header.title,
        year: 2025,
        occasion: 'regular',
        status,
        createdBy: header.createdBy,
        ...extra,
      })
      .returning();
    const inserted = await tx
      .insert(awardProposalItems)
      .values(
        items.map((item, index) => ({
          proposalId: proposal!.id,
          position: index + 1,
          code: item.code,
          catalogueEntryId: entryOf.get(item.code)!,
          personId: item.personId ?? null,
          recipientUnitId: item.unitId ?? null,
          keeperUnitId: item.keeperUnitId,
          achievementReport: item.report,
          ...(eligibility ? storedEligibility(item, eligibility) : {}),
        })),
      )
      .returning();
    return { proposal: proposal!, items: inserted };
  };

  const bachMaiOfficer = login('canbo.bachmai')?.id ?? null;
  const hanoiOfficer = login('canbo.hanoi')?.id ?? null;
  const sectorOfficer = login('thidua')?.id ?? null;

  const draft = await propose(
    {
      proposer: bachMai.id,
      decider: sector.id,
      title: 'Đề nghị tặng Bằng khen Công đoàn Y tế Việt Nam năm 2025 (đợt bổ sung)',
      createdBy: bachMaiOfficer,
    },
    'draft',
    [{ personId: bm[1]!.personId, keeperUnitId: bm[1]!.unitId, code: 'BK_CDYTVN', report: REPORTS.person }],
  );
  await writeEvents(tx, draft.proposal.id, [], bachMaiOfficer);

  const submitted = await propose(
    {
      proposer: bachMai.id,
      decider: sector.id,
      title: 'Đề nghị tặng Bằng khen Công đoàn Y tế Việt Nam năm 2025 cho cá nhân khối điều dưỡng',
      createdBy: bachMaiOfficer,
    },
    'submitted',
    [
      { personId: bm[2]!.personId, keeperUnitId: bm[2]!.unitId, code: 'BK_CDYTVN', report: REPORTS.person },
      { personId: bm[3]!.personId, keeperUnitId: bm[3]!.unitId, code: 'BK_CDYTVN', report: REPORTS.person },
    ],
    { coverLetterNo: '112/TTr-CĐBM', coverLetterDate: '2025-12-05' },
  );
  await writeEvents(tx, submitted.proposal.id, ['submit'], bachMaiOfficer);

  const appraisal = await propose(
    {
      proposer: cdc.id,
      decider: hanoi.id,
      title: 'Đề nghị tặng Giấy khen Công đoàn ngành Y tế Hà Nội năm 2025',
      createdBy: hanoiOfficer,
    },
    'appraisal',
    [
      { personId: hn[0]!.personId, keeperUnitId: hn[0]!.unitId, code: 'GK_CD_NGANH_TINH', report: REPORTS.person },
      { personId: hn[1]!.personId, keeperUnitId: hn[1]!.unitId, code: 'GK_CD_NGANH_TINH', report: REPORTS.person },
    ],
    { coverLetterNo: '45/TTr-CĐCDC', coverLetterDate: '2025-12-08' },
    {
      verdict: 'needs_review',
      reasonVi: 'Đạt tiêu chuẩn Giấy khen do cơ quan, đơn vị có thẩm quyền quy định: cần cán bộ thẩm định xem xét',
      reasonEn: 'Meets the criteria set by the issuing body: for the appraiser to judge',
    },
  );
  await writeEvents(tx, appraisal.proposal.id, ['submit', 'start_appraisal'], hanoiOfficer);

  await seedDecidedProposal(tx, {
    bachMai,
    sector,
    khoaNoi,
    person: bm[5]!,
    entryOf,
    council: [login('hoidong'), login('thidua'), login('quantri')].filter((u) => u !== undefined),
    bachMaiOfficer,
    sectorOfficer,
  });
}

function storedEligibility(item: Item, eligibility: Eligibility) {
  const reason = {
    key: 'demo.appraisal',
    outcome: 'review' as const,
    cause: 'judgment' as const,
    messageVi: eligibility.reasonVi,
    messageEn: eligibility.reasonEn,
  };
  return {
    eligibility: {
      recipientId: String(item.personId ?? item.unitId),
      code: item.code,
      year: 2025,
      verdict: eligibility.verdict,
      ruleSetId: null,
      reasons: eligibility.verdict === 'eligible' ? [] : [reason],
      pending: eligibility.verdict === 'eligible' ? [reason] : [],
      achievementIds: [],
    },
    eligibilityCheckedAt: new Date('2025-12-09T09:00:00+07:00'),
  };
}

type UnitRow = typeof units.$inferSelect;

/** Bạch Mai's proposal of Bằng khen CĐYTVN: council passed, posted, decided as 52/QĐ-CĐYT on 29/12/2025. */
async function seedDecidedProposal(
  tx: Tx,
  data: {
    bachMai: UnitRow;
    sector: UnitRow;
    khoaNoi: UnitRow;
    person: { personId: number; unitId: number };
    entryOf: Map<string, number>;
    council: { id: number; displayName: string }[];
    bachMaiOfficer: number | null;
    sectorOfficer: number | null;
  },
) {
  const entry = data.entryOf.get('BK_CDYTVN')!;
  const [proposal] = await tx
    .insert(awardProposals)
    .values({
      proposerUnitId: data.bachMai.id,
      deciderUnitId: data.sector.id,
      title: 'Đề nghị tặng Bằng khen Công đoàn Y tế Việt Nam năm 2025',
      year: 2025,
      occasion: 'regular',
      status: 'decided',
      coverLetterNo: '98/TTr-CĐBM',
      coverLetterDate: '2025-11-20',
      postingFrom: '2025-12-12',
      postingUntil: '2025-12-22',
      version: 8,
      createdBy: data.bachMaiOfficer,
    })
    .returning();
  const items = await tx
    .insert(awardProposalItems)
    .values([
      {
        proposalId: proposal!.id,
        position: 1,
        code: 'BK_CDYTVN',
        catalogueEntryId: entry,
        personId: data.person.personId,
        keeperUnitId: data.person.unitId,
        achievementReport: REPORTS.person,
        appraisalNote: 'Hồ sơ đầy đủ; đã có Chiến sĩ thi đua cơ sở năm 2025.',
        outcome: 'passed' as const,
      },
      {
        proposalId: proposal!.id,
        position: 2,
        code: 'BK_CDYTVN',
        catalogueEntryId: entry,
        recipientUnitId: data.khoaNoi.id,
        keeperUnitId: data.khoaNoi.id,
        achievementReport: REPORTS.collective,
        outcome: 'passed' as const,
      },
    ])
    .returning();
  const [meeting] = await tx
    .insert(councilMeetings)
    .values({
      unitId: data.sector.id,
      title: 'Phiên họp Hội đồng Thi đua - Khen thưởng Công đoàn Y tế Việt Nam tháng 12/2025',
      heldOn: '2025-12-10',
      location: 'Hà Nội',
      status: 'closed',
      openedAt: new Date('2025-12-10T08:30:00+07:00'),
      closedAt: new Date('2025-12-10T11:00:00+07:00'),
      createdBy: data.sectorOfficer,
    })
    .returning();
  await tx.insert(councilMeetingProposals).values({ meetingId: meeting!.id, proposalId: proposal!.id });
  if (data.council.length) {
    await tx.insert(councilMembers).values(
      data.council.map((member, index) => ({
        meetingId: meeting!.id,
        userId: member.id,
        fullName: member.displayName,
        councilRole: index === 0 ? ('chair' as const) : ('member' as const),
        present: true,
      })),
    );
  }
  const voters = data.council.length;
  await tx.insert(councilTallies).values(
    items.map((item) => ({
      meetingId: meeting!.id,
      itemId: item.id,
      yes: voters,
      no: 0,
      abstain: 0,
      eligibleVoters: voters,
      thresholdShare: '0.5000',
      denominator: 'of_total_members' as const,
      passed: true,
    })),
  );
  const decisionNo = await takeDecisionNumber(
    tx,
    { key: `unit:${data.sector.id}`, shortName: data.sector.shortName, name: data.sector.name },
    2025,
    { decisionNo: '52/QĐ-CĐYT', symbol: 'QĐ-CĐYT' },
  );
  const [decision] = await tx
    .insert(awardDecisions)
    .values({
      deciderKey: `unit:${data.sector.id}`,
      deciderUnitId: data.sector.id,
      deciderName: data.sector.name,
      decisionNo,
      decisionDate: '2025-12-29',
      decisionYear: 2025,
      signerName: 'Phạm Thanh Bình',
      signerTitle: 'CHỦ TỊCH',
      createdBy: data.sectorOfficer,
    })
    .returning();
  for (const item of items) {
    const [award] = await tx
      .insert(awards)
      .values({
        decisionId: decision!.id,
        catalogueEntryId: entry,
        code: 'BK_CDYTVN',
        personId: item.personId,
        recipientUnitId: item.recipientUnitId,
        unitId: item.keeperUnitId,
        year: 2025,
        occasion: 'regular',
        createdBy: data.sectorOfficer,
      })
      .returning();
    await tx.update(awardProposalItems).set({ awardId: award!.id }).where(eq(awardProposalItems.id, item.id));
  }
  await tx.update(awardProposals).set({ decisionId: decision!.id }).where(eq(awardProposals.id, proposal!.id));
  await writeEvents(
    tx,
    proposal!.id,
    ['submit', 'start_appraisal', 'send_to_council', 'post', 'decide'],
    data.sectorOfficer,
  );
}
