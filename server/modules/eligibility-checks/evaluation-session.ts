// The evaluation setting of a check: the stored catalogue's engine, the year, and the issuing bodies along the
// recipient's branch of the tree (most specific first), whose own rule versions take precedence.
import { inArray, sql, type SQL } from 'drizzle-orm';
import { type Clause, type Rating, ratings, recognitionLevels } from '../../../shared/contracts/emulation.ts';
import type { ActorCtx } from '../../context.ts';
import { units } from '../../db/schema/index.ts';
import { badRequest } from '../../errors.ts';
import { catalogueEngine } from '../awards/catalogue-store.ts';
import { createSession, type Session } from '../emulation/index.ts';

export async function sessionFor(ctx: ActorCtx, unitPath: string, year: number, code: string): Promise<Session> {
  const engine = await catalogueEngine(ctx.db);
  if (!engine.types.has(code)) {
    throw badRequest(
      'eligibility.unknown_code',
      `Danh hiệu, hình thức «${code}» không có trong danh mục.`,
      `"${code}" is not in the catalogue.`,
      [{ field: 'code', message: 'Không có trong danh mục', messageEn: 'Not in the catalogue' }],
    );
  }
  const ids = unitPath.split('/').filter(Boolean).map(Number);
  const rows = ids.length
    ? await ctx.db.select({ id: units.id, code: units.code }).from(units).where(inArray(units.id, ids))
    : [];
  const codeOf = new Map(rows.map((row) => [row.id, row.code]));
  const bodies = ids
    .reverse()
    .map((id) => codeOf.get(id))
    .filter((c): c is string => Boolean(c))
    .map((c) => `unit:${c}`);
  return createSession(engine, { year, bodies });
}

const SKIPPED = Symbol('skipped');

/** Person ids from `from` to `to`, both included. */
export type PersonRange = { from: number; to: number };

/**
 * A SQL condition on a person id that everyone the rule set could suggest satisfies: derived from the clauses a
 * person fails without the right ratings, titles or recognised initiatives in the tables (a rating of the year,
 * "meets the LĐTT criteria or holds it", an initiative in the window), so "suggest candidates" screens only them.
 * Clauses it cannot reason about restrict nothing; null when nothing restricts. It mirrors the engine's
 * evaluators (emulation/eligibility/clauses): a clause not met here would be not met there.
 * In 'probe' mode OFFSET 0 keeps each EXISTS a lookup per member in the person indexes: without it the planner
 * may hash the whole year's awards or ratings, which costs more than a hospital's members. In 'hash' mode the
 * condition is set algebra (UNION for "any", INTERSECT for "all") under one IN, which the planner runs as hash
 * joins that may spill to disk. IN subqueries under OR are hashed subplans, which the planner gives up for plain
 * ones rescanned per member when the hash would pass work_mem (4 MB here): at 650,000 members that ran 8+ minutes.
 * `people` limits each 'hash' set to a slice of person ids, read through the person indexes: a national screening
 * runs slice by slice, the next in the database while the engine judges this one.
 */
export function screeningCondition(
  session: Session,
  code: string,
  person: SQL,
  mode: 'probe' | 'hash',
  people?: PersonRange,
): SQL | null {
  const type = session.engine.awardType(code);
  const criteria = session.ruleSet(type, 'individual')?.criteria;
  if (!criteria) return null;
  // In 'hash' mode, a slice of the person ids: each set is read through the person indexes for that slice only.
  const among = (column: SQL) => (people ? sql` AND ${column} BETWEEN ${people.from} AND ${people.to}` : sql``);
  const holds = (codes: readonly string[], year: number) =>
    mode === 'probe'
      ? sql`EXISTS (SELECT 1 FROM awards a WHERE a.person_id = ${person} AND a.year = ${year} AND a.code = ANY(${sql.param([...codes])}::text[]) AND NOT a.revoked OFFSET 0)`
      : sql`SELECT a.person_id FROM awards a WHERE a.year = ${year} AND a.code = ANY(${sql.param([...codes])}::text[]) AND NOT a.revoked${among(sql`a.person_id`)}`;
  const rated = (year: number, accepted: string[]) =>
    mode === 'probe'
      ? sql`EXISTS (SELECT 1 FROM performance_ratings r WHERE r.person_id = ${person} AND r.year = ${year} AND r.rating = ANY(${sql.param(accepted)}::text[]) OFFSET 0)`
      : sql`SELECT r.person_id FROM performance_ratings r WHERE r.year = ${year} AND r.rating = ANY(${sql.param(accepted)}::text[])${among(sql`r.person_id`)}`;
  const achieved = (kinds: string[], levels: string[], from: number | null, to: number) => {
    const window =
      from === null
        ? sql`i.decision_date <= make_date(${to}, 12, 31)`
        : sql`i.decision_date BETWEEN make_date(${from}, 1, 1) AND make_date(${to}, 12, 31)`;
    const found = sql`i.status = 'recognised' AND i.kind = ANY(${sql.param(kinds)}::text[]) AND i.recognition_level = ANY(${sql.param(levels)}::text[]) AND ${window}`;
    return mode === 'probe'
      ? sql`EXISTS (SELECT 1 FROM initiative_authors ia JOIN initiatives i ON i.id = ia.initiative_id WHERE ia.person_id = ${person} AND ${found} OFFSET 0)`
      : sql`SELECT ia.person_id FROM initiative_authors ia JOIN initiatives i ON i.id = ia.initiative_id WHERE ${found}${among(sql`ia.person_id`)}`;
  };

  // A condition, null when the clause restricts nothing, SKIPPED when it is switched off: a skipped child of
  // "any" neither passes nor fails it, so the others decide.
  const walk = (clause: Clause, depth: number): SQL | null | typeof SKIPPED => {
    if (clause.when && session.value(clause.when) !== true) return SKIPPED;
    switch (clause.kind) {
      case 'all': {
        const parts = clause.children.map((c) => walk(c, depth));
        if (parts.every((p) => p === SKIPPED)) return SKIPPED;
        const conditions = parts.filter((p): p is SQL => p !== null && p !== SKIPPED);
        return conditions.length
          ? sql`(${sql.join(conditions, mode === 'probe' ? sql` AND ` : sql` INTERSECT `)})`
          : null;
      }
      case 'any': {
        const parts = clause.children.map((c) => walk(c, depth)).filter((p) => p !== SKIPPED);
        if (parts.length === 0) return SKIPPED;
        return parts.every((p) => p !== null)
          ? sql`(${sql.join(parts as SQL[], mode === 'probe' ? sql` OR ` : sql` UNION `)})`
          : null;
      }
      case 'rating': {
        const atLeast = typeof clause.atLeast === 'string' ? clause.atLeast : (session.value(clause.atLeast) as Rating);
        const years = session.number(clause.years);
        if (!atLeast || years === null || years < 1) return null;
        return rated(session.year + clause.toOffset, ratings.slice(ratings.indexOf(atLeast)));
      }
      case 'title_criteria': {
        // Held this year, or meets the title's own criteria (the engine looks five levels deep).
        const inner = depth < 5 ? session.ruleSet(session.engine.awardType(clause.code), 'individual')?.criteria : null;
        const meets = inner ? walk(inner, depth + 1) : null;
        if (!meets || meets === SKIPPED) return null;
        const held = holds([...session.expandOne(clause.code)], session.year);
        return mode === 'probe' ? sql`(${held} OR ${meets})` : sql`(${held} UNION ${meets})`;
      }
      case 'achievement': {
        const minCount = session.number(clause.minCount);
        if (minCount === null || minCount < 1) return null;
        if (clause.minTotalValueVnd !== undefined && session.number(clause.minTotalValueVnd) === null) return null;
        const span = clause.years === null ? null : session.number(clause.years);
        if (clause.years !== null && span === null) {
          const key = typeof clause.years === 'object' ? clause.years.param : '';
          if (session.engine.parameters.get(key)?.unset !== 'no_limit') return null;
        }
        if (span !== null && span < 1) return null;
        const end = session.year + clause.toOffset;
        const levels = recognitionLevels.slice(recognitionLevels.indexOf(clause.minLevel));
        return achieved(clause.kinds, levels, span === null ? null : end - span + 1, end);
      }
      default:
        return null;
    }
  };
  const condition = walk(criteria, 1);
  if (condition === null || condition === SKIPPED) return null;
  return mode === 'probe' ? condition : sql`${person} IN (${condition})`;
}
