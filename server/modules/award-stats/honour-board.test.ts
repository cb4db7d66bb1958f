import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HonourBoard } from '../../../shared/contracts/award-stats.ts';
import { awardProposalItems, awardProposals, people } from '../../db/schema/index.ts';
import { accounts } from '../../test/fixtures.ts';
import { createTestContext, type TestContext } from '../../test/harness.ts';
import { catalogueIds, insertAwards, insertPeople } from './award-stats-test-support.ts';

let t: TestContext;
const ids: Record<string, number> = {};
let doctor: number | undefined;
let nurse: number | undefined;
const REPORT =
  'Trực tiếp điều trị thành công hơn 1.200 ca bệnh COVID-19 nặng tại khu điều trị tầng 5;\n  chủ nhiệm 2 đề tài cấp Bộ đã nghiệm thu.';

beforeAll(async () => {
  t = await createTestContext();
  for (const code of ['CDYT-HN', 'CDCS-HN-CDC', 'CDCS-HN-BVTP', 'CDCS-BVBM']) ids[code] = await t.unitId(code);
  [doctor] = await insertPeople(t.db, 1, 'Board', ['GS.', 'TS.']);
  [nurse] = await insertPeople(t.db, 1, 'Nurse');
  await t.db
    .update(people)
    .set({ citizenId: '001090012345', birthDate: '1975-04-30', phone: '0912345678' })
    .where(eq(people.id, doctor!));
  const cdc = ids['CDCS-HN-CDC']!;
  const thanhNhan = ids['CDCS-HN-BVTP']!;
  const [order, flag, local, revoked, revokedDecision, outside, otherYear] = await insertAwards(t.db, [
    {
      code: 'HCLD3',
      personId: doctor,
      unitId: cdc,
      year: 2023,
      decisionNo: '123/QĐ-CTN',
      decisionDate: '2024-04-20',
      deciderKey: 'authority:president:',
      deciderName: 'Chủ tịch nước',
    },
    {
      code: 'CO_CP',
      recipientUnitId: thanhNhan,
      unitId: thanhNhan,
      year: 2023,
      decisionNo: '45/QĐ-TTg',
      decisionDate: '2024-02-01',
      deciderKey: 'authority:government:',
      deciderName: 'Chính phủ',
    },
    {
      code: 'CSTDCS',
      personId: nurse,
      unitId: cdc,
      year: 2023,
      decisionNo: '12/QĐ-CDC',
      decisionDate: '2023-12-20',
      deciderKey: 'authority:unit_head:CDC',
      deciderName: 'Giám đốc CDC Hà Nội',
    },
    {
      code: 'BK_TTG',
      personId: nurse,
      unitId: cdc,
      year: 2023,
      decisionNo: '46/QĐ-TTg',
      decisionDate: '2024-02-01',
      deciderKey: 'authority:prime_minister:',
      deciderName: 'Thủ tướng Chính phủ',
      revoked: true,
    },
    {
      code: 'BK_BYT',
      personId: nurse,
      unitId: cdc,
      year: 2023,
      decisionNo: '47/QĐ-BYT',
      decisionDate: '2024-02-01',
      deciderKey: 'authority:minister:Bộ Y tế',
      deciderName: 'Bộ trưởng Bộ Y tế',
      decisionRevoked: true,
    },
    {
      code: 'CO_CP',
      recipientUnitId: ids['CDCS-BVBM'],
      unitId: ids['CDCS-BVBM']!,
      year: 2023,
      decisionNo: '48/QĐ-TTg',
      decisionDate: '2024-02-01',
      deciderKey: 'authority:government:',
      deciderName: 'Chính phủ',
    },
    {
      code: 'CO_CP',
      recipientUnitId: cdc,
      unitId: cdc,
      year: 2022,
      decisionNo: '49/QĐ-TTg',
      decisionDate: '2023-02-01',
      deciderKey: 'authority:government:',
      deciderName: 'Chính phủ',
    },
  ]);
  Object.assign(ids, { order, flag, local, revoked, revokedDecision, outside, otherYear });
  // The order came out of a proposal whose item carried the achievement report.
  const entries = await catalogueIds(t.db, ['HCLD3']);
  const [proposal] = await t.db
    .insert(awardProposals)
    .values({
      proposerUnitId: cdc,
      deciderUnitId: ids['CDYT-HN']!,
      title: 'Đề nghị Huân chương Lao động 2023',
      year: 2023,
      occasion: 'regular',
      status: 'decided',
    })
    .returning({ id: awardProposals.id });
  await t.db.insert(awardProposalItems).values({
    proposalId: proposal!.id,
    position: 1,
    code: 'HCLD3',
    catalogueEntryId: entries.HCLD3!,
    personId: doctor,
    keeperUnitId: cdc,
    achievementReport: REPORT,
    outcome: 'passed',
    awardId: order,
  });
});
afterAll(() => t.close());

async function board(query: string): Promise<HonourBoard> {
  // No login: the honour board is the public portal's.
  const response = await t.app.inject({ method: 'GET', url: `/api/v1/honour-board?${query}` });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as HonourBoard;
}

describe('GET /api/v1/honour-board', () => {
  it('is public and lists the honoured of the year in the subtree, highest awards first', async () => {
    const result = await board('unit=CDYT-HN&year=2023');
    expect(result.unit).toEqual({ code: 'CDYT-HN', name: expect.any(String) });
    expect(result.entries.map((entry) => entry.awardId)).toEqual([ids.order, ids.flag, ids.local]);
    expect(result.collectives).toBe(1);
    expect(result.individuals).toBe(2);
    expect(result.truncated).toBe(false);
  });

  it('shows the decision, the academic title, the unit and the achievement line of the proposal', async () => {
    const [first, second, third] = (await board('unit=CDYT-HN&year=2023')).entries;
    expect(first).toEqual({
      awardId: ids.order,
      recipientKind: 'individual',
      name: 'Nguyễn Văn Board1',
      academicTitle: 'GS.TS.',
      unitName: expect.stringContaining('Kiểm soát bệnh tật'),
      award: {
        code: 'HCLD3',
        nameVi: 'Huân chương Lao động hạng Ba',
        nameEn: expect.any(String),
        level: 'national',
        form: 'order',
      },
      decisionNo: '123/QĐ-CTN',
      decisionDate: '2024-04-20',
      deciderName: 'Chủ tịch nước',
      achievement:
        'Trực tiếp điều trị thành công hơn 1.200 ca bệnh COVID-19 nặng tại khu điều trị tầng 5; chủ nhiệm 2 đề tài cấp Bộ đã nghiệm thu.',
    });
    expect(second).toMatchObject({
      recipientKind: 'collective',
      unitName: null,
      academicTitle: null,
      achievement: null,
    });
    expect(second!.name).toContain('Thanh Nhàn');
    expect(third).toMatchObject({ award: { code: 'CSTDCS', level: 'grassroots' }, academicTitle: null });
  });

  it('carries nothing personal beyond name, academic title and unit', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/honour-board?unit=CDYT-HN&year=2023' });
    for (const secret of ['001090012345', '1975-04-30', '0912345678', '@example.vn'])
      expect(response.body).not.toContain(secret);
    for (const entry of (response.json() as HonourBoard).entries)
      expect(Object.keys(entry).sort()).toEqual([
        'academicTitle',
        'achievement',
        'award',
        'awardId',
        'deciderName',
        'decisionDate',
        'decisionNo',
        'name',
        'recipientKind',
        'unitName',
      ]);
  });

  it('keeps to the unit’s subtree, the year and the level asked for', async () => {
    expect((await board('unit=CDCS-HN-BVTP&year=2023')).entries.map((entry) => entry.awardId)).toEqual([ids.flag]);
    expect((await board('unit=CDCS-BVBM&year=2023&minLevel=national')).entries.map((entry) => entry.awardId)).toEqual([
      ids.outside,
    ]);
    expect((await board('unit=CDCS-HN-CDC&year=2022')).entries.map((entry) => entry.awardId)).toEqual([ids.otherYear]);
    const high = await board('unit=CDYT-HN&year=2023&minLevel=ministry_province');
    expect(high.entries.map((entry) => entry.awardId)).toEqual([ids.order, ids.flag]);
  });

  it('never shows a revoked award or an award under a revoked decision, also to a logged-in officer', async () => {
    const hanoi = await t.login(accounts.hanoiOfficer);
    const response = await hanoi.get('/api/v1/honour-board?unit=CDCS-HN-CDC&year=2023');
    const shown = (response.json() as HonourBoard).entries.map((entry) => entry.awardId);
    expect(shown).not.toContain(ids.revoked);
    expect(shown).not.toContain(ids.revokedDecision);
    expect(shown).toEqual([ids.order, ids.local]);
  });

  it('defaults to the root of the tree, answers 404 for an unknown unit and 400 without a year', async () => {
    const root = await board('year=2023&minLevel=national');
    expect(root.unit.code).toBe('TLDLDVN');
    expect(root.entries.map((entry) => entry.awardId).sort()).toEqual([ids.order, ids.flag, ids.outside].sort());
    const unknown = await t.app.inject({ method: 'GET', url: '/api/v1/honour-board?unit=NOPE&year=2023' });
    expect(unknown.statusCode).toBe(404);
    const noYear = await t.app.inject({ method: 'GET', url: '/api/v1/honour-board?unit=CDYT-HN' });
    expect(noYear.statusCode).toBe(400);
  });

  it('is read-only: no other method is offered', async () => {
    const response = await t.app.inject({ method: 'POST', url: '/api/v1/honour-board?year=2023', payload: {} });
    expect([404, 405]).toContain(response.statusCode);
  });
});
