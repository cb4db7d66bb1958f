import { count, eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, awardDecisions, awardProposals, awards, units } from '../../db/schema/index.ts';
import { accounts } from '../../test/fixtures.ts';
import { createTestContext, type Agent, type TestContext } from '../../test/harness.ts';
import { bachMaiPeople, hospitalAward } from './awards-test-support.ts';

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

type AwardJson = {
  id: number;
  code: string;
  nameVi: string;
  year: number;
  revoked: boolean;
  revokedReason: string | null;
  decision: { decisionNo: string; decisionDate: string; deciderName: string; deciderUnitCode: string | null };
  abilities: { revoke: boolean };
};
const awardCount = async () => (await t.db.select({ n: count() }).from(awards))[0]!.n;

describe('GET /api/v1/awards', () => {
  it('lists a person’s titles newest year first, with decision and deciding body', async () => {
    const response = await bachMai.get(`/api/v1/awards?person=${people[0]}`);
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json() as { items: AwardJson[]; canCreate: boolean };
    expect(body.canCreate).toBe(true);
    expect(body.items.map((a) => `${a.code} ${a.year}`)).toEqual([
      'BK_CDYTVN 2024',
      'CSTDCS 2024',
      'LDTT 2024',
      'CSTDCS 2023',
      'LDTT 2023',
    ]);
    const cstdcs = body.items.find((a) => a.code === 'CSTDCS' && a.year === 2024)!;
    expect(cstdcs.nameVi).toBe('Chiến sĩ thi đua cơ sở');
    expect(cstdcs.decision).toMatchObject({ decisionNo: '1610/QĐ-BM', decisionDate: '2024-12-18' });
    expect(cstdcs.decision.deciderName).toContain('Bệnh viện Bạch Mai');
    expect(body.items[0]!.decision.deciderUnitCode).toBe('CDYTVN');
  });

  it('lists a collective’s awards by unit code', async () => {
    const response = await bachMai.get('/api/v1/awards?unit=CDCS-BVBM');
    expect(response.statusCode, response.body).toBe(200);
    const items = (response.json() as { items: AwardJson[] }).items;
    expect(items.map((a) => a.code)).toEqual(['CDCS_HTXSNV']);
  });

  it('answers 404 out of scope and 403 without the capability', async () => {
    expect((await hanoi.get(`/api/v1/awards?person=${people[0]}`)).statusCode).toBe(404);
    expect((await member.get(`/api/v1/awards?person=${people[0]}`)).statusCode).toBe(403);
    expect((await bachMai.get('/api/v1/awards')).statusCode).toBe(400);
  });
});

describe('POST /api/v1/awards', () => {
  it('records an award of an outside authority, audited, and shows it in the timeline', async () => {
    const response = await emulation.post('/api/v1/awards', {
      personId: people[2],
      code: 'BK_BYT',
      year: 2025,
      decisionNo: '2210/QĐ-BYT',
      decisionDate: '2026-01-15',
      decider: { kind: 'authority', authority: 'minister', organisation: 'Bộ Y tế' },
    });
    expect(response.statusCode, response.body).toBe(201);
    const award = response.json() as AwardJson;
    expect(award).toMatchObject({
      code: 'BK_BYT',
      nameVi: 'Bằng khen của Bộ trưởng Bộ Y tế',
      year: 2025,
      revoked: false,
    });
    expect(award.decision.deciderName).toBe('Bộ trưởng Bộ Y tế');
    const audits = await t.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityId, String(award.id)));
    expect(audits.map((a) => a.action)).toContain('award.create');
    const list = (await bachMai.get(`/api/v1/awards?person=${people[2]}`)).json() as { items: AwardJson[] };
    expect(list.items[0]!.id).toBe(award.id);
  });

  it('adds more recipients to one decision, but refuses the same number of the same body for another decision (409)', async () => {
    const first = await bachMai.post(
      '/api/v1/awards',
      hospitalAward(people[3]!, 'LDTT', 2025, '1800/QĐ-BM', '2025-12-30'),
    );
    expect(first.statusCode, first.body).toBe(201);
    const second = await bachMai.post(
      '/api/v1/awards',
      hospitalAward(people[4]!, 'LDTT', 2025, '1800/QĐ-BM', '2025-12-30'),
    );
    expect(second.statusCode, second.body).toBe(201);
    const before = await awardCount();
    const reused = await bachMai.post(
      '/api/v1/awards',
      hospitalAward(people[6]!, 'LDTT', 2025, '1800/QĐ-BM', '2025-11-02'),
    );
    expect(reused.statusCode).toBe(409);
    expect(reused.json().error.code).toBe('awards.decision_number_taken');
    expect(reused.json().error.message).toContain('1800/QĐ-BM');
    expect(reused.json().error.message).toContain('30/12/2025');
    const twice = await bachMai.post(
      '/api/v1/awards',
      hospitalAward(people[3]!, 'LDTT', 2025, '1800/QĐ-BM', '2025-12-30'),
    );
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.code).toBe('awards.duplicate');
    expect(await awardCount()).toBe(before);
  });

  it('refuses a code not in the catalogue, a wrong recipient kind and an authority that does not confer it (400)', async () => {
    const before = await awardCount();
    const unknown = await bachMai.post(
      '/api/v1/awards',
      hospitalAward(people[3]!, 'KHONG_CO', 2025, '1/QĐ', '2025-12-30'),
    );
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error).toMatchObject({ code: 'awards.unknown_code' });
    expect(unknown.json().error.message).toContain('KHONG_CO');
    const collectiveOnly = await bachMai.post(
      '/api/v1/awards',
      hospitalAward(people[3]!, 'CDCS_HTXSNV', 2025, '2/QĐ', '2025-12-30'),
    );
    expect(collectiveOnly.json().error.code).toBe('awards.wrong_recipient_kind');
    const notConferrer = await bachMai.post('/api/v1/awards', {
      ...hospitalAward(people[3]!, 'BK_BYT', 2025, '3/QĐ', '2025-12-30'),
      decider: { kind: 'authority', authority: 'prime_minister' },
    });
    expect(notConferrer.statusCode).toBe(400);
    expect(notConferrer.json().error.code).toBe('awards.decider_not_conferrer');
    expect(await awardCount()).toBe(before);
  });

  it('answers 403 to a reader in scope and 404 out of scope, writing nothing', async () => {
    const before = await awardCount();
    const body = hospitalAward(people[3]!, 'LDTT', 2025, '1900/QĐ-BM', '2025-12-30');
    expect((await council.post('/api/v1/awards', body)).statusCode).toBe(403);
    expect((await hanoi.post('/api/v1/awards', body)).statusCode).toBe(404);
    expect((await bachMai.post('/api/v1/awards', { ...body, personId: 99999999 })).statusCode).toBe(404);
    expect(await awardCount()).toBe(before);
  });

  it('records an award of a collective decided by a union unit above the hospital', async () => {
    const body = {
      unitCode: 'CDCS-BVBM',
      code: 'CDCS_HTXSNV',
      year: 2025,
      decisionNo: '12/QĐ-CĐYT',
      decisionDate: '2026-01-20',
      decider: { kind: 'unit', unitCode: 'CDYTVN' },
    };
    // The hospital records what its collective received from the level above.
    const response = await bachMai.post('/api/v1/awards', body);
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json().recipient).toMatchObject({ kind: 'collective', code: 'CDCS-BVBM' });
  });

  it('refuses to add a recipient by hand to a decision issued through the award workflow (409)', async () => {
    const first = await emulation.post('/api/v1/awards', {
      personId: people[5],
      code: 'BK_CDYTVN',
      year: 2025,
      decisionNo: '30/QĐ-CĐYT',
      decisionDate: '2026-01-22',
      decider: { kind: 'unit', unitCode: 'CDYTVN' },
    });
    expect(first.statusCode, first.body).toBe(201);
    const [decision] = await t.db.select().from(awardDecisions).where(eq(awardDecisions.decisionNo, '30/QĐ-CĐYT'));
    const [hospital] = await t.db.select().from(units).where(eq(units.code, 'CDCS-BVBM'));
    await t.db.insert(awardProposals).values({
      proposerUnitId: hospital!.id,
      deciderUnitId: decision!.deciderUnitId!,
      title: 'Đề nghị đã được quyết định',
      year: 2025,
      occasion: 'regular',
      status: 'decided',
      decisionId: decision!.id,
    });
    const before = await awardCount();
    const added = await emulation.post('/api/v1/awards', {
      personId: people[6],
      code: 'BK_CDYTVN',
      year: 2025,
      decisionNo: '30/QĐ-CĐYT',
      decisionDate: '2026-01-22',
      decider: { kind: 'unit', unitCode: 'CDYTVN' },
    });
    expect(added.statusCode).toBe(409);
    expect(added.json().error).toMatchObject({
      code: 'awards.decision_from_workflow',
      message: 'Quyết định này được ban hành qua quy trình xét khen thưởng; không thể thêm người nhận bằng tay.',
    });
    expect(await awardCount()).toBe(before);
  });

  it('puts two recipients entered at once under a new number in one decision, never a server error', async () => {
    const body = (personId: number) => hospitalAward(personId, 'LDTT', 2025, '2100/QĐ-BM', '2025-12-29');
    const responses = await Promise.all([
      bachMai.post('/api/v1/awards', body(people[5]!)),
      bachMai.post('/api/v1/awards', body(people[6]!)),
    ]);
    expect(responses.map((r) => r.statusCode)).toEqual([201, 201]);
    expect(new Set(responses.map((r) => r.json().decision.id)).size).toBe(1);
  });
});

describe('POST /api/v1/awards/:id/revoke', () => {
  it('marks the award revoked with its reason, once, audited', async () => {
    const created = (
      await bachMai.post('/api/v1/awards', hospitalAward(people[6]!, 'LDTT', 2024, '1611/QĐ-BM', '2024-12-19'))
    ).json() as AwardJson;
    expect((await council.post(`/api/v1/awards/${created.id}/revoke`, { reason: 'Sai đối tượng' })).statusCode).toBe(
      403,
    );
    const response = await bachMai.post(`/api/v1/awards/${created.id}/revoke`, {
      reason: 'Kê khai thành tích không đúng',
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({
      revoked: true,
      revokedReason: 'Kê khai thành tích không đúng',
      abilities: { revoke: false },
    });
    const again = await bachMai.post(`/api/v1/awards/${created.id}/revoke`, { reason: 'Lần nữa' });
    expect(again.statusCode).toBe(409);
    const audits = await t.db.select().from(auditLog).where(like(auditLog.action, 'award.revoke'));
    expect(audits.map((a) => a.entityId)).toContain(String(created.id));
    expect((await bachMai.post('/api/v1/awards/99999999/revoke', { reason: 'x' })).statusCode).toBe(404);
  });
});
