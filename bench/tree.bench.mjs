// Part 1: a confederation of 100,000 units on a fresh embedded PostgreSQL; the scope check, the actor,
// children lists and a province's subtree measured on it.
import path from 'node:path';
import { createDatabase } from '../dist/server/db/client.js';
import { startEmbeddedDatabase } from '../dist/server/db/embedded.js';
import { migrateDatabase } from '../dist/server/db/migrate.js';
import { loadConfig } from '../dist/server/config.js';
import { loadActor } from '../dist/server/policies/actor.js';
import { onCleanup, traversableTempDir } from './lib/cleanup.mjs';
import { msSince, round } from './lib/stats.mjs';
import { generateTree } from './tree/generate.mjs';
import { benchChildren, benchSubtree } from './tree/listing.mjs';
import { insertActors, loadTree } from './tree/load.mjs';
import { benchInScope, benchLoadActor } from './tree/scope-check.mjs';

const PAST_DATE = '2020-06-30';

export async function runTreeBench(log) {
  const dir = traversableTempDir('congdoan-bench-tree-');
  let start = process.hrtime.bigint();
  const embedded = await startEmbeddedDatabase(path.join(dir, 'data'), log);
  onCleanup(() => embedded.stop());
  const db = createDatabase(embedded.url, 4);
  onCleanup(() => db.$client.end());
  await migrateDatabase(db);
  const {
    rows: [{ server_version: postgres }],
  } = await db.$client.query('SHOW server_version');
  const setup = { postgres, startAndMigrateMs: round(msSince(start), 0) };

  start = process.hrtime.bigint();
  const { units, landmarks } = generateTree();
  setup.generateMs = round(msSince(start), 0);
  const loaded = await loadTree(db, units);
  Object.assign(setup, {
    units: units.length,
    insertMs: round(loaded.insertMs, 0),
    analyzeMs: round(loaded.analyzeMs, 0),
  });
  log(
    `  ${units.length} units generated in ${setup.generateMs} ms, inserted with their versions in ${setup.insertMs} ms`,
  );

  // The largest province (Hà Nội) and the median-sized one: officers are granted on their sector unions.
  const bySize = [...landmarks.provinces].sort((a, b) => b.subtree - a.subtree);
  const largest = bySize[0];
  const middle = bySize[Math.floor(bySize.length / 2)];
  const ids = await insertActors(db, [
    ['bench.admin', 'admin', landmarks.confederation],
    ['bench.national', 'union_officer', landmarks.national],
    ['bench.province', 'union_officer', largest.sectorUnionId],
    ['bench.middle', 'union_officer', middle.sectorUnionId],
  ]);
  const config = loadConfig({ LOG_LEVEL: 'silent' });
  const ctxOf = async (username) => ({
    db,
    config,
    actor: await loadActor(db, ids[username]),
    requestId: 'bench',
    ip: '127.0.0.1',
  });
  const [admin, national, province, middling] = await Promise.all(
    ['bench.admin', 'bench.national', 'bench.province', 'bench.middle'].map(ctxOf),
  );

  log('  1a scope check and actor');
  const scope = { inScope: await benchInScope(db), ...(await benchLoadActor(db, ids['bench.province'])) };

  log('  1b children lists');
  const children = {
    [`province ${largest.code} (${largest.grassroots} children), its officer`]: await benchChildren(
      province,
      largest.sectorUnionId,
    ),
    [`province ${largest.code}, admin on the root`]: await benchChildren(admin, largest.sectorUnionId),
    [`province ${largest.code} as of ${PAST_DATE}, its officer`]: await benchChildren(
      province,
      largest.sectorUnionId,
      PAST_DATE,
    ),
    [`province ${middle.code} (${middle.grassroots} children), its officer`]: await benchChildren(
      middling,
      middle.sectorUnionId,
    ),
    [`national sector union (${landmarks.central} children), its officer`]: await benchChildren(
      national,
      landmarks.national,
    ),
    ['national sector union, admin on the root']: await benchChildren(admin, landmarks.national),
  };

  log('  1c province subtrees');
  const subtree = {
    [`${largest.code} (largest)`]: await benchSubtree(db, largest.path, province.actor),
    [`${middle.code} (median)`]: await benchSubtree(db, middle.path, middling.actor),
  };
  return { setup, provinces: { largest, middle }, scope, children, subtree };
}
