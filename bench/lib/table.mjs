// The compact results table: one line per figure, with its goal from issue #2, #3 or #4 and how far it is from it.

function ms(value) {
  if (value === null || value === undefined || Number.isNaN(value)) return '–';
  return `${value.toFixed(value >= 100 ? 0 : value >= 10 ? 1 : 2)} ms`;
}
const GOALS = { scopeMs: 0.1, listMs: 20, newStartMs: 15_000, existingStartMs: 3_000 };

/** 'ok 0.24×' under the goal, 'MISSED 3.1×' over it; the ratio is value / goal. */
function verdict(value, goal) {
  if (goal === undefined || value === null || Number.isNaN(value)) return '';
  const ratio = value / goal;
  const shown = ratio < 0.01 ? ratio.toExponential(1) : ratio.toFixed(2);
  return `${ratio <= 1 ? 'ok' : 'MISSED'} ${shown}×`;
}

function timed(label, figure, goalMs) {
  return [
    label,
    ms(figure.medianMs),
    `p95 ${ms(figure.p95Ms)}`,
    goalMs ? `< ${goalMs} ms` : '',
    verdict(figure.medianMs, goalMs),
  ];
}

function treeRows(tree) {
  const rows = [
    ['tree: 100,000 units + versions inserted', ms(tree.setup.insertMs), '', '', ''],
    [
      '1a inScope, random pairs (ns/op)',
      `${tree.scope.inScope.randomPairs.nsPerOpMedian} ns`,
      'median of 5 runs',
      '< 0.1 ms',
      verdict(tree.scope.inScope.randomPairs.nsPerOpMedian / 1e6, GOALS.scopeMs),
    ],
    [
      '1a inScope, one actor over every unit',
      `${tree.scope.inScope.oneActorAllUnits.nsPerOpMedian} ns`,
      'median of 5 runs',
      '< 0.1 ms',
      verdict(tree.scope.inScope.oneActorAllUnits.nsPerOpMedian / 1e6, GOALS.scopeMs),
    ],
    timed('1a loadSessionActor (1 query, every request)', tree.scope.loadSessionActor, GOALS.scopeMs),
    timed('   loadActor (2 queries, at login only)', tree.scope.loadActor),
    timed('   for reference: SELECT 1 round trip', tree.scope.selectOne),
  ];
  for (const [name, figure] of Object.entries(tree.children))
    rows.push(timed(`1b findUnits: ${name}, ${figure.rows} rows`, figure, GOALS.listMs));
  for (const [name, figure] of Object.entries(tree.subtree)) {
    rows.push(timed(`1c subtree ${name}, ${figure.rows} rows, Drizzle`, figure.plain, GOALS.listMs));
    rows.push(timed(`1c subtree ${name}, and scopeWhere`, figure.scoped, GOALS.listMs));
    rows.push(timed(`1c subtree ${name}, scopeWhere alone`, figure.scopeOnly, GOALS.listMs));
    rows.push(timed(`1c subtree ${name}, raw pg`, figure.rawPg, GOALS.listMs));
  }
  return rows;
}

function startRows(start) {
  const row = (label, figure, goal) => [
    label,
    ms(figure.medianMs),
    `runs ${figure.each.map((run) => run.readyMs).join(', ')}`,
    `< ${goal / 1000} s`,
    `${verdict(figure.medianMs, goal)}${figure.cleanExits ? '' : ' (exit code ≠ 0!)'}`,
  ];
  return [
    row('2 serve → /healthz 200, new data folder', start.newFolder, GOALS.newStartMs),
    row('2 serve → /healthz 200, existing folder', start.existingFolder, GOALS.existingStartMs),
  ];
}

function httpRows(http) {
  const rows = [];
  for (const [level, endpoints] of Object.entries(http)) {
    if (level === 'load') continue;
    for (const [name, figure] of Object.entries(endpoints)) {
      const errors = figure.non2xx + figure.socketErrors;
      const cpu =
        figure.cpuMsPerRequest.server === null
          ? ''
          : `, CPU/req ${figure.cpuMsPerRequest.server} + pg ${figure.cpuMsPerRequest.postgres} ms`;
      const label = `3 ${name === 'authMe' ? 'GET /api/v1/auth/me' : 'GET /healthz'} (${level})`;
      rows.push([
        label,
        `${figure.requestsPerSec} req/s`,
        `p50 ${ms(figure.p50Ms)} p99 ${ms(figure.p99Ms)}${cpu}`,
        figure.generator,
        errors ? `${errors} errors!` : '',
      ]);
    }
  }
  return rows;
}

const ISSUE3 = {
  searchP95Ms: 30,
  statsMs: 1000,
  csvImportMs: 20_000,
  xlsxImportMs: 60_000,
  peakMiB: 1536,
  copyRatio: 5,
};

function membersRows(members) {
  const rows = [];
  for (const [size, figure] of Object.entries(members)) {
    const n = Number(size).toLocaleString('en');
    rows.push([
      `members ${n}: generate (${figure.generate.people.toLocaleString('en')} people)`,
      `${(figure.generate.ms / 1000).toFixed(1)} s`,
      `${figure.generate.tablesMiB} MiB of tables`,
      '',
      '',
    ]);
    rows.push([
      `members ${n}: search mix (${figure.search.queries} queries), p50`,
      ms(figure.search.p50Ms),
      `p95 ${ms(figure.search.p95Ms)}`,
      '< 30 ms (p95)',
      verdict(figure.search.p95Ms, ISSUE3.searchP95Ms),
    ]);
    rows.push(timed(`members ${n}: statistics of CDYTVN`, figure.stats, ISSUE3.statsMs));
  }
  return rows;
}

function importRows(imports) {
  const rows = [];
  for (const [size, figure] of Object.entries(imports)) {
    const n = Number(size).toLocaleString('en');
    rows.push([
      `import ${n}: plain COPY of the CSV`,
      ms(figure.copy.medianMs),
      `${figure.copy.rowsPerSec} rows/s`,
      '',
      '',
    ]);
    for (const [label, goal] of [
      ['csv dry run'],
      ['csv', ISSUE3.csvImportMs],
      ['xlsx dry run'],
      ['xlsx', ISSUE3.xlsxImportMs],
      ['xlsx, exceljs fixed', ISSUE3.xlsxImportMs],
    ]) {
      const run = figure[label];
      if (!run) continue;
      const failed = run.runs.some((r) => r.code !== 0);
      rows.push([
        `import ${n}: ${label}`,
        ms(run.medianMs),
        `${run.rowsPerSec} rows/s, peak ${run.peakMiB} MiB${failed ? ', row errors' : ''}`,
        goal ? `< ${goal / 1000} s` : '',
        goal && !failed ? verdict(run.medianMs, goal) : '',
      ]);
    }
    rows.push([
      `import ${n}: CSV import / plain COPY`,
      `${figure.ratioCsvToCopy}×`,
      '',
      '< 5×',
      verdict(figure.ratioCsvToCopy, ISSUE3.copyRatio),
    ]);
  }
  return rows;
}

export function resultRows(results) {
  const rows = [['benchmark', 'median', 'spread', 'goal / tool', 'verdict']];
  const { tree, start, http } = results.parts;
  const failed = (name, part) => [[`${name}: FAILED`, part.error.split('\n')[0], '', '', '']];
  if (tree) rows.push(...(tree.error ? failed('tree', tree) : treeRows(tree)));
  if (start) rows.push(...(start.error ? failed('start', start) : startRows(start)));
  if (http) rows.push(...(http.error ? failed('http', http) : httpRows(http)));
  const { members, import: imports } = results.parts;
  if (members) rows.push(...(members.error ? failed('members', members) : membersRows(members)));
  if (imports) rows.push(...(imports.error ? failed('import', imports) : importRows(imports)));
  // Issue #4's parts build their own rows (label, median, spread, goal, verdict) next to their figures.
  for (const name of ['documents', 'candidates']) {
    const part = results.parts[name];
    if (part) rows.push(...(part.error ? failed(name, part) : part.rows));
  }
  return rows;
}

export function printTable(rows) {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => String(row[column]).length)));
  const line = (row) =>
    row
      .map((cell, column) => String(cell).padEnd(widths[column]))
      .join('  ')
      .trimEnd();
  process.stdout.write(
    `\n${line(rows[0])}\n${widths.map((w) => '-'.repeat(w)).join('  ')}\n${rows.slice(1).map(line).join('\n')}\n`,
  );
}
