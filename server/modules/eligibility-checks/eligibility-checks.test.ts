import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { vietnamToday } from '../../../shared/dates.ts';
import { accounts } from '../../test/fixtures.ts';
import { createTestContext, type Agent, type TestContext } from '../../test/harness.ts';
import { bachMaiPeople, hospitalAward } from '../awards/awards-test-support.ts';

let t: TestContext;
let bachMai: Agent;
let hanoi: Agent;
let council: Agent;
let member: Agent;
let emulation: Agent;
let people: number[];

beforeAll(async () => {
  t = await createTestContext();
  [bachMai, hanoi, council, member, emulation] = await Promise.all([
    t.login(accounts.bachMaiOfficer),
    t.login(accounts.hanoiOfficer),
    t.login(accounts.councilMember),
    t.login(accounts.member),
    t.login(accounts.emulationOfficer),
  ]);
  people = await bachMaiPeople(t);
});
afterAll(() => t.close());

type Reason = { key: string; outcome: string; messageVi: string; citationVi?: string };
type CheckJson = {
  recipient: { name: string };
  award: { nameVi: string };
  result: { verdict: string; reasons: Reason[] };
};

async function check(agent: Agent, body: object) {
  const response = await agent.post('/api/v1/eligibility/check', body);
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as CheckJson;
}

async function candidates(agent: Agent, query: string) {
  const response = await agent.get(`/api/v1/eligibility/candidates?${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as {
    items: { personId: number; verdict: string }[];
    total: number;
    evaluated: number;
    criteriaKnown: boolean;
  };
}

describe('POST /api/v1/eligibility/check', () => {
  it('turns eligible for the ministry’s Bằng khen once the missing CSTĐCS year is recorded, citing the rule in Vietnamese', async () => {
    const before = await check(bachMai, { personId: people[0], code: 'BK_BYT', year: 2025 });
    expect(before.award.nameVi).toBe('Bằng khen của Bộ trưởng Bộ Y tế');
    expect(before.result.verdict).toBe('ineligible');
    const streak = before.result.reasons.find((r) => r.messageVi.includes('Chiến sĩ thi đua cơ sở'))!;
    expect(streak.messageVi).toBe('Cần 2 năm liên tục đạt Chiến sĩ thi đua cơ sở: có 2024; thiếu 2025');
    expect(streak.citationVi).toMatch(/Nghị định|Luật|Điều/);

    const added = await bachMai.post(
      '/api/v1/awards',
      hospitalAward(people[0]!, 'CSTDCS', 2025, '1702/QĐ-BM', '2025-12-17'),
    );
    expect(added.statusCode, added.body).toBe(201);
    const after = await check(bachMai, { personId: people[0], code: 'BK_BYT', year: 2025 });
    expect(after.result.verdict).toBe('eligible');
    expect(after.result.reasons.map((r) => r.messageVi)).toContain(
      '2 năm liên tục đạt Chiến sĩ thi đua cơ sở: 2025, 2024',
    );
  });

  it('reads the initiatives and ratings: no recognised initiative and an ordinary rating keep CSTĐCS out of reach', async () => {
    // The person rated "hoàn thành nhiệm vụ" in 2025 with no initiative of theirs.
    const result = await check(council, { personId: people[6], code: 'CSTDCS', year: 2025 });
    expect(result.result.verdict).toBe('ineligible');
    const messages = result.result.reasons.map((r) => r.messageVi).join(' | ');
    expect(messages).toContain('Năm 2025 xếp loại Hoàn thành nhiệm vụ; cần Hoàn thành tốt nhiệm vụ trở lên');
    expect(messages).toContain('Chưa có sáng kiến được công nhận năm 2025');
    expect(result.result.reasons[0]!.citationVi).toBe('Điều 24 Luật Thi đua, khen thưởng số 06/2022/QH15');
  });

  it('judges a collective from its own awards', async () => {
    const result = await check(bachMai, { unitCode: 'CDCS-BVBM', code: 'CDCS_HTXSNV', year: 2025 });
    expect(result.recipient.name).toContain('Bạch Mai');
    expect(['eligible', 'ineligible', 'needs_review']).toContain(result.result.verdict);
    expect(result.result.reasons.length).toBeGreaterThan(0);
  });

  it('counts a collective’s members from their records for the member clauses', async () => {
    const before = await check(bachMai, { unitCode: 'CDCS-BVBM', code: 'TTLDXS', year: 2025 });
    const share = (result: CheckJson) =>
      result.result.reasons.find((r) => r.messageVi.startsWith('Tỷ lệ thành viên đạt Lao động tiên tiến'))!.messageVi;
    expect(before.result.verdict).toBe('ineligible');
    const [, counted, members] = /\((\d+)\/(\d+)\); cần từ 70%$/.exec(share(before))!;
    // One more member holding LĐTT 2025 moves the figure by one.
    const added = await bachMai.post(
      '/api/v1/awards',
      hospitalAward(people[7]!, 'LDTT', 2025, '1702/QĐ-BM', '2025-12-17'),
    );
    expect(added.statusCode, added.body).toBe(201);
    const after = await check(bachMai, { unitCode: 'CDCS-BVBM', code: 'TTLDXS', year: 2025 });
    expect(share(after)).toContain(`(${Number(counted) + 1}/${members})`);
  });

  it('reads pledges in regular movements: a registered pledge turns “Chưa đăng ký thi đua năm Y” into met', async () => {
    // The answer lists the clauses not met; a met pledge clause drops out of it.
    const pledgeReason = (result: CheckJson) => result.result.reasons.find((r) => r.key.startsWith('pledge.'));
    // The demo registered people[0] in the national union's 2025 movement, and not people[6].
    expect(pledgeReason(await check(bachMai, { personId: people[0], code: 'LDTT', year: 2025 }))).toBeUndefined();
    expect(pledgeReason(await check(bachMai, { personId: people[6], code: 'LDTT', year: 2025 }))).toMatchObject({
      outcome: 'not_met',
      messageVi: 'Chưa đăng ký thi đua năm 2025',
    });
    const year = Number(vietnamToday().slice(0, 4));
    const before = pledgeReason(await check(bachMai, { personId: people[6], code: 'LDTT', year }));
    expect(before).toMatchObject({ key: 'pledge.missing', messageVi: `Chưa đăng ký thi đua năm ${year}` });

    const movement = await emulation.post('/api/v1/movements', {
      name: `Phong trào thi đua thường xuyên năm ${year}`,
      launchingUnitId: await t.unitId('CDYTVN'),
      kind: 'regular',
      year,
      startsOn: `${year}-01-01`,
      endsOn: `${year}-12-31`,
      pledgeDeadline: `${year}-12-31`,
      launchDocumentNo: '77/KH-CĐYT',
    });
    const id = movement.json().id as number;
    await emulation.request({
      method: 'PUT',
      url: `/api/v1/movements/${id}/criteria`,
      payload: { items: [{ title: 'Hoàn thành nhiệm vụ', maxPoints: 100 }] },
    });
    await emulation.request({
      method: 'PUT',
      url: `/api/v1/movements/${id}/units`,
      payload: { unitIds: [await t.unitId('CDCS-BVBM')] },
    });
    expect((await emulation.post(`/api/v1/movements/${id}/launch`)).statusCode).toBe(200);
    const pledged = await bachMai.post(`/api/v1/movements/${id}/pledges`, {
      unitId: await t.unitId('CDCS-BVBM'),
      personId: people[6],
      awardCode: 'LDTT',
      targets: 'Hoàn thành tốt nhiệm vụ',
    });
    expect(pledged.statusCode, pledged.body).toBe(201);
    expect(pledgeReason(await check(bachMai, { personId: people[6], code: 'LDTT', year }))).toBeUndefined();

    // Withdrawn, it no longer counts.
    await bachMai.post(`/api/v1/movements/${id}/pledges/${pledged.json().id}/withdraw`);
    expect(pledgeReason(await check(bachMai, { personId: people[6], code: 'LDTT', year }))?.key).toBe('pledge.missing');
  });

  it('answers 400 for a code not in the catalogue, 404 out of scope, 403 without the capability', async () => {
    const unknown = await bachMai.post('/api/v1/eligibility/check', {
      personId: people[0],
      code: 'KHONG_CO',
      year: 2025,
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.code).toBe('eligibility.unknown_code');
    expect(
      (await hanoi.post('/api/v1/eligibility/check', { personId: people[0], code: 'BK_BYT', year: 2025 })).statusCode,
    ).toBe(404);
    expect(
      (await member.post('/api/v1/eligibility/check', { personId: people[0], code: 'BK_BYT', year: 2025 })).statusCode,
    ).toBe(403);
    expect((await bachMai.post('/api/v1/eligibility/check', { code: 'BK_BYT', year: 2025 })).statusCode).toBe(400);
  });
});

describe('GET /api/v1/eligibility/candidates', () => {
  it('suggests everyone in the subtree who meets the form’s criteria, paginated, and follows revocations', async () => {
    const all = await candidates(bachMai, 'unit=CDCS-BVBM&code=BK_BYT&year=2025');
    expect(all.criteriaKnown).toBe(true);
    expect(all.evaluated).toBeGreaterThanOrEqual(8);
    const ids = all.items.map((c) => c.personId);
    // people[5] held CSTĐCS 2024 and 2025 in the demo; people[0] got 2025 in the test above.
    expect(ids).toEqual(expect.arrayContaining([people[5], people[0]]));
    expect(ids).not.toContain(people[1]);
    expect(all.items.every((c) => c.verdict === 'eligible' || c.verdict === 'needs_review')).toBe(true);

    const page = await candidates(bachMai, 'unit=CDCS-BVBM&code=BK_BYT&year=2025&pageSize=1&page=2');
    expect(page.total).toBe(all.total);
    expect(page.items).toHaveLength(1);
    expect(page.items[0]!.personId).toBe(all.items[1]!.personId);

    const awards = (await bachMai.get(`/api/v1/awards?person=${people[5]}`)).json() as {
      items: { id: number; code: string; year: number }[];
    };
    const cstdcs2025 = awards.items.find((a) => a.code === 'CSTDCS' && a.year === 2025)!;
    expect((await bachMai.post(`/api/v1/awards/${cstdcs2025.id}/revoke`, { reason: 'Thu hồi' })).statusCode).toBe(200);
    const afterRevoke = await candidates(bachMai, 'unit=CDCS-BVBM&code=BK_BYT&year=2025');
    expect(afterRevoke.items.map((c) => c.personId)).not.toContain(people[5]);
  });

  it('answers 404 for a unit out of scope and 400 for an unknown code', async () => {
    expect((await hanoi.get('/api/v1/eligibility/candidates?unit=CDCS-BVBM&code=BK_BYT&year=2025')).statusCode).toBe(
      404,
    );
    const unknown = await bachMai.get('/api/v1/eligibility/candidates?unit=CDCS-BVBM&code=KHONG_CO&year=2025');
    expect(unknown.statusCode).toBe(400);
  });
});
