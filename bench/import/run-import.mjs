// One `congdoan import members FILE --unit CODE` as its own process, timed from spawn to exit, with its peak
// resident memory (VmHWM from /proc, sampled every 50 ms) and the statement trace of trace-queries.mjs.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from '../lib/server.mjs';
import { onCleanup } from '../lib/cleanup.mjs';

const TRACE = path.join(ROOT, 'bench/import/trace-queries.mjs');
const EXCELJS_FIX = path.join(ROOT, 'bench/import/exceljs-utf8-fix.mjs');

function peakKiB(pid) {
  try {
    return Number(fs.readFileSync(`/proc/${pid}/status`, 'utf8').match(/^VmHWM:\s+(\d+) kB/m)?.[1] ?? 0);
  } catch {
    return 0;
  }
}

/** A fingerprint of the compiled import code a run used: the import is being rewritten while it is measured. */
export function importCodeFingerprint() {
  const dir = path.join(ROOT, 'dist/server/modules/members/import');
  const hash = createHash('sha1');
  for (const name of fs
    .readdirSync(dir)
    .filter((file) => file.endsWith('.js'))
    .sort())
    hash.update(name).update(fs.readFileSync(path.join(dir, name)));
  return hash.digest('hex').slice(0, 10);
}

/** `fixExceljs`: run with exceljs-utf8-fix.mjs preloaded (see there). */
export async function runImport({ url, file, unit, dryRun, traceFile, fixExceljs = false }) {
  const preload = fixExceljs ? ['--import', EXCELJS_FIX] : [];
  const args = [
    ...preload,
    '--import',
    TRACE,
    path.join(ROOT, 'bin/congdoan.mjs'),
    'import',
    'members',
    file,
    '--unit',
    unit,
  ];
  if (dryRun) args.push('--dry-run');
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('CONGDOAN_')));
  Object.assign(env, { DATABASE_URL: url, LOG_LEVEL: 'warn', BENCH_TRACE_FILE: traceFile });
  const importCode = importCodeFingerprint();
  const start = process.hrtime.bigint();
  const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const kill = onCleanup(() => child.exitCode === null && child.kill('SIGKILL'));
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output = (output + chunk).slice(-20_000)));
  let peak = 0;
  const timer = setInterval(() => (peak = Math.max(peak, peakKiB(child.pid))), 50);
  const code = await new Promise((resolve) => child.on('exit', (exitCode) => resolve(exitCode)));
  clearInterval(timer);
  await kill();
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const trace = fs.existsSync(traceFile) ? JSON.parse(fs.readFileSync(traceFile, 'utf8')) : null;
  const summary =
    output
      .split('\n')
      .filter((line) => /dòng;/.test(line))
      .at(-1) ?? output.slice(-500);
  const errors = output
    .split('\n')
    .filter((line) => /^\s*Dòng \d+/.test(line))
    .slice(0, 10)
    .map((line) => line.trim());
  return { ms, peakMiB: Math.round(peak / 1024), code, summary: summary.trim(), errors, importCode, trace };
}
