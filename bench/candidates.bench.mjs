// Part `candidates` (issue #4): "suggest candidates" for Chiến sĩ thi đua cơ sở, year 2025, through the service
// (findCandidates, as the route calls it), over the national root and over one hospital of about 2,000 members,
// on a generated data set with five years of ratings, titles and initiatives. BENCH_CANDIDATES_MEMBERS=100000 to
// stay small (default 1,000,000). Each answer is compared with the plain computation (bench/candidates/reference.mjs).
import { findCandidates } from '../dist/server/modules/eligibility-checks/eligibility-checks.service.js';
import { loadActor } from '../dist/server/policies/actor.js';
import { generateHistory, pickScopes, YEAR } from './candidates/data-set.mjs';
import { referenceCandidates } from './candidates/reference.mjs';
import { captureQueries, explain } from './lib/capture.mjs';
import { freshDatabase } from './lib/database.mjs';
import { ADMIN } from './lib/server.mjs';
import { msSince, round, summarise } from './lib/stats.mjs';

const CODE = 'CSTDCS';
const GOALS = { national: 10_000, hospital: 200 };
const RUNS = { national: Number(process.env.BENCH_NATIONAL_RUNS ?? 3), hospital: 30 };
const peakMiB = () => round(process.resourceUsage().maxRSS / 1024, 0);

async function timeRuns(ctx, unit, runs, warmup, log) {
  const times = [];
  let answer;
  for (let i = 0; i < warmup + runs; i++) {
    globalThis.gc?.();
    const start = process.hrtime.bigint();
    answer = await findCandidates(ctx, { unit, code: CODE, year: YEAR, page: 1, pageSize: 50 });
    if (i >= warmup) times.push(msSince(start));
    if (runs <= 5) log(`      run ${i + 1}: ${round(msSince(start), 0)} ms`);
  }
  return { ...summarise(times), times: times.map((t) => round(t, 1)), answer };
}

/** All the service's candidates (every page), as 'personId:verdict', to compare with the reference. */
async function allCandidates(ctx, unit) {
  const ids = [];
  for (let page = 1; ; page++) {
    const answer = await findCandidates(ctx, { unit, code: CODE, year: YEAR, page, pageSize: 200 });
    ids.push(...answer.items.map((item) => `${item.personId}:${item.verdict}`));
    if (page * 200 >= answer.total) return { evaluated: answer.evaluated, candidates: ids.sort() };
  }
}

function sameAnswer(a, b) {
  return (
    a.evaluated === b.evaluated &&
    a.candidates.length === b.candidates.length &&
    a.candidates.every((c, i) => c === b.candidates[i])
  );
}

export async function runCandidatesBench(log) {
  const members = Number(process.env.BENCH_CANDIDATES_MEMBERS ?? 1_000_000);
  const database = await freshDatabase('congdoan-bench-candidates-', log);
  try {
    const { db, config } = database;
    const dataSet = await generateHistory(db, config, members, log);
    const scopes = await pickScopes(db);
    const { rows } = await db.$client.query('SELECT id FROM users WHERE username = $1', [ADMIN.username]);
    const ctx = { db, config, actor: await loadActor(db, rows[0].id), requestId: 'bench', ip: null };
    const { hospital, national } = scopes;
    log(
      `    hospital ${hospital.code} (${hospital.members} members in ${YEAR}); nation ${national.members.toLocaleString('en')}`,
    );

    const hospitalRuns = await timeRuns(ctx, hospital.code, RUNS.hospital, 5, log);
    log(
      `    hospital: median ${hospitalRuns.medianMs} ms, p95 ${hospitalRuns.p95Ms} ms, ${hospitalRuns.answer.total} candidates`,
    );
    const statements = await captureQueries(db, () =>
      findCandidates(ctx, { unit: hospital.code, code: CODE, year: YEAR, page: 1, pageSize: 50 }),
    );
    const plans = [];
    for (const statement of statements) plans.push(await explain(db, statement));
    const hospitalReference = await referenceCandidates(ctx, hospital.code, YEAR, CODE);
    const hospitalSame = sameAnswer(await allCandidates(ctx, hospital.code), hospitalReference);

    const nationalRuns = await timeRuns(ctx, national.code, RUNS.national, 1, log);
    log(
      `    nation: median ${nationalRuns.medianMs} ms, ${nationalRuns.answer.total} candidates, peak ${peakMiB()} MiB`,
    );
    // The plain computation at national scale is itself the slow thing measured; compare it where it is quick.
    let nationalSame = null;
    let referenceMs = null;
    if (members <= 100_000 || process.env.BENCH_CANDIDATES_REFERENCE) {
      const start = process.hrtime.bigint();
      const reference = await referenceCandidates(ctx, national.code, YEAR, CODE);
      referenceMs = round(msSince(start), 0);
      const ours = nationalRuns.answer;
      nationalSame = ours.total === reference.candidates.length && ours.evaluated === reference.evaluated;
      log(`    nation, plain computation: ${referenceMs} ms, same totals: ${nationalSame}`);
    }
    const figure = (runs) => ({
      ...runs,
      answer: undefined,
      total: runs.answer.total,
      evaluated: runs.answer.evaluated,
    });
    const result = {
      dataSet,
      hospital: { ...hospital, ...figure(hospitalRuns), sameAsReference: hospitalSame, plans },
      national: { ...national, ...figure(nationalRuns), sameAsReference: nationalSame, referenceMs },
      peakMiB: peakMiB(),
    };
    const n = members.toLocaleString('en');
    const verdict = (value, goal) => `${value <= goal ? 'ok' : 'MISSED'} ${(value / goal).toFixed(2)}×`;
    const check = (same) => (same === null ? '' : same ? ', same as plain' : ', DIFFERS from plain!');
    result.rows = [
      [
        `candidates ${n}: generate with history`,
        `${(dataSet.ms / 1000).toFixed(1)} s`,
        `${dataSet.awards.toLocaleString('en')} awards, ${dataSet.initiatives.toLocaleString('en')} initiatives`,
        '',
        '',
      ],
      [
        `candidates ${n}: CSTDCS ${YEAR}, nation (${national.members.toLocaleString('en')})`,
        `${round(nationalRuns.medianMs, 0)} ms`,
        `p95 ${round(nationalRuns.p95Ms, 0)} ms, ${nationalRuns.answer.total} found${check(nationalSame)}`,
        '< 10 s',
        verdict(nationalRuns.medianMs, GOALS.national),
      ],
      [
        `candidates ${n}: CSTDCS ${YEAR}, ${hospital.code} (${hospital.members})`,
        `${round(hospitalRuns.medianMs, 1)} ms`,
        `p95 ${round(hospitalRuns.p95Ms, 1)} ms, ${hospitalRuns.answer.total} found${check(hospitalSame)}`,
        '< 200 ms',
        verdict(hospitalRuns.medianMs, GOALS.hospital),
      ],
      [`candidates ${n}: peak RSS of the bench process`, `${result.peakMiB} MiB`, '', '', ''],
    ];
    return result;
  } finally {
    await database.stop();
  }
}
