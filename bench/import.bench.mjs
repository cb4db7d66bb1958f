// Part `import`: `congdoan import members` of generated files of 10,000, 100,000 and 1,000,000 rows (CSV and
// .xlsx, mixed NFC/NFD, some TCVN3 rows) into one grassroots union of a generated tree, as a separate process:
// time, rows/s, peak memory, the check pass against the write pass, and the statements each sends; beside it
// a plain COPY of the same CSV. Each run starts from a copy of the same database.
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { generateDemoData } from '../dist/server/db/seed/generate/generate-demo.js';
import { writeImportFile } from '../dist/server/db/seed/generate/import-file.js';
import { traversableTempDir } from './lib/cleanup.mjs';
import { freshDatabase } from './lib/database.mjs';
import { benchSizes } from './lib/sizes.mjs';
import { median, msSince, round } from './lib/stats.mjs';
import { copyBaseline } from './import/copy-baseline.mjs';
import { runImport } from './import/run-import.mjs';

const COLUMNS = 13;
const runsFor = (rows) => Number(process.env.BENCH_IMPORT_RUNS ?? (rows >= 1_000_000 ? 1 : 3));

function withDatabase(url, name) {
  const next = new URL(url);
  next.pathname = `/${name}`;
  return next.toString();
}

async function admin(url, statement) {
  const client = new pg.Client({ connectionString: withDatabase(url, 'postgres') });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** Runs `work(url)` on a new database copied from the prepared one, then drops it. */
let copies = 0;
async function onCopy(url, work) {
  const name = `bench_run_${++copies}`;
  await admin(url, `CREATE DATABASE ${name} TEMPLATE bench_base`);
  try {
    return await work(withDatabase(url, name));
  } finally {
    await admin(url, `DROP DATABASE ${name} WITH (FORCE)`);
  }
}

function summariseRuns(runs, rows) {
  const ms = median(runs.map((run) => run.ms));
  return {
    medianMs: round(ms, 0),
    rowsPerSec: round((rows / ms) * 1000, 0),
    peakMiB: Math.max(...runs.map((run) => run.peakMiB ?? 0)),
    runs,
  };
}

export async function runImportBench(log) {
  const results = {};
  for (const rows of benchSizes()) {
    const units = Math.max(60, Math.round(rows / 100));
    log(`  ${rows.toLocaleString('en')} rows into a tree of ${units.toLocaleString('en')} units`);
    const database = await freshDatabase('congdoan-bench-import-', log, 2);
    const folder = traversableTempDir('congdoan-bench-import-files-');
    try {
      const ctx = { db: database.db, config: database.config, actor: null, requestId: 'bench', ip: null };
      await generateDemoData(ctx, { members: 0, units, seed: 2026, force: false });
      const { rows: target } = await database.db.$client.query(
        `SELECT code FROM units WHERE kind = 'grassroots_union' AND code LIKE 'CDCS-HN-%' ORDER BY id LIMIT 1`,
      );
      const unit = target[0].code;
      await database.closePool();
      await admin(database.url, 'CREATE DATABASE bench_base TEMPLATE congdoan');

      const files = {};
      for (const format of ['csv', 'xlsx']) {
        const file = path.join(folder, `danh-sach-${rows}.${format}`);
        const start = process.hrtime.bigint();
        // In .xlsx the import detects TCVN3 cell by cell, and a short cell ("Cống" → "Cèng") is not recognised:
        // that file has TCVN3 names only, so its write pass can be measured (the CSV has whole TCVN3 rows).
        await writeImportFile({ file, format, rows, seed: 2026, tcvn3Cells: format === 'xlsx' ? 'name' : 'row' });
        files[format] = { file, writeMs: round(msSince(start), 0), MiB: round(fs.statSync(file).size / 2 ** 20, 1) };
        log(`    ${format} written in ${files[format].writeMs} ms, ${files[format].MiB} MiB`);
      }

      const result = { rows, units, unit, files: {} };
      for (const [format, { writeMs, MiB }] of Object.entries(files)) result.files[format] = { writeMs, MiB };
      const copyRuns = [];
      for (let i = 0; i < runsFor(rows); i++)
        copyRuns.push(await onCopy(database.url, (url) => copyBaseline(url, files.csv.file, COLUMNS)));
      result.copy = { medianMs: round(median(copyRuns.map((run) => run.ms)), 0), runs: copyRuns };
      result.copy.rowsPerSec = round((rows / result.copy.medianMs) * 1000, 0);
      log(`    plain COPY of the CSV: ${result.copy.medianMs} ms, ${result.copy.rowsPerSec} rows/s`);

      // The .xlsx runs are repeated with exceljs's UTF-8 chunking defect patched when the shipped reader
      // garbles a cell (see import/exceljs-utf8-fix.mjs), so the write pass of a .xlsx import can be measured.
      const variants = [
        ['csv dry run', 'csv', true, false],
        ['csv', 'csv', false, false],
        ['xlsx dry run', 'xlsx', true, false],
        ['xlsx', 'xlsx', false, false],
        ['xlsx, exceljs fixed', 'xlsx', false, true],
      ];
      for (const [label, format, dryRun, fixExceljs] of variants) {
        if (fixExceljs && result.xlsx.runs.every((run) => run.code === 0)) continue;
        const runs = [];
        for (let i = 0; i < runsFor(rows); i++) {
          const traceFile = path.join(folder, `trace-${label.replace(/\W+/g, '-')}-${i}.json`);
          const run = await onCopy(database.url, (url) =>
            runImport({ url, file: files[format].file, unit, dryRun, traceFile, fixExceljs }),
          );
          log(
            `    ${label}: ${round(run.ms / 1000, 1)} s, peak ${run.peakMiB} MiB, exit ${run.code} (import code ${run.importCode}): ${run.summary}`,
          );
          for (const error of run.errors) log(`      ${error}`);
          runs.push(run);
          if (run.code !== 0) break;
        }
        result[label] = summariseRuns(runs, rows);
      }
      result.ratioCsvToCopy = round(result.csv.medianMs / result.copy.medianMs, 1);
      results[rows] = result;
    } finally {
      await database.stop();
    }
  }
  return results;
}
