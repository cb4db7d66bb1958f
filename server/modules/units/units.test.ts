import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { vietnamToday } from '../../../shared/dates.ts';
import { accounts } from '../../test/fixtures.ts';
import { createTestContext, type Agent, type TestContext } from '../../test/harness.ts';

let t: TestContext;
let hanoi: Agent;
let bachMai: Agent;
let sectorAdmin: Agent;
let admin: Agent;
const ids: Record<string, number> = {};

beforeAll(async () => {
  t = await createTestContext();
  [hanoi, bachMai, sectorAdmin, admin] = await Promise.all([
    t.login(accounts.hanoiOfficer),
    t.login(accounts.bachMaiOfficer),
    t.login(accounts.sectorAdmin),
    t.login(accounts.admin),
  ]);
  for (const code of [
    'CDYTVN',
    'LDLD-HN',
    'CDYT-HN',
    'CDYT-HCM',
    'CDCS-HN-BVTP',
    'CDCS-HN-BVXP',
    'CDCS-HCM-BVTD',
    'CDCS-BVBM',
    'CDCS-BVCR',
    'CDCS-BVBM-KNOI',
    'CDCS-HN-BVTP-KNOI',
    'CDCS-TH-TTYTTX',
    'CDCS-TH-TTYTHH',
  ]) {
    ids[code] = await t.unitId(code);
  }
});
afterAll(() => t.close());

const id = (code: string) => ids[code]!;

/** Every unit route, called on one unit: the scope tests run each of them. */
function everyRoute(unitId: number, otherId: number) {
  return [
    { method: 'GET', url: `/api/v1/units/${unitId}` },
    { method: 'GET', url: `/api/v1/units/${unitId}/history` },
    { method: 'GET', url: `/api/v1/units?parentId=${unitId}` },
    { method: 'PATCH', url: `/api/v1/units/${unitId}`, payload: { name: 'Đổi tên thử' } },
    {
      method: 'POST',
      url: '/api/v1/units',
      payload: { code: 'SCOPE-TEST', kind: 'union_section', parentId: unitId, name: 'Tổ công đoàn thử' },
    },
    { method: 'POST', url: `/api/v1/units/${unitId}/move`, payload: { parentId: otherId } },
    { method: 'POST', url: `/api/v1/units/${unitId}/merge`, payload: { targetId: otherId } },
    {
      method: 'POST',
      url: `/api/v1/units/${unitId}/split`,
      payload: {
        parts: [
          { code: 'SPLIT-A', name: 'Phần A' },
          { code: 'SPLIT-B', name: 'Phần B' },
        ],
      },
    },
    { method: 'POST', url: `/api/v1/units/${unitId}/dissolve`, payload: { reason: 'Thử phạm vi' } },
    { method: 'GET', url: `/api/v1/audit?unitId=${unitId}` },
  ] as const;
}

describe('scope: every unit route', () => {
  it("gives a grassroots officer 404 for another grassroots union's records", async () => {
    for (const route of everyRoute(id('CDCS-BVCR'), id('CDCS-BVBM'))) {
      const response = await bachMai.request(route);
      // The audit log is for administrators: 403 before any record is looked at.
      const expected = route.url.startsWith('/api/v1/audit') ? 403 : 404;
      expect([route.method, route.url, response.statusCode]).toEqual([route.method, route.url, expected]);
    }
  });

  it('gives a provincial officer 404 for a unit beside the province and for the units above it', async () => {
    for (const target of ['CDCS-HCM-BVTD', 'CDYT-HCM', 'LDLD-HN', 'CDYTVN', 'CDCS-BVBM']) {
      for (const route of everyRoute(id(target), id('CDCS-HN-BVXP'))) {
        if (route.url.startsWith('/api/v1/audit')) continue;
        const response = await hanoi.request(route);
        expect([target, route.method, route.url, response.statusCode]).toEqual([target, route.method, route.url, 404]);
      }
    }
  });

  it('lets a provincial officer reach every unit below the province', async () => {
    for (const code of ['CDCS-HN-BVTP', 'CDCS-HN-BVTP-KNOI']) {
      expect((await hanoi.get(`/api/v1/units/${id(code)}`)).statusCode).toBe(200);
      expect((await hanoi.get(`/api/v1/units/${id(code)}/history`)).statusCode).toBe(200);
    }
    const children = (await hanoi.get(`/api/v1/units?parentId=${id('CDYT-HN')}`)).json().items;
    expect(children.length).toBe(6);
    expect(children.every((unit: { province: string }) => unit.province === 'Hà Nội')).toBe(true);
  });

  it('keeps search inside the scope and ignores diacritics', async () => {
    const own = (await hanoi.get('/api/v1/units?q=thanh nhan')).json().items;
    expect(own.map((unit: { code: string }) => unit.code)).toContain('CDCS-HN-BVTP');
    const beside = (await hanoi.get('/api/v1/units?q=tu du')).json().items;
    expect(beside).toEqual([]);
    const upper = (await sectorAdmin.get('/api/v1/units?q=TỪ DŨ')).json().items;
    expect(upper.map((unit: { code: string }) => unit.code)).toEqual(['CDCS-HCM-BVTD']);
  });

  it('lets the national sector union reach provincial sector unions along the reporting line, not the federations', async () => {
    expect((await sectorAdmin.get(`/api/v1/units/${id('CDYT-HN')}`)).statusCode).toBe(200);
    expect((await sectorAdmin.get(`/api/v1/units/${id('CDCS-HN-BVTP')}`)).statusCode).toBe(200);
    expect((await sectorAdmin.get(`/api/v1/units/${id('LDLD-HN')}`)).statusCode).toBe(404);
  });

  it('shows abilities: officers edit their unit but restructure only below it; members only read', async () => {
    const own = (await hanoi.get(`/api/v1/units/${id('CDYT-HN')}`)).json();
    expect(own.abilities).toMatchObject({ update: true, createChild: true, move: false, merge: false });
    const below = (await hanoi.get(`/api/v1/units/${id('CDCS-HN-BVTP')}`)).json();
    expect(below.abilities).toMatchObject({ update: true, move: true, merge: true, split: true, dissolve: true });
    const member = await t.login(accounts.member);
    const read = (await member.get(`/api/v1/units/${id('CDCS-BVBM')}`)).json();
    expect(Object.values(read.abilities).every((value) => value === false)).toBe(true);
    const denied = await member.patch(`/api/v1/units/${id('CDCS-BVBM')}`, { name: 'Không được' });
    expect(denied.statusCode).toBe(403);
  });

  it('lists the roots of the scope', async () => {
    const roots = (await hanoi.get('/api/v1/units')).json().items;
    expect(roots.map((unit: { code: string }) => unit.code)).toEqual(['CDYT-HN']);
    expect(roots[0].childCount).toBe(6);
  });
});

describe('changing the tree', () => {
  it('creates a grassroots union under a province, moves it, and audits both', async () => {
    const created = await hanoi.post('/api/v1/units', {
      code: 'CDCS-HN-BVTEST',
      kind: 'grassroots_union',
      parentId: id('CDYT-HN'),
      name: 'Công đoàn Bệnh viện Đa khoa Hà Đông',
      shortName: 'CĐ BV Hà Đông',
    });
    expect(created.statusCode).toBe(201);
    const unit = created.json();
    expect(unit).toMatchObject({
      kind: 'grassroots_union',
      parentId: id('CDYT-HN'),
      province: 'Hà Nội',
      status: 'active',
      validFrom: vietnamToday(),
    });
    const section = await hanoi.post('/api/v1/units', {
      code: 'CDCS-HN-BVTEST-K1',
      kind: 'union_section',
      parentId: unit.id,
      name: 'Tổ công đoàn Khoa Nội',
    });
    expect(section.statusCode).toBe(201);

    const moved = await sectorAdmin.post(`/api/v1/units/${unit.id}/move`, { parentId: id('CDYT-HCM') });
    expect(moved.statusCode).toBe(200);
    expect(moved.json().parentId).toBe(id('CDYT-HCM'));
    // The section followed its union: the Hanoi officer no longer reaches either.
    expect((await hanoi.get(`/api/v1/units/${section.json().id}`)).statusCode).toBe(404);
    expect(
      (await sectorAdmin.get(`/api/v1/units/${section.json().id}`))
        .json()
        .ancestors.map((a: { code: string }) => a.code),
    ).toEqual(['CDYT-HCM', 'CDCS-HN-BVTEST']);

    const audit = (await admin.get(`/api/v1/audit?entity=unit&entityId=${unit.id}`)).json();
    expect(audit.items.map((entry: { action: string }) => entry.action)).toEqual(['unit.move', 'unit.create']);
    expect(audit.items[0].before.parentId).toBe(id('CDYT-HN'));
    expect(audit.items[0].after.parentId).toBe(id('CDYT-HCM'));
    expect(audit.items[0].username).toBe('quantri');
  });

  it('stops nonsense: a grassroots union under a section, cycles, a taken code, a same-parent move', async () => {
    const underSection = await admin.post('/api/v1/units', {
      code: 'BAD-1',
      kind: 'grassroots_union',
      parentId: id('CDCS-BVBM-KNOI'),
      name: 'Không hợp lệ',
    });
    expect(underSection.statusCode).toBe(400);
    expect(underSection.json().error.code).toBe('units.kind_not_allowed_under_parent');
    const cycle = await admin.post(`/api/v1/units/${id('CDYT-HN')}/move`, { parentId: id('CDCS-HN-BVTP') });
    expect(cycle.statusCode).toBe(400);
    const taken = await admin.post('/api/v1/units', {
      code: 'CDCS-BVBM',
      kind: 'grassroots_union',
      parentId: id('CDYTVN'),
      name: 'Trùng mã',
    });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error.code).toBe('units.code_taken');
    const same = await admin.post(`/api/v1/units/${id('CDCS-HN-BVXP')}/move`, { parentId: id('CDYT-HN') });
    expect(same.json().error.code).toBe('units.same_parent');
    const future = await admin.patch(`/api/v1/units/${id('CDCS-HN-BVXP')}`, {
      name: 'Tên mới',
      effectiveDate: '2999-01-01',
    });
    expect(future.json().error.code).toBe('units.effective_date_in_future');
  });

  it('merges a unit: children follow, the merged unit takes no new children, history keeps it', async () => {
    const source = id('CDCS-HN-BVXP');
    const target = id('CDCS-HN-BVTP');
    const sectionsBefore = (await hanoi.get(`/api/v1/units?parentId=${target}`)).json().items.length;
    const merged = await hanoi.post(`/api/v1/units/${source}/merge`, { targetId: target });
    expect(merged.statusCode).toBe(200);
    expect((await hanoi.get(`/api/v1/units?parentId=${target}`)).json().items.length).toBe(sectionsBefore + 4);
    const old = (await hanoi.get(`/api/v1/units/${source}`)).json();
    expect(old).toMatchObject({ status: 'merged', mergedIntoId: target, validTo: vietnamToday() });
    const child = await admin.post('/api/v1/units', {
      code: 'CDCS-HN-BVXP-NEW',
      kind: 'union_section',
      parentId: source,
      name: 'Tổ mới',
    });
    expect(child.statusCode).toBe(403);
    const roots = (await hanoi.get(`/api/v1/units?parentId=${id('CDYT-HN')}`)).json().items;
    expect(roots.map((unit: { id: number }) => unit.id)).not.toContain(source);
  });

  it('answers the tree as it stood on a past date', async () => {
    const merged = id('CDCS-TH-TTYTTX');
    const thanhHoa = await t.unitId('CDYT-TH');
    const in2020 = (await admin.get(`/api/v1/units?parentId=${thanhHoa}&asOf=2020-06-01`)).json().items;
    expect(in2020.map((unit: { id: number }) => unit.id)).toContain(merged);
    expect(in2020.every((unit: { abilities: { update: boolean } }) => unit.abilities.update === false)).toBe(true);
    const now = (await admin.get(`/api/v1/units?parentId=${thanhHoa}`)).json().items;
    expect(now.map((unit: { id: number }) => unit.id)).not.toContain(merged);
    const sectionsThen = (await admin.get(`/api/v1/units?parentId=${merged}&asOf=2020-06-01`)).json().items;
    expect(sectionsThen.length).toBe(4);
    const history = (await admin.get(`/api/v1/units/${sectionsThen[0].id}/history`)).json().versions;
    expect(history.map((v: { parentId: number; validTo: string | null }) => [v.parentId, v.validTo])).toEqual([
      [merged, '2025-07-01'],
      [id('CDCS-TH-TTYTHH'), null],
    ]);
  });

  it('splits a unit into parts, each child assigned once, all or nothing', async () => {
    const unit = id('CDCS-HCM-BVTD');
    const children = (await admin.get(`/api/v1/units?parentId=${unit}`)).json().items as { id: number }[];
    const missing = await admin.post(`/api/v1/units/${unit}/split`, {
      parts: [
        { code: 'CDCS-HCM-TD1', name: 'Công đoàn Bệnh viện Từ Dũ cơ sở 1', childIds: [children[0]!.id] },
        { code: 'CDCS-HCM-TD2', name: 'Công đoàn Bệnh viện Từ Dũ cơ sở 2', childIds: [] },
      ],
    });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.code).toBe('units.split_child_unassigned');
    expect((await admin.get('/api/v1/units?q=CDCS-HCM-TD1')).json().items).toEqual([]);
    const parts2 = [
      {
        code: 'CDCS-HCM-TD1',
        name: 'Công đoàn Bệnh viện Từ Dũ cơ sở 1',
        childIds: children.slice(0, 2).map((c) => c.id),
      },
      {
        code: 'CDCS-HCM-TD2',
        name: 'Công đoàn Bệnh viện Từ Dũ cơ sở 2',
        childIds: children.slice(2).map((c) => c.id),
      },
    ];
    const withoutMembers = await admin.post(`/api/v1/units/${unit}/split`, { parts: parts2 });
    expect(withoutMembers.json().error.code).toBe('units.split_members_unassigned');
    const split = await admin.post(`/api/v1/units/${unit}/split`, { parts: parts2, membersToPart: 1 });
    expect(split.statusCode).toBe(200);
    const parts = split.json().items as { id: number; childCount: number }[];
    expect(parts.map((part) => part.childCount)).toEqual([2, children.length - 2]);
    expect((await admin.get(`/api/v1/units/${unit}`)).json().status).toBe('split');
  });

  it('dissolves only a unit without active children', async () => {
    const refused = await admin.post(`/api/v1/units/${id('CDCS-BVCR')}/dissolve`, { reason: 'Thử giải thể' });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('units.has_active_children');
    const section = (
      await admin.post('/api/v1/units', {
        code: 'CDCS-BVCR-TMP',
        kind: 'union_section',
        parentId: id('CDCS-BVCR'),
        name: 'Tổ công đoàn tạm',
      })
    ).json();
    const done = await admin.post(`/api/v1/units/${section.id}/dissolve`, { reason: 'Khoa giải thể theo quyết định' });
    expect(done.statusCode).toBe(200);
    expect(done.json().status).toBe('dissolved');
    const audit = (await admin.get(`/api/v1/audit?action=unit.dissolve&entityId=${section.id}`)).json().items[0];
    expect(audit.after.reason).toBe('Khoa giải thể theo quyết định');
  });

  it('changes the reporting line and moves the scope with it', async () => {
    const hcm = id('CDYT-HCM');
    const cleared = await admin.patch(`/api/v1/units/${hcm}`, { reportingParentId: null });
    expect(cleared.statusCode).toBe(200);
    expect((await sectorAdmin.get(`/api/v1/units/${hcm}`)).statusCode).toBe(404);
    await admin.patch(`/api/v1/units/${hcm}`, { reportingParentId: id('CDYTVN') });
    expect((await sectorAdmin.get(`/api/v1/units/${hcm}`)).statusCode).toBe(200);
    const cycle = await admin.patch(`/api/v1/units/${id('CDYTVN')}`, { reportingParentId: hcm });
    expect(cycle.json().error.code).toBe('units.cycle');
  });
});
