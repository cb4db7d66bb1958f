// 1(a): the scope check in memory on hot data, and what a request pays to build its actor from the database.
import { inScope } from '../../dist/server/policies/scope.js';
import { loadActor } from '../../dist/server/policies/actor.js';
import { median, round, sample } from '../lib/stats.mjs';
import { seededRandom } from './plan.mjs';

const PAIRS = 1_000_000;
const RUNS = 5;

function actorOn(unit) {
  const grant = { id: unit.id, role: 'union_officer', unitId: unit.id, unitCode: unit.code, unitName: unit.name, path: unit.path, reportPath: unit.reportPath };
  return { userId: unit.id, username: `u${unit.id}`, displayName: unit.name, mustChangePassword: false, grants: [grant] };
}

/**
 * "Is unit X inside the subtree of unit Y": half the pairs take Y among X's ancestors (the answer is yes and
 * the whole prefix is compared), half take Y at random (mostly no, usually decided in the first characters).
 */
export function benchInScope(units) {
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
  const perRun = [];
  let inside = 0;
  for (let run = 0; run < RUNS + 1; run++) {
    globalThis.gc?.();
    inside = 0;
    const start = process.hrtime.bigint();
    for (let i = 0; i < PAIRS; i++) if (inScope(actors[ys[i]], placed[xs[i]])) inside++;
    const ns = Number(process.hrtime.bigint() - start) / PAIRS;
    if (run > 0) perRun.push(ns); // the first run warms the JIT up
  }
  return { pairs: PAIRS, runs: RUNS, nsPerOpMedian: round(median(perRun), 1), nsPerOpRuns: perRun.map((ns) => round(ns, 1)), insideShare: round(inside / PAIRS, 3) };
}

/** The actor's two queries, one request after another, for an officer with one grant. */
export async function benchLoadActor(db, userId) {
  const check = await loadActor(db, userId);
  if (!check || check.grants.length !== 1) throw new Error(`loadActor(${userId}) did not find the bench officer`);
  return sample(() => loadActor(db, userId), { runs: 1000, warmup: 50 });
}
