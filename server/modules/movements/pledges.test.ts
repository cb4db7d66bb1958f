import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Cluster } from '../../../shared/contracts/movements.ts';
import { vietnamToday } from '../../../shared/dates.ts';
import { auditLog, movements } from '../../db/schema/index.ts';
import { accounts } from '../../test/fixtures.ts';
import { createTestContext, type Agent, type TestContext } from '../../test/harness.ts';

let t: TestContext;
let emulation: Agent;
let hanoi: Agent;
let bachMai: Agent;
let council: Agent;
const ids: Record<string, number> = {};
let open: number;
let bachMaiPeople: number[];
let hanoiPerson: number;
const year = Number(vietnamToday().slice(0, 4));

/** A launched national movement covering Bạch Mai and Hà Nội's sector union, open for pledges to the year's end. */
async function launchedMovement(pledgeDeadline: string) {
  const created = await emulation.post('/api/v1/movements', {
    name: 'Phong trào thi đua thường xuyên thử nghiệm',
    launchingUnitId: ids.CDYTVN,
    kind: 'regular',
    year,
    startsOn: `${year}-01-01`,
    endsOn: `${year}-12-31`,
    pledgeDeadline,
    launchDocumentNo: '99/KH-CĐYT',
  });
  expect(created.statusCode, created.body).toBe(201);
  const id = created.json().id as number;
  await emulation.request({
    method: 'PUT',
    url: `/api/v1/movements/${id}/criteria`,
    payload: { items: [{ title: 'Hoàn thành nhiệm vụ', maxPoints: 100 }] },
  });
  await emulation.request({
    method: 'PUT',
    url: `/api/v1/movements/${id}/units`,
    payload: { unitIds: [ids['CDCS-BVBM'], ids['CDYT-HN']] },
  });
  expect((await emulation.post(`/api/v1/movements/${id}/launch`)).statusCode).toBe(200);
  return id;
}

async function membersOf(agent: Agent, unit: string): Promise<number[]> {
  const response = await agent.get(`/api/v1/members?unit=${unit}&pageSize=20`);
  return response.json().items.map((item: { id: number }) => item.id);
}

beforeAll(async () => {
  t = await createTestContext();
  [emulation, hanoi, bachMai, council] = await Promise.all([
    t.login(accounts.emulationOfficer),
    t.login(accounts.hanoiOfficer),
    t.login(accounts.bachMaiOfficer),
    t.login(accounts.councilMember),
  ]);
  for (const code of ['CDYTVN', 'CDYT-HN', 'CDCS-BVBM', 'CDCS-BVVD', 'CDCS-HN-BVXP', 'CDCS-HN-BVTP', 'CDCS-HN-CDC']) {
    ids[code] = await t.unitId(code);
  }
  open = await launchedMovement(`${year}-12-31`);
  bachMaiPeople = await membersOf(bachMai, 'CDCS-BVBM');
  hanoiPerson = (await membersOf(hanoi, 'CDCS-HN-CDC'))[0]!;
});
afterAll(() => t.close());

const pledge = (agent: Agent, movementId: number, body: Record<string, unknown>) =>
  agent.post(`/api/v1/movements/${movementId}/pledges`, { targets: 'Hoàn thành xuất sắc nhiệm vụ', ...body });

describe('pledges', () => {
  it('registers a collective and an individual pledge, shown in the who-has-registered view, audited', async () => {
    const collective = await pledge(bachMai, open, { unitId: ids['CDCS-BVBM'], awardCode: 'CDCS_HTXSNV' });
    expect(collective.statusCode, collective.body).toBe(201);
    expect(collective.json()).toMatchObject({ person: null, awardCode: 'CDCS_HTXSNV', abilities: { withdraw: true } });
    const individual = await pledge(bachMai, open, {
      unitId: ids['CDCS-BVBM'],
      personId: bachMaiPeople[7],
      awardCode: 'LDTT',
    });
    expect(individual.statusCode, individual.body).toBe(201);
    expect(individual.json().awardName).toBe('Lao động tiên tiến');

    const view = (await emulation.get(`/api/v1/movements/${open}/registrations`)).json();
    expect(view).toMatchObject({ covered: 2, registered: 1, open: true });
    expect(view.items).toContainEqual(
      expect.objectContaining({
        unit: expect.objectContaining({ code: 'CDCS-BVBM' }),
        collectivePledge: true,
        individualPledges: 1,
      }),
    );
    const missing = (await emulation.get(`/api/v1/movements/${open}/registrations?unregistered=true`)).json();
    expect(missing.items.map((row: { unit: { code: string } }) => row.unit.code)).toEqual(['CDYT-HN']);
    // The grassroots officer sees only their own unit's row.
    const own = (await bachMai.get(`/api/v1/movements/${open}/registrations`)).json();
    expect(own.items.map((row: { unit: { code: string } }) => row.unit.code)).toEqual(['CDCS-BVBM']);

    const rows = await t.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(and(eq(auditLog.entity, 'pledge'), inArray(auditLog.entityId, [String(collective.json().id)])));
    expect(rows.map((row) => row.action)).toEqual(['pledge.register']);
  });

  it('refuses a second pledge, a uncovered unit, a person outside the unit and a title for the wrong kind', async () => {
    const twice = await pledge(bachMai, open, { unitId: ids['CDCS-BVBM'] });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.code).toBe('pledges.already_registered');
    const uncovered = await pledge(emulation, open, { unitId: ids['CDCS-BVVD'] });
    expect(uncovered.statusCode).toBe(400);
    expect(uncovered.json().error).toMatchObject({
      code: 'pledges.unit_not_covered',
      details: [{ field: 'body.unitId' }],
    });
    const outsider = await pledge(bachMai, open, { unitId: ids['CDCS-BVBM'], personId: hanoiPerson });
    expect(outsider.statusCode).toBe(400);
    expect(outsider.json().error.code).toBe('pledges.person_outside_unit');
    const wrongKind = await pledge(bachMai, open, {
      unitId: ids['CDCS-BVBM'],
      personId: bachMaiPeople[6],
      awardCode: 'CDCS_HTXSNV',
    });
    expect(wrongKind.json().error.code).toBe('pledges.award_wrong_kind');
    const unknown = await pledge(bachMai, open, {
      unitId: ids['CDCS-BVBM'],
      personId: bachMaiPeople[6],
      awardCode: 'XYZ',
    });
    expect(unknown.json().error.code).toBe('pledges.unknown_award');
  });

  it('answers registrations of the same person sent at once with one pledge and 409s, never a server error', async () => {
    const body = { unitId: ids['CDCS-BVBM'], personId: bachMaiPeople[9] };
    const responses = await Promise.all(Array.from({ length: 8 }, () => pledge(bachMai, open, body)));
    expect(responses.map((r) => r.statusCode).sort()).toEqual([201, 409, 409, 409, 409, 409, 409, 409]);
    const refused = responses.find((r) => r.statusCode === 409)!;
    expect(refused.json().error.code).toBe('pledges.already_registered');
    const created = responses.find((r) => r.statusCode === 201)!;
    expect((await bachMai.post(`/api/v1/movements/${open}/pledges/${created.json().id}/withdraw`)).statusCode).toBe(
      200,
    );
  });

  it('lets the covered unit’s keepers register (the sector union for its own pledge) but not readers or other units', async () => {
    // Hà Nội's officer keeps CDYT-HN, a covered unit, but not Bạch Mai.
    expect((await pledge(hanoi, open, { unitId: ids['CDCS-BVBM'] })).statusCode).toBe(404);
    expect((await pledge(hanoi, open, { unitId: ids['CDYT-HN'] })).statusCode).toBe(201);
    expect((await pledge(council, open, { unitId: ids['CDYT-HN'] })).statusCode).toBe(403);
  });

  it('refuses a pledge after the deadline with the date in Vietnamese', async () => {
    const closedId = await launchedMovement(`${year}-01-01`);
    await t.db
      .update(movements)
      .set({ pledgeDeadline: `${year - 1}-12-31`, startsOn: `${year - 1}-01-01` })
      .where(eq(movements.id, closedId));
    const late = await pledge(bachMai, closedId, { unitId: ids['CDCS-BVBM'] });
    expect(late.statusCode).toBe(409);
    expect(late.json().error).toMatchObject({
      code: 'pledges.deadline_passed',
      message: `Đã hết hạn đăng ký thi đua (hạn cuối 31/12/${year - 1}).`,
    });
    const view = (await bachMai.get(`/api/v1/movements/${closedId}/registrations`)).json();
    expect(view.open).toBe(false);
    expect(view.items[0].canRegister).toBe(false);
  });

  it('withdraws a pledge, which then no longer counts and may be registered again', async () => {
    const list = (await bachMai.get(`/api/v1/movements/${open}/pledges?unitId=${ids['CDCS-BVBM']}`)).json();
    const personal = list.items.find((item: { person: { id: number } | null }) => item.person?.id === bachMaiPeople[7]);
    const withdrawn = await bachMai.post(`/api/v1/movements/${open}/pledges/${personal.id}/withdraw`);
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    const view = (await bachMai.get(`/api/v1/movements/${open}/registrations`)).json();
    expect(view.items[0].individualPledges).toBe(0);
    expect((await bachMai.post(`/api/v1/movements/${open}/pledges/${personal.id}/withdraw`)).statusCode).toBe(404);
    const again = await pledge(bachMai, open, { unitId: ids['CDCS-BVBM'], personId: bachMaiPeople[7] });
    expect(again.statusCode).toBe(201);
  });
});

describe('clusters and agreements', () => {
  it('creates, edits and deletes a cluster of the organiser’s units, audited; refuses units outside it', async () => {
    const body = {
      name: 'Cụm thi đua số 2 - Y tế dự phòng',
      kind: 'cluster',
      organisingUnitId: ids['CDYT-HN'],
      leaderUnitId: ids['CDCS-HN-CDC'],
      validFrom: 2026,
      unitIds: [ids['CDCS-HN-CDC'], ids['CDCS-HN-BVTP']],
    };
    const created = await hanoi.post('/api/v1/emulation-clusters', body);
    expect(created.statusCode, created.body).toBe(201);
    const page = (await hanoi.get('/api/v1/emulation-clusters')).json();
    expect(page).toMatchObject({ total: page.items.length, truncated: false });
    expect(page.items.map((c: { id: number }) => c.id)).toContain(created.json().id);
    expect(created.json()).toMatchObject({ leaderUnit: { code: 'CDCS-HN-CDC' }, abilities: { update: true } });
    const id = created.json().id;
    const outside = await hanoi.patch(`/api/v1/emulation-clusters/${id}`, {
      ...body,
      unitIds: [ids['CDCS-HN-CDC'], ids['CDCS-BVBM']],
    });
    expect(outside.statusCode).toBe(400);
    expect(outside.json().error.details[0].field).toBe('body.unitIds.1');
    const leader = await hanoi.patch(`/api/v1/emulation-clusters/${id}`, {
      ...body,
      leaderUnitId: ids['CDCS-HN-BVXP'],
    });
    expect(leader.json().error.code).toBe('emulation_clusters.leader_not_member');
    expect((await bachMai.get(`/api/v1/emulation-clusters/${id}`)).statusCode).toBe(404);
    expect((await council.delete(`/api/v1/emulation-clusters/${id}`)).statusCode).toBe(403);
    expect((await hanoi.delete(`/api/v1/emulation-clusters/${id}`)).statusCode).toBe(200);
    const actions = await t.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(and(eq(auditLog.entity, 'emulation_cluster'), eq(auditLog.entityId, String(id))))
      .orderBy(auditLog.id);
    expect(actions.map((row) => row.action)).toEqual(['emulation_cluster.create', 'emulation_cluster.delete']);
    const listed = (await hanoi.get('/api/v1/emulation-clusters?year=2025')).json();
    expect(listed.items.map((item: { name: string }) => item.name)).toContain(
      'Cụm thi đua số 1 - Các bệnh viện đa khoa thành phố Hà Nội',
    );
  });

  it('keeps a cluster whose ranking was published: members cannot change, the name can', async () => {
    const listed = (await hanoi.get('/api/v1/emulation-clusters?year=2025')).json();
    const ranked = listed.items.find(
      (item: { name: string }) => item.name === 'Cụm thi đua số 1 - Các bệnh viện đa khoa thành phố Hà Nội',
    ) as Cluster;
    const body = {
      name: ranked.name,
      kind: ranked.kind,
      organisingUnitId: ranked.organisingUnit.id,
      leaderUnitId: ranked.leaderUnit?.id ?? null,
      validFrom: ranked.validFrom,
      validTo: ranked.validTo,
      unitIds: ranked.units.map((unit) => unit.id),
    };
    const fewer = await hanoi.patch(`/api/v1/emulation-clusters/${ranked.id}`, {
      ...body,
      unitIds: body.unitIds.slice(1),
      leaderUnitId: null,
    });
    expect(fewer.statusCode).toBe(409);
    expect(fewer.json().error.code).toBe('emulation_clusters.ranking_published');
    const renamed = await hanoi.patch(`/api/v1/emulation-clusters/${ranked.id}`, {
      ...body,
      name: 'Cụm thi đua số 1 - Bệnh viện đa khoa Hà Nội',
    });
    expect(renamed.statusCode, renamed.body).toBe(200);
  });

  it('records an agreement between a movement’s units with signatories, and refuses strangers as parties', async () => {
    const body = {
      movementId: open,
      title: 'Giao ước thi đua giữa Công đoàn ngành Y tế Hà Nội và Công đoàn Bệnh viện Bạch Mai',
      signedOn: `${year}-03-01`,
      content: 'Hai bên cùng thi đua hoàn thành xuất sắc nhiệm vụ.',
      parties: [
        { unitId: ids['CDYT-HN'], signatory: 'Trần Thị Thu Hằng' },
        { unitId: ids['CDCS-BVBM'], signatory: 'Lê Đức Đạt' },
      ],
    };
    const created = await emulation.post('/api/v1/emulation-agreements', body);
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json().parties).toHaveLength(2);
    const stranger = await emulation.post('/api/v1/emulation-agreements', {
      ...body,
      parties: [...body.parties, { unitId: ids['CDCS-BVVD'] }],
    });
    expect(stranger.statusCode).toBe(400);
    expect(stranger.json().error.details[0].field).toBe('body.parties.2.unitId');
    expect((await bachMai.post('/api/v1/emulation-agreements', body)).statusCode).toBe(403);
    const both = await emulation.post('/api/v1/emulation-agreements', { ...body, movementId: undefined });
    expect(both.json().error.code).toBe('agreements.context_required');
    const list = (await bachMai.get(`/api/v1/emulation-agreements?movementId=${open}`)).json();
    expect(list.items).toHaveLength(1);
    expect(list.items[0].abilities.delete).toBe(false);
    expect((await emulation.delete(`/api/v1/emulation-agreements/${created.json().id}`)).statusCode).toBe(200);
  });
});
