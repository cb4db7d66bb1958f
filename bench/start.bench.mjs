// Part 2: `congdoan serve` from the command line until GET /healthz answers 200, on a new data folder
// (cluster created, migrated, demo data seeded) and on an existing one; each run stopped with SIGTERM.
import path from 'node:path';
import { traversableTempDir } from './lib/cleanup.mjs';
import { startServer } from './lib/server.mjs';
import { median, round } from './lib/stats.mjs';

const RUNS = 3;

async function startAndStop(dataDir) {
  const server = await startServer(dataDir, { timeoutMs: 90_000 });
  const stopped = await server.stop();
  return {
    readyMs: round(server.readyMs, 0),
    stopMs: round(stopped.stopMs, 0),
    exitCode: stopped.code,
    signal: stopped.signal,
    killed: Boolean(stopped.killed),
  };
}

function summarise(runs) {
  return {
    runs: runs.length,
    medianMs: round(median(runs.map((run) => run.readyMs)), 0),
    cleanExits: runs.every((run) => run.exitCode === 0),
    each: runs,
  };
}

/** Returns the figures and an existing data folder (with demo data) the HTTP benchmark can reuse. */
export async function runStartBench(log) {
  const dir = traversableTempDir('congdoan-bench-start-');
  const fresh = [];
  for (let i = 0; i < RUNS; i++) {
    fresh.push(await startAndStop(path.join(dir, `new-${i}`)));
    log(`  new folder, run ${i + 1}: ready in ${fresh.at(-1).readyMs} ms, exit ${fresh.at(-1).exitCode}`);
  }
  const existingDir = path.join(dir, 'new-0');
  const existing = [];
  for (let i = 0; i < RUNS; i++) {
    existing.push(await startAndStop(existingDir));
    log(`  existing folder, run ${i + 1}: ready in ${existing.at(-1).readyMs} ms, exit ${existing.at(-1).exitCode}`);
  }
  return { figures: { newFolder: summarise(fresh), existingFolder: summarise(existing) }, existingDir };
}
