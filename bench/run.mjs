// `npm run bench`: the benchmarks of issues #2, #3 and #4 in sequence, a results table on stdout and the full figures
// (with query plans) in bench/results/<timestamp>.json. `node --expose-gc bench/run.mjs tree start http members
// import` runs only the parts named; the compiled server in dist/ must be current (npm run build:server).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cleanupAll } from './lib/cleanup.mjs';
import { machine } from './lib/machine.mjs';
import { ROOT } from './lib/server.mjs';
import { resultRows, printTable } from './lib/table.mjs';

const PARTS = ['tree', 'start', 'http', 'members', 'import', 'documents', 'candidates'];
const log = (message) => process.stderr.write(`${message}\n`);

async function main() {
  const wanted = process.argv.slice(2).filter((arg) => !arg.startsWith('-'));
  const unknown = wanted.filter((part) => !PARTS.includes(part));
  if (unknown.length) throw new Error(`unknown part ${unknown.join(', ')}: choose among ${PARTS.join(', ')}`);
  const parts = wanted.length ? wanted : PARTS;
  if (!fs.existsSync(path.join(ROOT, 'dist/server/cli.js')))
    throw new Error('dist/server is missing: run npm run build:server first');

  // Load averages at the start of each part: figures taken while other work ran are not comparable.
  const results = { startedAt: new Date().toISOString(), machine: machine(), loadAverage: {}, parts: {} };
  const began = Date.now();
  let existingDir = null;
  let failed = false;
  for (const part of parts) {
    results.loadAverage[part] = os.loadavg().map((load) => Math.round(load * 100) / 100);
    log(`[${part}] load average ${results.loadAverage[part].join(' ')}`);
    const start = Date.now();
    try {
      if (part === 'tree') results.parts.tree = await (await import('./tree.bench.mjs')).runTreeBench(log);
      if (part === 'start') {
        const { figures, existingDir: dir } = await (await import('./start.bench.mjs')).runStartBench(log);
        results.parts.start = figures;
        existingDir = dir;
      }
      if (part === 'http') results.parts.http = await (await import('./http.bench.mjs')).runHttpBench(log, existingDir);
      if (part === 'members') results.parts.members = await (await import('./members.bench.mjs')).runMembersBench(log);
      if (part === 'import') results.parts.import = await (await import('./import.bench.mjs')).runImportBench(log);
      if (part === 'documents')
        results.parts.documents = await (await import('./documents.bench.mjs')).runDocumentsBench(log);
      if (part === 'candidates')
        results.parts.candidates = await (await import('./candidates.bench.mjs')).runCandidatesBench(log);
    } catch (error) {
      failed = true;
      results.parts[part] = { error: error.stack ?? String(error) };
      log(`[${part}] failed: ${error.stack ?? error}`);
    }
    log(`[${part}] ${((Date.now() - start) / 1000).toFixed(0)} s`);
  }
  results.totalSeconds = Math.round((Date.now() - began) / 1000);

  const outDir = path.join(ROOT, 'bench/results');
  fs.mkdirSync(outDir, { recursive: true });
  const file = path.join(outDir, `${results.startedAt.replace(/[:.]/g, '-')}.json`);
  fs.writeFileSync(file, JSON.stringify(results, null, 2) + '\n');
  printTable(resultRows(results));
  const loads = Object.entries(results.loadAverage)
    .map(([part, load]) => `${part} ${load[0]}`)
    .join(', ');
  process.stdout.write(
    `\n${results.machine.summary}; load average (1 min) at the start of ${loads}; ${results.totalSeconds} s in all.\n`,
  );
  process.stdout.write(`Full figures and query plans: ${path.relative(ROOT, file)}\n`);
  return failed ? 1 : 0;
}

// Interrupted or not, stop the servers and PostgreSQL we started and remove their temporary folders.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    log(`${signal}: cleaning up`);
    void cleanupAll().finally(() => process.exit(130));
  });
}
let code = 1;
try {
  code = await main();
} catch (error) {
  log(error.stack ?? String(error));
} finally {
  await cleanupAll();
}
process.exit(code);
