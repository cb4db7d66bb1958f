// The statements a piece of work sends through the pool, and their plans: how a benchmark shows why it is slow.

/** Records every statement sent through `db`'s pool while `work` runs. */
export async function captureQueries(db, work) {
  const pool = db.$client;
  const original = pool.query;
  const seen = [];
  pool.query = function (config, values) {
    const text = typeof config === 'string' ? config : config?.text;
    if (text) seen.push({ text, values: values ?? config.values ?? [] });
    return original.apply(this, arguments);
  };
  try {
    await work();
  } finally {
    pool.query = original;
  }
  return seen;
}

/** EXPLAIN (ANALYZE, BUFFERS) of a captured read-only statement, with the scan nodes picked out. */
export async function explain(db, { text, values }) {
  const { rows } = await db.$client.query(`EXPLAIN (ANALYZE, BUFFERS) ${text}`, values);
  const plan = rows.map((row) => row['QUERY PLAN']);
  const joined = plan.join('\n');
  const nodes =
    joined.match(
      /(Parallel )?(Index Only Scan|Index Scan|Bitmap Index Scan|Seq Scan)( Backward)? (using|on) \w+( on \w+)?/g,
    ) ?? [];
  const executionMs = Number(joined.match(/Execution Time: ([\d.]+) ms/)?.[1] ?? NaN);
  const planningMs = Number(joined.match(/Planning Time: ([\d.]+) ms/)?.[1] ?? NaN);
  return { sql: text, values, nodes: [...new Set(nodes)], planningMs, executionMs, plan };
}
