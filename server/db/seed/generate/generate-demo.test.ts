import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ethnicities } from '../../../../shared/members-enums.ts';
import { foldForSearch, parsePersonName, vietnameseSortKey } from '../../../../shared/text/index.ts';
import { vietnamToday } from '../../../../shared/dates.ts';
import { accounts } from '../../../test/fixtures.ts';
import { createTestContext, type TestContext } from '../../../test/harness.ts';
import { generateDemoData, type GenerateReport } from './generate-demo.ts';
import { peopleCount } from './generate-people.ts';

let t: TestContext;
let report: GenerateReport;
let before: { units: number; versions: number; people: number };
const MEMBERS = 2000;
const UNITS = 60;

const count = async (query: ReturnType<typeof sql>) =>
  ((await t.db.execute<{ n: number }>(query)).rows[0]!.n as number) ?? 0;
const ctx = () => ({ db: t.db, config: t.config, actor: null, requestId: 'test-demo', ip: null });

// People the generator made: ids above those of the demo set.
const generated = sql`p.id > (SELECT max(id) FROM people) - ${peopleCount(MEMBERS)}`;

beforeAll(async () => {
  t = await createTestContext();
  before = {
    units: await count(sql`SELECT count(*)::int AS n FROM units`),
    versions: await count(sql`SELECT count(*)::int AS n FROM unit_versions`),
    people: await count(sql`SELECT count(*)::int AS n FROM people`),
  };
  report = await generateDemoData(ctx(), { members: MEMBERS, units: UNITS, seed: 7, force: false });
}, 120_000);
afterAll(() => t.close());

describe('generateDemoData', () => {
  it('adds exactly the units and people asked for, each unit with its open version and both paths', async () => {
    expect(report.units).toBe(UNITS);
    expect(await count(sql`SELECT count(*)::int AS n FROM units`)).toBe(before.units + UNITS);
    expect(await count(sql`SELECT count(*)::int AS n FROM unit_versions`)).toBe(before.versions + UNITS);
    expect(report.people).toBe(peopleCount(MEMBERS));
    expect(await count(sql`SELECT count(*)::int AS n FROM people`)).toBe(before.people + report.people);
    const broken = await count(sql`
      SELECT count(*)::int AS n FROM units c JOIN units p ON p.id = c.parent_id
      WHERE c.path <> p.path || c.id || '/' OR c.code LIKE 'CDCS-%' AND c.kind NOT IN ('grassroots_union', 'union_section')`);
    expect(broken).toBe(0);
    // Provincial sector unions report to Công đoàn Y tế Việt Nam; the demo's Hà Nội is reused, not duplicated.
    expect(await count(sql`SELECT count(*)::int AS n FROM units WHERE code = 'CDYT-HN'`)).toBe(1);
    const offLine = await count(sql`
      SELECT count(*)::int AS n FROM units u, units n WHERE n.code = 'CDYTVN'
      AND u.kind = 'provincial_sector_union' AND u.report_path NOT LIKE n.report_path || '%'`);
    expect(offLine).toBe(0);
  });

  it('gives every member one membership history with at most one open period, and workers none', async () => {
    const members = await count(
      sql`SELECT count(DISTINCT m.person_id)::int AS n FROM memberships m JOIN people p ON p.id = m.person_id WHERE ${generated}`,
    );
    expect(members).toBe(MEMBERS);
    expect(report.histories.worker).toBe(peopleCount(MEMBERS) - MEMBERS);
    const twiceOpen = await count(
      sql`SELECT count(*)::int AS n FROM (SELECT person_id FROM memberships WHERE valid_to IS NULL GROUP BY 1 HAVING count(*) > 1) x`,
    );
    expect(twiceOpen).toBe(0);
    const workersWithoutJob = await count(sql`
      SELECT count(*)::int AS n FROM people p WHERE ${generated}
      AND NOT EXISTS (SELECT 1 FROM memberships m WHERE m.person_id = p.id)
      AND NOT EXISTS (SELECT 1 FROM employments e WHERE e.person_id = p.id AND e.valid_to IS NULL)`);
    expect(workersWithoutJob).toBe(0);
    // Histories have each shape: transfers, leavers, re-joinings, suspensions.
    for (const kind of ['transferred', 'left', 'rejoined', 'suspended'] as const)
      expect([kind, report.histories[kind]]).not.toEqual([kind, 0]);
    const transferred = await count(sql`SELECT count(*)::int AS n FROM memberships WHERE status = 'transferred'`);
    expect(transferred).toBe(report.histories.transferred);
  });

  it('keeps periods in order and in the past, members in grassroots unions, workers in sections', async () => {
    const today = vietnamToday();
    const wrong = await count(sql`
      SELECT count(*)::int AS n FROM memberships m JOIN people p ON p.id = m.person_id JOIN units u ON u.id = m.unit_id
      WHERE ${generated} AND (m.valid_to <= m.valid_from OR m.joined_on > m.valid_from OR m.valid_from > ${today}::date
        OR (m.status = 'left') <> (m.left_on IS NOT NULL) OR u.kind <> 'grassroots_union'
        OR (m.valid_to IS NULL) <> (m.status IN ('active', 'suspended')))`);
    expect(wrong).toBe(0);
    const wrongJobs = await count(sql`
      SELECT count(*)::int AS n FROM employments e JOIN people p ON p.id = e.person_id
      WHERE ${generated} AND (e.valid_to <= e.valid_from OR e.valid_from > ${today}::date
        OR e.valid_from < make_date(p.birth_year + 18, 1, 1))`);
    expect(wrongJobs).toBe(0);
  });

  it('makes citizen IDs and card numbers unique and plausible', async () => {
    const { rows } = await t.db.execute<{ citizen_id: string; gender: string; birth_year: number }>(
      sql`SELECT citizen_id, gender, birth_year FROM people p WHERE ${generated} AND citizen_id IS NOT NULL`,
    );
    expect(rows.length).toBeGreaterThan(peopleCount(MEMBERS) * 0.9);
    expect(new Set(rows.map((row) => row.citizen_id)).size).toBe(rows.length);
    for (const row of rows) {
      expect(row.citizen_id).toMatch(/^0\d{2}[0-3]\d{8}$/);
      const digit = Number(row.citizen_id[3]);
      expect([row.citizen_id, digit % 2]).toEqual([row.citizen_id, row.gender === 'female' ? 1 : 0]);
      expect(row.citizen_id.slice(4, 6)).toBe(String(row.birth_year % 100).padStart(2, '0'));
    }
    const sharedCards = await count(sql`
      SELECT count(*)::int AS n FROM (SELECT card_number FROM memberships WHERE card_number IS NOT NULL
      GROUP BY 1 HAVING count(DISTINCT person_id) > 1) x`);
    expect(sharedCards).toBe(0);
  });

  it('stores names in NFC with the parts and keys shared/text computes', async () => {
    const { rows } = await t.db.execute<{
      full_name: string;
      family_name: string;
      middle_name: string;
      given_name: string;
      search_key: string;
      sort_key: string;
      gender: string;
      ethnicity: string;
      birth_date: string | null;
    }>(sql`SELECT * FROM people p WHERE ${generated}`);
    for (const row of rows) {
      const name = parsePersonName(row.full_name);
      expect(row.full_name).toBe(row.full_name.normalize('NFC'));
      expect([row.family_name, row.middle_name, row.given_name]).toEqual([
        name.familyName,
        name.middleName,
        name.givenName,
      ]);
      expect(row.search_key).toBe(foldForSearch(row.full_name));
      expect(row.sort_key).toBe(vietnameseSortKey(name));
      expect(ethnicities).toContain(row.ethnicity);
    }
    const share = (test: (row: (typeof rows)[number]) => boolean) => rows.filter(test).length / rows.length;
    expect(share((row) => row.family_name === 'Nguyễn')).toBeGreaterThan(0.32);
    expect(share((row) => row.family_name === 'Nguyễn')).toBeLessThan(0.44);
    expect(share((row) => row.family_name === 'Trần')).toBeGreaterThan(0.07);
    expect(share((row) => row.gender === 'female')).toBeGreaterThan(0.65);
    expect(share((row) => row.gender === 'female')).toBeLessThan(0.75);
    expect(share((row) => row.ethnicity === 'Kinh')).toBeGreaterThan(0.8);
    expect(share((row) => row.birth_date === null)).toBeGreaterThan(0.02);
    expect(share((row) => /oà|uỷ|uý|uỳ/.test(row.full_name))).toBeGreaterThan(0);
  });

  it('is found by the member search without diacritics and counted by the statistics', async () => {
    const agent = await t.login(accounts.admin);
    const [someone] = (
      await t.db.execute<{ full_name: string; id: number }>(
        sql`SELECT p.id, p.full_name FROM people p JOIN memberships m ON m.person_id = p.id AND m.valid_to IS NULL
            WHERE ${generated} AND m.status = 'active' ORDER BY p.id LIMIT 1`,
      )
    ).rows;
    const found = (
      await agent.get(`/api/v1/members?q=${encodeURIComponent(foldForSearch(someone!.full_name))}&pageSize=100`)
    ).json();
    expect(found.items.map((item: { id: number }) => item.id)).toContain(someone!.id);
    const stats = (await agent.get('/api/v1/members/stats?unit=CDYTVN')).json();
    const active = await count(
      sql`SELECT count(*)::int AS n FROM memberships WHERE valid_to IS NULL AND status = 'active'`,
    );
    expect(stats.members).toBe(active);
  });

  it('refuses a database with data beyond the demo set unless forced, and tags a forced second run', async () => {
    await expect(generateDemoData(ctx(), { members: 10, units: 20, seed: 7, force: false })).rejects.toMatchObject({
      code: 'demo.database_not_empty',
      status: 409,
    });
    const second = await generateDemoData(ctx(), { members: 50, units: 20, seed: 7, force: true });
    expect(second.units).toBe(20);
    expect(await count(sql`SELECT count(*)::int AS n FROM units WHERE code LIKE 'CDCS-%-R2-%'`)).toBeGreaterThan(0);
    const audits = await count(sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'demo.generate'`);
    expect(audits).toBe(2);
  });
});
