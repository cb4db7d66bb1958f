import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/harness.ts';
import { drawShares, unitInYear } from './draw-achievements.ts';
import { toDay } from './days.ts';
import { generateDemoData, type GenerateReport } from './generate-demo.ts';
import { seededRandom } from './random.ts';

let t: TestContext;
let report: GenerateReport;
let firstPerson: number;
const MEMBERS = 3000;

const rows = async <T extends Record<string, unknown>>(query: ReturnType<typeof sql>) =>
  (await t.db.execute<T>(query)).rows;
const count = async (query: ReturnType<typeof sql>) => (await rows<{ n: number }>(query))[0]!.n;

beforeAll(async () => {
  t = await createTestContext();
  firstPerson = (await count(sql`SELECT max(id)::int AS n FROM people`)) + 1;
  const ctx = { db: t.db, config: t.config, actor: null, requestId: 'test-history', ip: null };
  report = await generateDemoData(ctx, { members: MEMBERS, units: 60, seed: 11, force: false, history: true });
}, 180_000);
afterAll(() => t.close());

describe('drawShares', () => {
  it('gives shares of at least 5%, largest first, summing to exactly 100', () => {
    const random = seededRandom(3);
    for (let authors = 1; authors <= 6; authors++) {
      for (let i = 0; i < 200; i++) {
        const shares = drawShares(random, authors);
        expect(shares).toHaveLength(authors);
        expect(shares.reduce((a, b) => a + b, 0)).toBe(100);
        expect(Math.min(...shares)).toBeGreaterThanOrEqual(5);
        expect([...shares].sort((a, b) => b - a)).toEqual(shares);
      }
    }
  });
});

describe('unitInYear', () => {
  const period = (unitId: number, from: string, to: string | null) => ({
    unitId,
    cardNumber: null,
    joinedOn: toDay(from),
    validFrom: toDay(from),
    validTo: to === null ? null : toDay(to),
    status: 'active' as const,
    leftOn: null,
    leftReason: null,
  });
  it('takes the latest period touching the year, and none outside membership', () => {
    const history = [period(1, '2018-01-01', '2023-05-01'), period(2, '2023-05-01', null)];
    expect(unitInYear(history, 2022)).toBe(1);
    expect(unitInYear(history, 2023)).toBe(2);
    expect(unitInYear([period(1, '2024-02-01', null)], 2023)).toBeNull();
  });
});

describe('generateDemoData with history', () => {
  it('rates every member of a year once, mostly "hoàn thành tốt", with 10–25% excellent', async () => {
    const h = report.history!;
    expect(h.ratings).toBe(
      await count(sql`SELECT count(*)::int AS n FROM performance_ratings WHERE person_id >= ${firstPerson}`),
    );
    const byRating = await rows<{ rating: string; n: number }>(sql`
      SELECT rating, count(*)::int AS n FROM performance_ratings WHERE person_id >= ${firstPerson} AND year = 2025 GROUP BY rating`);
    const total = byRating.reduce((sum, r) => sum + r.n, 0);
    const share = (rating: string) => (byRating.find((r) => r.rating === rating)?.n ?? 0) / total;
    // The people generator spreads joining up to today and leaving over the years: about two thirds were members in 2025.
    expect(total).toBeGreaterThan(MEMBERS * 0.5);
    expect(share('good')).toBeGreaterThan(0.55);
    expect(share('excellent')).toBeGreaterThan(0.1);
    expect(share('excellent')).toBeLessThan(0.25);
    expect(share('not_completed')).toBeLessThan(0.05);
  });

  it('confers titles only on members rated HTTNV or better and not disciplined, only LĐTT yet for 2025', async () => {
    const h = report.history!;
    expect(h.byCode.LDTT).toBeGreaterThan(h.byCode.CSTDCS! * 4);
    expect(h.byCode.CSTDCS! / h.byCode.LDTT!).toBeGreaterThan(0.05);
    expect(h.byCode.CSTDCS! / h.byCode.LDTT!).toBeLessThan(0.25);
    const wrong = await count(sql`
      SELECT count(*)::int AS n FROM awards a
      LEFT JOIN performance_ratings r ON r.person_id = a.person_id AND r.year = a.year
      WHERE a.person_id >= ${firstPerson}
        AND (r.id IS NULL OR r.rating NOT IN ('good', 'excellent') OR r.discipline_level IS NOT NULL OR a.year > 2024 AND a.code <> 'LDTT')`);
    expect(wrong).toBe(0);
    const cstdcsWithoutLdtt = await count(sql`
      SELECT count(*)::int AS n FROM awards c WHERE c.code = 'CSTDCS' AND c.person_id >= ${firstPerson}
        AND NOT EXISTS (SELECT 1 FROM awards l WHERE l.person_id = c.person_id AND l.year = c.year AND l.code = 'LDTT')`);
    expect(cstdcsWithoutLdtt).toBe(0);
    expect(h.awards).toBe(await count(sql`SELECT count(*)::int AS n FROM awards WHERE person_id >= ${firstPerson}`));
    // The national data set has about 3 awards for 2.6 ratings (3,000,000 awards for 1,000,000 members):
    // the head's Giấy khen goes to about a third of the LĐTT holders who are not CSTĐCS.
    expect(h.awards / h.ratings).toBeGreaterThan(1.05);
    expect(h.byCode.GK_THU_TRUONG! / h.byCode.LDTT!).toBeGreaterThan(0.15);
    expect(h.byCode.GK_THU_TRUONG! / h.byCode.LDTT!).toBeLessThan(0.3);
  });

  it('writes initiatives whose authors share exactly 100% and belong to the unit’s union that year', async () => {
    const h = report.history!;
    // About one member-year in five leads one: some 500,000 initiatives for 1,000,000 members.
    expect(h.initiatives / h.ratings).toBeGreaterThan(0.15);
    expect(h.initiatives / h.ratings).toBeLessThan(0.25);
    const badShares = await count(sql`
      SELECT count(*)::int AS n FROM (
        SELECT i.id FROM initiatives i JOIN initiative_authors a ON a.initiative_id = i.id
        WHERE a.person_id >= ${firstPerson} GROUP BY i.id HAVING sum(a.share_percent) <> 100) bad`);
    expect(badShares).toBe(0);
    const outsiders = await count(sql`
      SELECT count(*)::int AS n FROM initiatives i
      JOIN initiative_authors a ON a.initiative_id = i.id
      JOIN units iu ON iu.id = i.unit_id
      JOIN performance_ratings r ON r.person_id = a.person_id AND r.year = extract(year FROM i.submitted_on)
      JOIN units ru ON ru.id = r.unit_id
      JOIN units g ON g.kind = 'grassroots_union' AND iu.path LIKE g.path || '%'
      WHERE a.person_id >= ${firstPerson} AND ru.path NOT LIKE g.path || '%'`);
    expect(outsiders).toBe(0);
    const levels = await rows<{ level: string; n: number }>(sql`
      SELECT recognition_level AS level, count(*)::int AS n FROM initiatives
      WHERE status = 'recognised' AND id IN (SELECT initiative_id FROM initiative_authors WHERE person_id >= ${firstPerson})
      GROUP BY 1`);
    const grassroots = levels.find((l) => l.level === 'grassroots')?.n ?? 0;
    expect(grassroots / levels.reduce((s, l) => s + l.n, 0)).toBeGreaterThan(0.8);
  });
});
