import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AwardStats } from '../../../shared/contracts/award-stats.ts';
import { accounts } from '../../test/fixtures.ts';
import { createTestContext, type Agent, type TestContext } from '../../test/harness.ts';
import { insertAwards, insertPeople, subtreeUnitIds, type AwardSpec } from './award-stats-test-support.ts';

let t: TestContext;
let hanoi: Agent;
let bachMai: Agent;
let sector: Agent;
let member: Agent;

const PRESIDENT = { deciderKey: 'authority:president:', deciderName: 'Chủ tịch nước' };
const GOVERNMENT = { deciderKey: 'authority:government:', deciderName: 'Chính phủ' };
const PRIME_MINISTER = { deciderKey: 'authority:prime_minister:', deciderName: 'Thủ tướng Chính phủ' };

/**
 * The period 2016-2020 of article 000 entered award by award over the Hà Nội subtree: 25 collectives and
 * 85 individuals receive 328 orders, 47 Government flags and 525 Prime Minister's certificates, achievement
 * years spread over 2016-2020, each decision signed the following spring.
 */
async function enterArticlePeriod() {
  const unitIds = (await subtreeUnitIds(t.db, 'CDYT-HN')).slice(0, 25);
  expect(unitIds).toHaveLength(25);
  const personIds = await insertPeople(t.db, 85, 'Stat');
  const recipients = [
    ...unitIds.map((id) => ({ recipientUnitId: id, unitId: id })),
    ...personIds.map((id, index) => ({ personId: id, unitId: unitIds[index % unitIds.length]! })),
  ];
  const specs: AwardSpec[] = [];
  const add = (code: string, count: number, decider: typeof PRESIDENT, pool: typeof recipients) => {
    for (let k = 0; k < count; k++) {
      const year = 2016 + (specs.length % 5);
      specs.push({
        code,
        ...pool[k % pool.length]!,
        year,
        decisionNo: `${specs.length + 1}/QĐ-TK`,
        decisionDate: `${year + 1}-03-15`,
        ...decider,
      });
    }
  };
  add('HCLD3', 200, PRESIDENT, recipients);
  add('HCLD2', 100, PRESIDENT, recipients);
  add('HC_DOC_LAP_3', 28, PRESIDENT, recipients);
  add('CO_CP', 47, GOVERNMENT, recipients.slice(0, 25));
  add('BK_TTG', 525, PRIME_MINISTER, recipients);
  expect(specs).toHaveLength(900);
  await insertAwards(t.db, specs);

  // What must not be counted: a revoked award, an award under a revoked decision, a year outside the period.
  const [someone] = personIds;
  const hanoiUnit = unitIds[0]!;
  await insertAwards(t.db, [
    {
      code: 'BK_TTG',
      personId: someone,
      unitId: hanoiUnit,
      year: 2018,
      decisionNo: 'R1/QĐ-TTg',
      decisionDate: '2019-01-10',
      ...PRIME_MINISTER,
      revoked: true,
    },
    {
      code: 'BK_TTG',
      personId: someone,
      unitId: hanoiUnit,
      year: 2018,
      decisionNo: 'R2/QĐ-TTg',
      decisionDate: '2019-01-11',
      ...PRIME_MINISTER,
      decisionRevoked: true,
    },
    {
      code: 'BK_TTG',
      personId: someone,
      unitId: hanoiUnit,
      year: 2021,
      decisionNo: 'R3/QĐ-TTg',
      decisionDate: '2022-01-11',
      ...PRIME_MINISTER,
    },
  ]);
  // And outside the subtree: Bạch Mai sits under Công đoàn Y tế Việt Nam, not under Hà Nội.
  const [bachMaiUnit] = await subtreeUnitIds(t.db, 'CDCS-BVBM');
  await insertAwards(t.db, [
    {
      code: 'CO_CP',
      recipientUnitId: bachMaiUnit,
      unitId: bachMaiUnit!,
      year: 2019,
      decisionNo: 'B1/QĐ-TTg',
      decisionDate: '2020-02-01',
      ...GOVERNMENT,
    },
  ]);
}

beforeAll(async () => {
  t = await createTestContext();
  [hanoi, bachMai, sector, member] = await Promise.all([
    t.login(accounts.hanoiOfficer),
    t.login(accounts.bachMaiOfficer),
    t.login(accounts.sectorAdmin),
    t.login(accounts.member),
  ]);
  await enterArticlePeriod();
});
afterAll(() => t.close());

describe('GET /api/v1/award-stats', () => {
  it('reproduces the sentences of article 000 from the awards entered over the subtree', async () => {
    const response = await hanoi.get('/api/v1/award-stats?unit=CDYT-HN&from=2016&to=2020');
    expect(response.statusCode, response.body).toBe(200);
    const stats = response.json() as AwardStats;
    expect(stats.recipientsSentenceVi).toBe('25 tập thể, 85 cá nhân');
    expect(stats.formsSentenceVi).toBe(
      '328 huân chương, 47 Cờ thi đua của Chính phủ, 525 Bằng khen của Thủ tướng Chính phủ',
    );
    expect(stats.formsSentenceEn).toContain('328 orders');
    expect(stats.awards.total).toBe(900);
    expect(stats.awards.collectives + stats.awards.individuals).toBe(900);
  });

  it('counts by form with the printed names, and by level, occasion, year and deciding body', async () => {
    const stats = (await hanoi.get('/api/v1/award-stats?unit=CDYT-HN&from=2016&to=2020')).json() as AwardStats;
    expect(stats.byForm.map((row) => [row.code, row.total])).toEqual([
      ['HCLD3', 200],
      ['HCLD2', 100],
      ['HC_DOC_LAP_3', 28],
      ['CO_CP', 47],
      ['BK_TTG', 525],
    ]);
    expect(stats.byForm.find((row) => row.code === 'CO_CP')).toMatchObject({
      nameVi: 'Cờ thi đua của Chính phủ',
      collectives: 47,
      individuals: 0,
    });
    expect(stats.byLevel).toEqual([
      { level: 'national', collectives: expect.any(Number), individuals: expect.any(Number), total: 900 },
    ]);
    expect(stats.byOccasion).toEqual([
      { occasion: 'regular', collectives: expect.any(Number), individuals: expect.any(Number), total: 900 },
    ]);
    expect(stats.byYear.map((row) => [row.year, row.total])).toEqual([
      [2016, 180],
      [2017, 180],
      [2018, 180],
      [2019, 180],
      [2020, 180],
    ]);
    expect(stats.byDecider.map((row) => [row.deciderName, row.total])).toEqual([
      ['Thủ tướng Chính phủ', 525],
      ['Chủ tịch nước', 328],
      ['Chính phủ', 47],
    ]);
  });

  it('counts by the decision date when asked: decisions signed in 2017-2021 for the same achievements', async () => {
    const byDecision = (
      await hanoi.get('/api/v1/award-stats?unit=CDYT-HN&from=2016&to=2020&basis=decision_date')
    ).json() as AwardStats;
    expect(byDecision.basis).toBe('decision_date');
    expect(byDecision.byYear.map((row) => row.year)).toEqual([2017, 2018, 2019, 2020]);
    expect(byDecision.awards.total).toBe(720);
  });

  it('narrows to one form, level or occasion', async () => {
    const flags = (
      await hanoi.get('/api/v1/award-stats?unit=CDYT-HN&from=2016&to=2020&code=CO_CP')
    ).json() as AwardStats;
    expect(flags.recipientsSentenceVi).toBe('25 tập thể');
    expect(flags.formsSentenceVi).toBe('47 Cờ thi đua của Chính phủ');
    const grassroots = (
      await hanoi.get('/api/v1/award-stats?unit=CDYT-HN&from=2016&to=2020&level=grassroots')
    ).json() as AwardStats;
    expect(grassroots.awards.total).toBe(0);
    expect(grassroots.recipientsSentenceVi).toBe('');
    const thematic = (
      await hanoi.get('/api/v1/award-stats?unit=CDYT-HN&from=2016&to=2020&occasion=thematic')
    ).json() as AwardStats;
    expect(thematic.awards.total).toBe(0);
  });

  it('defaults to the actor’s own unit and counts the whole subtree above it, including Bạch Mai', async () => {
    const own = (await hanoi.get('/api/v1/award-stats?from=2016&to=2020')).json() as AwardStats;
    expect(own.unit.code).toBe('CDYT-HN');
    const national = (
      await sector.get('/api/v1/award-stats?unit=CDYTVN&from=2016&to=2020&code=CO_CP')
    ).json() as AwardStats;
    expect(national.formsSentenceVi).toBe('48 Cờ thi đua của Chính phủ');
  });

  it('answers 404 for a unit outside the reader’s scope and 403 to a member without the capability', async () => {
    const outside = await bachMai.get('/api/v1/award-stats?unit=CDYT-HN&from=2016&to=2020');
    expect(outside.statusCode).toBe(404);
    expect(outside.json().error.code).toBe('units.not_found');
    const denied = await member.get('/api/v1/award-stats?unit=CDCS-BVBM&from=2016&to=2020');
    expect(denied.statusCode).toBe(403);
  });

  it('refuses a period that ends before it starts and an unknown level', async () => {
    const reversed = await hanoi.get('/api/v1/award-stats?unit=CDYT-HN&from=2020&to=2016');
    expect(reversed.statusCode).toBe(400);
    const level = await hanoi.get('/api/v1/award-stats?unit=CDYT-HN&from=2016&to=2020&level=galactic');
    expect(level.statusCode).toBe(400);
  });
});

describe('GET /api/v1/award-stats/export', () => {
  it('downloads the statistics as an .xlsx workbook with the sentences and the tables', async () => {
    const response = await hanoi.get('/api/v1/award-stats/export?unit=CDYT-HN&from=2016&to=2020');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toContain('thong-ke-khen-thuong-cdyt-hn-2016-2020.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'Tổng hợp',
      'Theo hình thức',
      'Theo cấp',
      'Theo loại hình',
      'Theo năm',
      'Theo cấp quyết định',
    ]);
    const summary = workbook.getWorksheet('Tổng hợp')!;
    expect(summary.getCell('B7').value).toBe('25 tập thể, 85 cá nhân');
    expect(summary.getCell('B8').value).toBe(
      '328 huân chương, 47 Cờ thi đua của Chính phủ, 525 Bằng khen của Thủ tướng Chính phủ',
    );
    const forms = workbook.getWorksheet('Theo hình thức')!;
    expect(forms.getRow(5).values).toEqual([undefined, 4, 'Cờ thi đua của Chính phủ', 'CO_CP', 'Nhà nước', 47, 0, 47]);
  });

  it('is refused outside the scope like the statistics', async () => {
    const response = await bachMai.get('/api/v1/award-stats/export?unit=CDYT-HN&from=2016&to=2020');
    expect(response.statusCode).toBe(404);
  });
});
