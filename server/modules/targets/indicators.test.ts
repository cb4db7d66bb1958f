import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config.ts';
import { accounts } from '../../test/fixtures.ts';
import { createTestContext, type Agent, type TestContext } from '../../test/harness.ts';
import { ensureBuiltInIndicators } from './built-in-indicators.ts';

let t: TestContext;
let hanoi: Agent;
let bachMai: Agent;
let sector: Agent;
let emulation: Agent;
const ids: Record<string, number> = {};
const id = (code: string) => ids[code]!;

beforeAll(async () => {
  t = await createTestContext();
  [hanoi, bachMai, sector, emulation] = await Promise.all([
    t.login(accounts.hanoiOfficer),
    t.login(accounts.bachMaiOfficer),
    t.login(accounts.sectorAdmin),
    t.login(accounts.emulationOfficer),
  ]);
  for (const code of ['CDYTVN', 'CDYT-HN', 'CDCS-HN-BVTP', 'CDCS-BVBM']) ids[code] = await t.unitId(code);
});
afterAll(() => t.close());

const names = (items: { name: string }[]) => items.map((item) => item.name);

describe('built-in indicators', () => {
  it('exist in every database with their sources, outreach sessions reported by hand for now', async () => {
    const items = (await bachMai.get('/api/v1/target-indicators')).json().items;
    expect(items.slice(0, 3).map((item: { code: string; source: string }) => [item.code, item.source])).toEqual([
      ['new_members', 'new_members'],
      ['member_records', 'member_records'],
      ['outreach_sessions', 'manual'],
    ]);
    expect(items[0]).toMatchObject({ ownerUnit: null, abilities: { update: false, archive: false } });
    const again = await ensureBuiltInIndicators({
      db: t.db,
      config: loadConfig({}),
      actor: null,
      requestId: 'test',
      ip: null,
    });
    expect(again).toEqual([]);
  });
});

describe('indicators a unit defines', () => {
  let defined: { id: number };

  it('are created by the unit’s officers and usable in its subtree only', async () => {
    const response = await hanoi.post('/api/v1/target-indicators', {
      ownerUnitId: id('CDYT-HN'),
      name: 'Đoàn viên được khám sức khỏe định kỳ',
      unitOfMeasure: 'người',
    });
    expect(response.statusCode, response.body).toBe(201);
    defined = response.json();
    expect(response.json()).toMatchObject({
      source: 'manual',
      code: null,
      ownerUnit: { code: 'CDYT-HN' },
      abilities: { update: true, archive: true },
    });
    expect(names((await hanoi.get('/api/v1/target-indicators?unit=CDCS-HN-BVTP')).json().items)).toContain(
      'Đoàn viên được khám sức khỏe định kỳ',
    );
    expect(names((await sector.get('/api/v1/target-indicators?unit=CDCS-BVBM')).json().items)).not.toContain(
      'Đoàn viên được khám sức khỏe định kỳ',
    );
    // The national union is above the owner: it cannot set targets of Hà Nội's own indicator.
    const above = await sector.post('/api/v1/targets/bulk', {
      indicatorId: defined.id,
      setByUnitId: id('CDYTVN'),
      periodStart: '2026-01-01',
      periodEnd: '2026-12-31',
      rows: [{ unitId: id('CDYT-HN'), targetValue: 1 }],
    });
    expect([above.statusCode, above.json().error.code]).toEqual([400, 'targets.indicator_not_usable']);
    const below = await hanoi.post('/api/v1/targets/bulk', {
      indicatorId: defined.id,
      setByUnitId: id('CDYT-HN'),
      periodStart: '2026-01-01',
      periodEnd: '2026-12-31',
      rows: [{ unitId: id('CDCS-HN-BVTP'), targetValue: 300 }],
    });
    expect(below.statusCode, below.body).toBe(201);
  });

  it('refuses the same name typed with the other tone placement, and an unknown owner or role', async () => {
    const twin = await hanoi.post('/api/v1/target-indicators', {
      ownerUnitId: id('CDYT-HN'),
      name: 'Đoàn viên được khám sức khoẻ định kỳ',
      unitOfMeasure: 'người',
    });
    expect([twin.statusCode, twin.json().error.details[0].field]).toEqual([409, 'body.name']);
    const outOfScope = await bachMai.post('/api/v1/target-indicators', {
      ownerUnitId: id('CDYT-HN'),
      name: 'Chỉ tiêu lạ',
      unitOfMeasure: 'lần',
    });
    expect(outOfScope.statusCode).toBe(404);
    const notOfficer = await emulation.post('/api/v1/target-indicators', {
      ownerUnitId: id('CDYTVN'),
      name: 'Chỉ tiêu lạ',
      unitOfMeasure: 'lần',
    });
    expect(notOfficer.statusCode).toBe(403);
    const short = await hanoi.post('/api/v1/target-indicators', {
      ownerUnitId: id('CDYT-HN'),
      name: 'A',
      unitOfMeasure: '',
    });
    expect(short.statusCode).toBe(400);
  });

  it('are renamed and archived by their owner; archived ones take no new targets', async () => {
    const renamed = await hanoi.patch(`/api/v1/target-indicators/${defined.id}`, { unitOfMeasure: 'đoàn viên' });
    expect(renamed.json()).toMatchObject({ unitOfMeasure: 'đoàn viên' });
    expect((await bachMai.delete(`/api/v1/target-indicators/${defined.id}`)).statusCode).toBe(404);
    const archived = await hanoi.delete(`/api/v1/target-indicators/${defined.id}`);
    expect(archived.json()).toMatchObject({ archived: true });
    expect(names((await hanoi.get('/api/v1/target-indicators?unit=CDYT-HN')).json().items)).not.toContain(
      'Đoàn viên được khám sức khỏe định kỳ',
    );
    const late = await hanoi.post('/api/v1/targets/bulk', {
      indicatorId: defined.id,
      setByUnitId: id('CDYT-HN'),
      periodStart: '2027-01-01',
      periodEnd: '2027-12-31',
      rows: [{ unitId: id('CDCS-HN-BVTP'), targetValue: 300 }],
    });
    expect([late.statusCode, late.json().error.code]).toEqual([400, 'targets.indicator_archived']);
    // Its target of 2026 is still shown.
    const screen = (await hanoi.get('/api/v1/targets/achievement?unit=CDYT-HN&from=2026-01-01&to=2026-12-31')).json();
    expect(
      screen.rows.some(
        (row: { indicator: { id: number; archived: boolean } }) =>
          row.indicator.id === defined.id && row.indicator.archived,
      ),
    ).toBe(true);
    const builtIn = (await hanoi.get('/api/v1/target-indicators')).json().items[0];
    expect((await sector.patch(`/api/v1/target-indicators/${builtIn.id}`, { name: 'Đổi tên' })).statusCode).toBe(409);
  });
});
