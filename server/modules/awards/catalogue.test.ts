import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogueEntries } from '../../db/schema/index.ts';
import { accounts } from '../../test/fixtures.ts';
import { createTestContext, type Agent, type TestContext } from '../../test/harness.ts';
import { bachMaiPeople, hospitalAward } from './awards-test-support.ts';
import { ensureCatalogue } from './catalogue-store.ts';

let t: TestContext;
let admin: Agent;
let bachMai: Agent;
let people: number[];

beforeAll(async () => {
  t = await createTestContext();
  [admin, bachMai] = await Promise.all([t.login(accounts.sectorAdmin), t.login(accounts.bachMaiOfficer)]);
  people = await bachMaiPeople(t);
});
afterAll(() => t.close());

type Entry = { code: string; version: number; definition: Record<string, unknown> & { nameVi: string } };

async function current(code: string): Promise<Entry> {
  const response = await admin.get(`/api/v1/catalogue/${code}`);
  expect(response.statusCode, response.body).toBe(200);
  return (response.json() as { items: Entry[] }).items[0]!;
}

describe('GET /api/v1/catalogue', () => {
  it('lists every title and form seeded from the reference; only administrators may edit', async () => {
    const list = (await admin.get('/api/v1/catalogue')).json() as { items: Entry[]; canEdit: boolean };
    expect(list.canEdit).toBe(true);
    expect(list.items.length).toBeGreaterThan(40);
    expect(list.items.find((e) => e.code === 'CSTDCS')?.definition.nameVi).toBe('Chiến sĩ thi đua cơ sở');
    expect(((await bachMai.get('/api/v1/catalogue')).json() as { canEdit: boolean }).canEdit).toBe(false);
    expect((await admin.get('/api/v1/catalogue/KHONG_CO')).statusCode).toBe(404);
  });
});

describe('PUT /api/v1/catalogue/:code', () => {
  it('adds a version; awards already given keep the name they were given under; the engine reads the new one', async () => {
    const before = await current('LDTT');
    const edited = { ...before.definition, nameVi: 'Lao động tiên tiến (sửa đổi)' };
    const response = await admin.request({
      method: 'PUT',
      url: '/api/v1/catalogue/LDTT',
      payload: { definition: edited, changeNote: 'Thử sửa tên' },
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ version: before.version + 1, changeNote: 'Thử sửa tên' });
    const history = (await admin.get('/api/v1/catalogue/LDTT')).json() as { items: Entry[] };
    expect(history.items.map((e) => e.version)).toEqual([before.version + 1, before.version]);

    const old = (await bachMai.get(`/api/v1/awards?person=${people[0]}`)).json() as {
      items: { code: string; nameVi: string; catalogueVersion: number }[];
    };
    expect(old.items.filter((a) => a.code === 'LDTT').every((a) => a.nameVi === 'Lao động tiên tiến')).toBe(true);
    const created = await bachMai.post(
      '/api/v1/awards',
      hospitalAward(people[2]!, 'LDTT', 2025, '1702/QĐ-BM', '2025-12-17'),
    );
    expect(created.json()).toMatchObject({
      nameVi: 'Lao động tiên tiến (sửa đổi)',
      catalogueVersion: before.version + 1,
    });
    const check = await bachMai.post('/api/v1/eligibility/check', { personId: people[2], code: 'LDTT', year: 2025 });
    expect(check.json().award.nameVi).toBe('Lao động tiên tiến (sửa đổi)');
  });

  it('refuses an edit that breaks the catalogue, a changed code, and non-administrators, writing nothing', async () => {
    const before = await current('CSTDCS');
    const put = (agent: Agent, code: string, definition: unknown) =>
      agent.request({ method: 'PUT', url: `/api/v1/catalogue/${code}`, payload: { definition, changeNote: 'x' } });
    const broken = { ...before.definition, countsAs: [{ code: 'KHONG_CO' }] };
    const invalid = await put(admin, 'CSTDCS', broken);
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json().error.code).toBe('emulation.catalogue_invalid');
    expect((await put(admin, 'LDTT', before.definition)).json().error.code).toBe('catalogue.code_changed');
    expect((await put(bachMai, 'CSTDCS', before.definition)).statusCode).toBe(403);
    expect((await current('CSTDCS')).version).toBe(before.version);
  });

  it('seeding again at start inserts nothing and keeps the edited version current', async () => {
    const ctx = { db: t.db, config: t.config, actor: null, requestId: 'test', ip: null };
    expect(await ensureCatalogue(ctx)).toBe(0);
    const rows = await t.db
      .select()
      .from(catalogueEntries)
      .where(and(eq(catalogueEntries.key, 'LDTT'), eq(catalogueEntries.isCurrent, true)));
    expect(rows).toHaveLength(1);
    expect((rows[0]!.definition as { nameVi: string }).nameVi).toBe('Lao động tiên tiến (sửa đổi)');
  });
});
