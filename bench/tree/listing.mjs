// 1(b) and 1(c): listing a unit's children through the service, and reading a province's whole subtree in SQL,
// each with the plan PostgreSQL chose for it.
import { and, like } from 'drizzle-orm';
import { units } from '../../dist/server/db/schema/index.js';
import { findUnits } from '../../dist/server/modules/units/units.service.js';
import { scopeWhere } from '../../dist/server/policies/scope.js';
import { sample } from '../lib/stats.mjs';

const RUNS = 300;
const WARMUP = 20;

/** Records every statement sent through the pool while `work` runs; how we get the SQL the service really sends. */
async function captureQueries(db, work) {
  const pool = db.$client;
  const original = pool.query;
  const seen = [];
  pool.query = function (config, values) {
    seen.push({ text: typeof config === 'string' ? config : config.text, values: values ?? config.values ?? [] });
    return original.apply(this, arguments);
  };
  try {
    await work();
  } finally {
    pool.query = original;
  }
  return seen;
}

async function explain(db, { text, values }) {
  const { rows } = await db.$client.query(`EXPLAIN (ANALYZE, BUFFERS) ${text}`, values);
  const plan = rows.map((row) => row['QUERY PLAN']);
  const nodes =
    plan
      .join('\n')
      .match(/(Index Only Scan|Index Scan|Bitmap Index Scan|Seq Scan)( Backward)? (using|on) \w+( on \w+)?/g) ?? [];
  return { nodes: [...new Set(nodes)], plan };
}

/** Children of `parentId` as `actor` sees them, through findUnits; the list query's plan is explained. */
export async function benchChildren(ctx, parentId, asOf) {
  const query = { parentId, asOf, limit: 1000 };
  const rows = await findUnits(ctx, query);
  const queries = await captureQueries(ctx.db, () => findUnits(ctx, query));
  const timing = await sample(() => findUnits(ctx, query), { runs: RUNS, warmup: WARMUP });
  return { rows: rows.length, ...timing, statements: queries.length, explain: await explain(ctx.db, queries.at(-1)) };
}

const subtreeColumns = {
  id: units.id,
  parentId: units.parentId,
  code: units.code,
  name: units.name,
  kind: units.kind,
  path: units.path,
  reportPath: units.reportPath,
};

/**
 * Every unit under `prefix` along the organisational line: plain, with the actor's scope added, with the scope
 * alone (what any list of "everything I may see" does), and as raw SQL without Drizzle.
 */
export async function benchSubtree(db, prefix, actor) {
  const plain = () =>
    db
      .select(subtreeColumns)
      .from(units)
      .where(like(units.path, `${prefix}%`));
  const scoped = () =>
    db
      .select(subtreeColumns)
      .from(units)
      .where(and(like(units.path, `${prefix}%`), scopeWhere(actor)));
  const scopeOnly = () => db.select(subtreeColumns).from(units).where(scopeWhere(actor));
  const raw = {
    text: 'SELECT id, parent_id, code, name, kind, path, report_path FROM units WHERE path LIKE $1',
    values: [`${prefix}%`],
  };
  const rawRun = () => db.$client.query(raw.text, raw.values);
  const rows = (await plain()).length;
  for (const variant of [scoped, scopeOnly]) {
    const count = (await variant()).length;
    if (count !== rows) throw new Error(`subtree ${prefix}: ${rows} rows plain but ${count} in the officer's scope`);
  }
  const sqlOf = (query) => {
    const { sql, params } = query().toSQL();
    return { text: sql, values: params };
  };
  return {
    rows,
    plain: { ...(await sample(plain, { runs: RUNS, warmup: WARMUP })), explain: await explain(db, raw) },
    scoped: { ...(await sample(scoped, { runs: RUNS, warmup: WARMUP })), explain: await explain(db, sqlOf(scoped)) },
    scopeOnly: {
      ...(await sample(scopeOnly, { runs: RUNS, warmup: WARMUP })),
      explain: await explain(db, sqlOf(scopeOnly)),
    },
    rawPg: await sample(rawRun, { runs: RUNS, warmup: WARMUP }),
  };
}
