// `congdoan demo --history`: for every generated member, five years of ratings, the titles and commendations of
// the years already decided (under one decision per hospital and year, and the sector's and ministry's yearly
// Bằng khen decisions), and their initiatives with co-authors from the same union. Rows go to temporary files
// during the people pass and are copied after it, referenced tables first.
import type { PoolClient } from 'pg';
import { copyLines, spillFile } from './bulk-copy.ts';
import { drawAchievementYears, drawShares } from './draw-achievements.ts';
import type { GeneratedPerson } from './generate-people.ts';
import {
  AUTHOR_COLUMNS,
  authorLines,
  AWARD_COLUMNS,
  awardLine,
  DECISION_COLUMNS,
  decisionLine,
  INITIATIVE_COLUMNS,
  initiativeLine,
  RATING_COLUMNS,
  ratingLine,
  type GeneratedDecision,
} from './history-rows.ts';
import type { PlannedGrassroots, PlacedUnit } from './plan-tree.ts';
import { seededRandom } from './random.ts';

export const HISTORY_TABLES = ['award_decisions', 'awards', 'performance_ratings', 'initiatives', 'initiative_authors'];
const AWARD_CODES = ['LDTT', 'CSTDCS', 'GK_THU_TRUONG', 'BK_CDYTVN', 'BK_BYT'];
const CO_AUTHOR_POOL = 16;

export type HistoryReport = {
  ratings: number;
  decisions: number;
  awards: number;
  initiatives: number;
  authors: number;
  /** Awards by code. */
  byCode: Record<string, number>;
};
export type HistoryPhase = 'ratings' | 'awards' | 'initiatives';

type Author = { id: number; fullName: string };

async function nextId(client: PoolClient, table: string): Promise<number> {
  const { rows } = await client.query<{ id: number }>(
    `SELECT greatest(nextval(pg_get_serial_sequence('${table}', 'id')), (SELECT coalesce(max(id), 0) + 1 FROM ${table}))::int AS id`,
  );
  return rows[0]!.id;
}

const organisation = (unionName: string) => unionName.replace(/^Công đoàn (cơ sở )?/, '');

export async function historyWriter(
  client: PoolClient,
  grassroots: readonly PlannedGrassroots[],
  national: PlacedUnit,
  seed: number,
) {
  const { rows: entries } = await client.query<{ id: number; key: string }>(
    `SELECT id, key FROM catalogue_entries WHERE kind = 'award_type' AND is_current AND key = ANY($1::text[])`,
    [AWARD_CODES],
  );
  const entryOf = new Map(entries.map((e) => [e.key, e.id]));
  const missing = AWARD_CODES.filter((code) => !entryOf.has(code));
  if (missing.length) throw new Error(`the catalogue lacks ${missing.join(', ')}`);
  const { rows: nationalRows } = await client.query<{ name: string }>('SELECT name FROM units WHERE id = $1', [
    national.id,
  ]);
  let decisionId = await nextId(client, 'award_decisions');
  let initiativeId = await nextId(client, 'initiatives');
  const firstInitiative = initiativeId;

  const grassrootsOf = new Map<number, PlannedGrassroots>();
  for (const g of grassroots) {
    grassrootsOf.set(g.unit.id, g);
    for (const s of g.sections) grassrootsOf.set(s.id, g);
  }
  // Its own stream, so the people drawn are the same with or without a history.
  const random = seededRandom(seed ^ 0xac41e7);
  const decisions = new Map<string, GeneratedDecision>();
  const serials = new Map<string, number>();
  const pools = new Map<string, Author[]>();
  const ratings = spillFile('performance_ratings');
  const awards = spillFile('awards');
  const initiatives = spillFile('initiatives');
  const authors = spillFile('initiative_authors');
  const report: HistoryReport = { ratings: 0, decisions: 0, awards: 0, initiatives: 0, authors: 0, byCode: {} };

  const serial = (key: string) => {
    const n = (serials.get(key) ?? 0) + 1;
    serials.set(key, n);
    return n;
  };
  function decisionFor(code: string, g: PlannedGrassroots, year: number): number {
    const key =
      code === 'BK_CDYTVN' ? `sector:${year}` : code === 'BK_BYT' ? `ministry:${year}` : `${g.unit.id}:${year}`;
    let decision = decisions.get(key);
    if (!decision) {
      const day = String(random.int(10, 25));
      decision =
        code === 'BK_CDYTVN'
          ? {
              id: decisionId++,
              deciderKey: `unit:${national.id}`,
              deciderUnitId: national.id,
              deciderAuthority: null,
              deciderName: nationalRows[0]?.name ?? 'Công đoàn Y tế Việt Nam',
              decisionNo: `${100 + (year % 100)}/QĐ-CĐYT`,
              decisionDate: `${year + 1}-03-${day}`,
              signerTitle: 'CHỦ TỊCH',
            }
          : code === 'BK_BYT'
            ? {
                id: decisionId++,
                deciderKey: 'authority:minister:Bộ Y tế',
                deciderUnitId: null,
                deciderAuthority: 'minister',
                deciderName: 'Bộ trưởng Bộ Y tế',
                decisionNo: `${1000 + (year % 100)}/QĐ-BYT`,
                decisionDate: `${year + 1}-04-${day}`,
                signerTitle: 'BỘ TRƯỞNG',
              }
            : {
                id: decisionId++,
                deciderKey: `authority:unit_head:${organisation(g.unit.name)}`,
                deciderUnitId: null,
                deciderAuthority: 'unit_head',
                deciderName: `Thủ trưởng ${organisation(g.unit.name)}`,
                decisionNo: `${serial(`decision:${year}:${g.unit.id}`)}/QĐ-${g.unit.code}`,
                decisionDate: `${year + 1}-01-${day}`,
                signerTitle: 'GIÁM ĐỐC',
              };
      decisions.set(key, decision);
    }
    return decision.id;
  }

  function coAuthors(g: PlannedGrassroots, year: number, self: Author): Author[] {
    const roll = random.next();
    const wanted = roll < 0.45 ? 0 : roll < 0.75 ? 1 : roll < 0.92 ? 2 : 3;
    const pool = pools.get(`${g.unit.id}:${year}`) ?? [];
    const chosen: Author[] = [];
    for (let tries = 0; chosen.length < wanted && tries < wanted * 3 && pool.length; tries++) {
      const pick = random.pick(pool);
      if (pick.id !== self.id && !chosen.includes(pick)) chosen.push(pick);
    }
    return chosen;
  }

  return {
    /** Draws one person's history into the temporary files. */
    add(person: GeneratedPerson) {
      if (person.memberships.length === 0) return;
      const self: Author = { id: person.id, fullName: person.facts.fullName };
      for (const y of drawAchievementYears(random, person.memberships)) {
        const g = grassrootsOf.get(y.unitId);
        if (!g) continue;
        ratings.add(
          ratingLine([
            person.id,
            y.year,
            y.unitId,
            y.rating,
            y.daysAbsent,
            y.discipline,
            y.discipline ? `${serial(`discipline:${g.unit.id}`)}/QĐ-KL` : null,
          ]),
        );
        report.ratings++;
        for (const code of y.awards) {
          awards.add(awardLine(decisionFor(code, g, y.year), entryOf.get(code)!, code, person.id, y.unitId, y.year));
          report.awards++;
          report.byCode[code] = (report.byCode[code] ?? 0) + 1;
        }
        if (y.leadsInitiative) {
          const team = [self, ...coAuthors(g, y.year, self)];
          const draft = {
            id: initiativeId++,
            unitId: y.unitId,
            year: y.year,
            authors: team,
            shares: drawShares(random, team.length),
            serial: serial(`initiative:${y.year}:${g.unit.id}`),
            unitCode: g.unit.code,
          };
          initiatives.add(initiativeLine(random, draft));
          authors.add(authorLines(draft), team.length);
          report.authors += team.length;
        }
        const key = `${g.unit.id}:${y.year}`;
        const pool = pools.get(key);
        if (!pool) pools.set(key, [self]);
        else if (pool.length < CO_AUTHOR_POOL) pool.push(self);
        else pool[random.int(0, CO_AUTHOR_POOL - 1)] = self;
      }
    },
    /** Copies everything drawn, referenced tables first; the identity sequences move past the ids used. */
    async copy(onProgress?: (phase: HistoryPhase, done: number, total: number) => void): Promise<HistoryReport> {
      report.decisions = decisions.size;
      report.initiatives = initiativeId - firstInitiative;
      await copyLines(client, 'award_decisions', DECISION_COLUMNS, [...decisions.values()].map(decisionLine));
      if (decisions.size)
        await client.query(`SELECT setval(pg_get_serial_sequence('award_decisions', 'id'), $1)`, [decisionId - 1]);
      await ratings.copyTo(client, 'performance_ratings', RATING_COLUMNS, (done, total) =>
        onProgress?.('ratings', done, total),
      );
      await awards.copyTo(client, 'awards', AWARD_COLUMNS, (done, total) => onProgress?.('awards', done, total));
      await initiatives.copyTo(client, 'initiatives', INITIATIVE_COLUMNS, (done, total) =>
        onProgress?.('initiatives', done, total),
      );
      if (report.initiatives)
        await client.query(`SELECT setval(pg_get_serial_sequence('initiatives', 'id'), $1)`, [initiativeId - 1]);
      await authors.copyTo(client, 'initiative_authors', AUTHOR_COLUMNS);
      return report;
    },
    remove() {
      for (const file of [ratings, awards, initiatives, authors]) file.remove();
    },
  };
}
