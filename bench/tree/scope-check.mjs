// 1(a): the scope check in memory on hot data, and what a request pays to build its actor from the database.
import { inScope } from '../../dist/server/policies/scope.js';
import { loadActor, loadSessionActor } from '../../dist/server/policies/actor.js';
import { median, round, sample } from '../lib/stats.mjs';
import { seededRandom } from './plan.mjs';

const PAIRS = 1_000_000;
const RUNS = 5;

function actorOn(unit) {
  const grant = {
    id: unit.id,
    role: 'union_officer',
    unitId: unit.id,
    unitCode: unit.code,
    unitName: unit.name,
    path: unit.path,
    reportPath: unit.reportPath,
  };
  return {
    userId: unit.id,
    username: `u${unit.id}`,
    displayName: unit.name,
    mustChangePassword: false,
    grants: [grant],
  };
}

/** The units as a request sees them: read from the database, so the strings are flat as pg parsed them. */
async function readUnits(db) {
  const { rows } = await db.$client.query(
    'SELECT id, code, name, path, report_path AS "reportPath" FROM units ORDER BY id',
  );
  rows.forEach((row, index) => {
    if (row.id !== index + 1) throw new Error('unit ids are not 1..n');
  });
  return rows;
}

function timeRuns(runs, work) {
  const perRun = [];
  for (let run = 0; run < runs + 1; run++) {
    globalThis.gc?.();
    const ns = work();
    if (run > 0) perRun.push(ns); // the first run warms the JIT up
  }
  return { nsPerOpMedian: round(median(perRun), 1), nsPerOpRuns: perRun.map((ns) => round(ns, 1)) };
}

/**
 * "Is unit X inside the subtree of unit Y" over random pairs: half take Y among X's ancestors (the answer is
 * yes and the whole prefix is compared), half take Y at random (mostly no). With 100,000 actors and units
 * picked at random most of the time goes to cache misses; the second figure is one actor over every unit
 * in order, which is what a list response does when it computes each row's abilities.
 */
export async function benchInScope(db) {
  const units = await readUnits(db);
  const random = seededRandom(7);
  const actors = units.map(actorOn);
  const placed = units.map((unit) => ({ path: unit.path, reportPath: unit.reportPath }));
  const xs = new Int32Array(PAIRS);
  const ys = new Int32Array(PAIRS);
  for (let i = 0; i < PAIRS; i++) {
    const x = Math.floor(random() * units.length);
    xs[i] = x;
    if (i % 2 === 0) {
      const ancestors = units[x].path.split('/').filter(Boolean);
      ys[i] = Number(ancestors[Math.floor(random() * ancestors.length)]) - 1;
    } else {
      ys[i] = Math.floor(random() * units.length);
    }
  }
  let inside = 0;
  const randomPairs = timeRuns(RUNS, () => {
    inside = 0;
    const start = process.hrtime.bigint();
    for (let i = 0; i < PAIRS; i++) if (inScope(actors[ys[i]], placed[xs[i]])) inside++;
    return Number(process.hrtime.bigint() - start) / PAIRS;
  });
  const insideShare = round(inside / PAIRS, 3);
  const officer = actors[units.findIndex((unit) => unit.code === 'CDYT-HN')];
  const sweeps = Math.ceil(PAIRS / placed.length);
  let covered = 0;
  const oneActor = timeRuns(RUNS, () => {
    covered = 0;
    const start = process.hrtime.bigint();
    for (let sweep = 0; sweep < sweeps; sweep++)
      for (let i = 0; i < placed.length; i++) if (inScope(officer, placed[i])) covered++;
    return Number(process.hrtime.bigint() - start) / (sweeps * placed.length);
  });
  return {
    pairs: PAIRS,
    runs: RUNS,
    randomPairs: { ...randomPairs, insideShare },
    oneActorAllUnits: { ...oneActor, unitsCovered: covered / sweeps },
  };
}

/**
 * What every authenticated request pays before its handler: `loadSessionActor`, the session, its user and
 * the grants in one prepared statement. Beside it the login-time `loadActor` (two statements) and one bare
 * round trip, the floor any database lookup has.
 */
export async function benchLoadActor(db, userId) {
  const check = await loadActor(db, userId);
  if (!check || check.grants.length !== 1) throw new Error(`loadActor(${userId}) did not find the bench officer`);
  const sessionId = `bench-${userId}`;
  await db.$client.query(
    `INSERT INTO sessions (id, user_id, csrf_token, expires_at) VALUES ($1, $2, 'bench', now() + interval '1 hour')
     ON CONFLICT (id) DO NOTHING`,
    [sessionId, userId],
  );
  const found = await loadSessionActor(db, sessionId);
  if (!found || found.actor.grants.length !== 1) throw new Error('loadSessionActor did not find the bench session');
  return {
    loadSessionActor: await sample(() => loadSessionActor(db, sessionId), { runs: 1000, warmup: 50 }),
    loadActor: await sample(() => loadActor(db, userId), { runs: 1000, warmup: 50 }),
    selectOne: await sample(() => db.$client.query('SELECT 1'), { runs: 1000, warmup: 50 }),
  };
}
