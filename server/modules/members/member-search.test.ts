// The list's two ways of ordering (few matches sorted, many read off the sort-key index) and the statistics'
// one-pass breakdowns, checked on a generated data set against plain SQL and the shared Vietnamese sort.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareVietnameseNames, foldForSearch } from '../../../shared/text/index.ts';
import { generateDemoData } from '../../db/seed/generate/generate-demo.ts';
import { accounts } from '../../test/fixtures.ts';
import { createTestContext, type Agent, type TestContext } from '../../test/harness.ts';

let t: TestContext;
let admin: Agent;
beforeAll(async () => {
  t = await createTestContext();
  await generateDemoData(
    { db: t.db, config: t.config, actor: null, requestId: 'test', ip: null },
    { members: 6000, units: 80, seed: 5, force: false },
  );
  admin = await t.login(accounts.admin);
}, 120_000);
afterAll(() => t.close());

type Item = { id: number; fullName: string };
const list = async (query: string) =>
  (await admin.get(`/api/v1/members?${query}`)).json() as { items: Item[]; total: number };

async function expected(where: ReturnType<typeof sql>) {
  const { rows } = await t.db.execute<{ id: number; full_name: string }>(sql`
    SELECT p.id, p.full_name FROM memberships m JOIN people p ON p.id = m.person_id
    WHERE m.valid_to IS NULL AND m.status = 'active' AND ${where}`);
  return rows;
}

describe('GET /api/v1/members on a generated national data set', () => {
  it.each([
    ['a rare full name (sorted from the matches)', 'q=', 'rare'],
    ['everyone, more than are sorted in memory (read off the index)', 'q=', 'everyone'],
  ])('lists %s in the Vietnamese order with the exact total', async (_label, _q, kind) => {
    let q = '';
    if (kind === 'rare') {
      const [someone] = (await expected(sql`p.family_name <> 'Nguyễn'`)).slice(-1);
      q = someone!.full_name;
    }
    const words = foldForSearch(q).split(' ').filter(Boolean);
    const all = (await expected(sql`true`)).filter((row) =>
      words.every((word) => foldForSearch(row.full_name).includes(word)),
    );
    const page = await list(`q=${encodeURIComponent(q)}&pageSize=50`);
    expect(page.total).toBe(all.length);
    const names = page.items.map((item) => item.fullName);
    expect(names).toEqual([...names].sort(compareVietnameseNames));
    // Past 5,000 matches the page comes from the sort-key index rather than from sorting the matches.
    if (kind === 'everyone') expect(page.total).toBeGreaterThan(5000);
  });

  it('matches the start of name words, so "uyen" finds Uyên and not every Nguyễn', async () => {
    const startsWord = (name: string, word: string) =>
      foldForSearch(name)
        .split(' ')
        .some((w) => w.startsWith(word));
    const all = await expected(sql`true`);
    const page = await list('q=uyen&pageSize=200');
    expect(page.total).toBe(all.filter((row) => startsWord(row.full_name, 'uyen')).length);
    expect(page.total).toBeLessThan(all.filter((row) => foldForSearch(row.full_name).includes('uyen')).length / 5);
    expect((await list('q=ngu%20uy')).total).toBe(
      all.filter((row) => startsWord(row.full_name, 'ngu') && startsWord(row.full_name, 'uy')).length,
    );
  });

  it('pages through a broad list without repeating or skipping anyone', async () => {
    const first = await list('q=thi&pageSize=200&page=1');
    const second = await list('q=thi&pageSize=200&page=2');
    const ids = [...first.items, ...second.items].map((item) => item.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(compareVietnameseNames(first.items.at(-1)!.fullName, second.items[0]!.fullName)).toBeLessThanOrEqual(0);
  });

  it('finds a card number by its prefix whatever the case typed', async () => {
    const [row] = (
      await t.db.execute<{ card_number: string; person_id: number }>(
        sql`SELECT card_number, person_id FROM memberships WHERE valid_to IS NULL AND status = 'active' AND length(card_number) = 12 ORDER BY id DESC LIMIT 1`,
      )
    ).rows;
    const found = await list(`q=${row!.card_number.toLowerCase()}`);
    expect(found.items.map((item) => item.id)).toEqual([row!.person_id]);
    const prefix = await list(`q=${row!.card_number.slice(0, 6).toLowerCase()}&pageSize=1`);
    expect(prefix.total).toBeGreaterThan(1);
  });

  it('gives statistics of the national union that agree with plain counts', async () => {
    const stats = (await admin.get('/api/v1/members/stats?unit=CDYTVN')).json();
    const { rows } = await t.db.execute<{ members: number; female: number; kinh: number; workforce: number }>(sql`
      SELECT count(*)::int AS members, (count(*) FILTER (WHERE p.gender = 'female'))::int AS female,
        (count(*) FILTER (WHERE p.ethnicity = 'Kinh'))::int AS kinh,
        (SELECT count(DISTINCT e.person_id) FROM employments e JOIN units eu ON eu.id = e.unit_id
          WHERE e.valid_to IS NULL AND eu.report_path LIKE '/1/2/%')::int AS workforce
      FROM memberships m JOIN people p ON p.id = m.person_id JOIN units u ON u.id = m.unit_id
      WHERE m.valid_to IS NULL AND m.status = 'active' AND u.report_path LIKE '/1/2/%'`);
    const plain = rows[0]!;
    expect(stats.members).toBe(plain.members);
    expect(stats.byGender.find((item: { key: string }) => item.key === 'female').count).toBe(plain.female);
    expect(stats.byEthnicity[0]).toEqual({ key: 'Kinh', count: plain.kinh });
    expect(stats.workforce).toBe(plain.workforce);
    for (const key of ['byGender', 'byAgeBand', 'byEthnicity', 'byQualification', 'bySector']) {
      const counts = stats[key].map((item: { count: number }) => item.count);
      expect([key, counts.reduce((a: number, b: number) => a + b, 0)]).toEqual([key, plain.members]);
      expect([key, counts]).toEqual([key, [...counts].sort((a: number, b: number) => b - a)]);
    }
  });
});
