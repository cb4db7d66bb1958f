// Part `members`: on a generated national data set of 10,000, 100,000 and 1,000,000 members (one unit per 100
// members, so 10,000 units at the top size), the search mix through the HTTP layer and the membership
// statistics of the national root, each with the plans of its slowest statements.
import { generateDemoData } from '../dist/server/db/seed/generate/generate-demo.js';
import { captureQueries, explain } from './lib/capture.mjs';
import { freshDatabase } from './lib/database.mjs';
import { benchSizes } from './lib/sizes.mjs';
import { median, msSince, percentile, round, summarise } from './lib/stats.mjs';
import { startApp } from './members/http-app.mjs';
import { buildQueryMix } from './members/queries.mjs';

const passesFor = (members) => Number(process.env.BENCH_SEARCH_PASSES ?? (members >= 1_000_000 ? 2 : 3));
const STATS_RUNS = Number(process.env.BENCH_STATS_RUNS ?? 7);

function groupTimes(samples, key) {
  const groups = {};
  for (const sample of samples) (groups[sample[key]] ??= []).push(sample.ms);
  return Object.fromEntries(
    Object.entries(groups).map(([name, times]) => [
      name,
      { count: times.length, p50Ms: round(percentile(times, 50)), p95Ms: round(percentile(times, 95)) },
    ]),
  );
}

async function searchBench(get, db, log, passCount) {
  const queries = await buildQueryMix(db);
  for (const query of queries.slice(0, 100)) await get(query.url);
  const passes = [];
  let samples = [];
  let lastTotals = [];
  for (let pass = 0; pass < passCount; pass++) {
    samples = [];
    lastTotals = [];
    for (const query of queries) {
      const start = process.hrtime.bigint();
      const answer = await get(query.url);
      const ms = msSince(start);
      if (answer.status !== 200) throw new Error(`${query.url}: ${answer.status} ${answer.body.slice(0, 300)}`);
      const page = JSON.parse(answer.body);
      if (page.items.length > 50) throw new Error(`${query.url}: ${page.items.length} items`);
      samples.push({ ...query, ms });
      lastTotals.push(page.total);
    }
    const times = samples.map((s) => s.ms);
    passes.push({
      p50Ms: round(percentile(times, 50)),
      p95Ms: round(percentile(times, 95)),
      p99Ms: round(percentile(times, 99)),
      maxMs: round(Math.max(...times)),
    });
    log(`    search pass ${pass + 1}: p50 ${passes.at(-1).p50Ms} ms, p95 ${passes.at(-1).p95Ms} ms`);
  }
  // The slowest query of each kind in the last pass, with the plans of the statements it sent.
  const slowest = {};
  samples.forEach((sample, i) => {
    if (!slowest[sample.kind] || sample.ms > slowest[sample.kind].ms)
      slowest[sample.kind] = { ...sample, total: lastTotals[i] };
  });
  const plans = {};
  for (const [kind, sample] of Object.entries(slowest)) {
    const statements = await captureQueries(db, () => get(sample.url));
    plans[kind] = {
      url: sample.url,
      ms: round(sample.ms),
      total: sample.total,
      statements: await Promise.all(
        statements.filter((s) => /from "memberships"|from "employments"/i.test(s.text)).map((s) => explain(db, s)),
      ),
    };
  }
  return {
    queries: queries.length,
    passes,
    p50Ms: median(passes.map((p) => p.p50Ms)),
    p95Ms: median(passes.map((p) => p.p95Ms)),
    byKind: groupTimes(samples, 'kind'),
    byScope: groupTimes(samples, 'scope'),
    matches: { median: median(lastTotals), max: Math.max(...lastTotals) },
    plans,
  };
}

async function statsBench(get, db) {
  const url = '/api/v1/members/stats?unit=CDYTVN';
  const times = [];
  let body = null;
  for (let run = 0; run < STATS_RUNS + 2; run++) {
    const start = process.hrtime.bigint();
    const answer = await get(url);
    if (answer.status !== 200) throw new Error(`${url}: ${answer.status} ${answer.body.slice(0, 300)}`);
    if (run >= 2) times.push(msSince(start));
    body = JSON.parse(answer.body);
  }
  const statements = await captureQueries(db, () => get(url));
  const plans = [];
  for (const statement of statements.filter((s) => /memberships/i.test(s.text)))
    plans.push(await explain(db, statement));
  return {
    ...summarise(times),
    members: body.members,
    workforce: body.workforce,
    unionisationRate: body.unionisationRate,
    statements: statements.length,
    plans,
  };
}

export async function runMembersBench(log) {
  const results = {};
  for (const members of benchSizes()) {
    const units = Math.max(60, Math.round(members / 100));
    log(`  ${members.toLocaleString('en')} members, ${units.toLocaleString('en')} units`);
    const database = await freshDatabase('congdoan-bench-members-', log);
    try {
      const { db, config } = database;
      const ctx = { db, config, actor: null, requestId: 'bench', ip: null };
      let start = process.hrtime.bigint();
      const generated = await generateDemoData(ctx, { members, units, seed: 2026, force: false });
      const generateMs = msSince(start);
      const { rows } = await db.$client.query(
        `SELECT pg_total_relation_size('people') + pg_total_relation_size('memberships') + pg_total_relation_size('employments') AS bytes`,
      );
      log(`    generated in ${round(generateMs / 1000, 1)} s (${generated.people.toLocaleString('en')} people)`);
      const app = await startApp(db, config);
      try {
        const get = await app.session();
        log('    search mix');
        start = process.hrtime.bigint();
        const search = await searchBench(get, db, log, passesFor(members));
        log(`    search done in ${round(msSince(start) / 1000, 1)} s; statistics of Công đoàn Y tế Việt Nam`);
        const stats = await statsBench(get, db);
        log(`    statistics: median ${stats.medianMs} ms`);
        results[members] = {
          members,
          units,
          generate: { ms: round(generateMs, 0), ...generated, tablesMiB: round(Number(rows[0].bytes) / 2 ** 20, 0) },
          search,
          stats,
        };
      } finally {
        await app.close();
      }
    } finally {
      await database.stop();
    }
  }
  return results;
}
