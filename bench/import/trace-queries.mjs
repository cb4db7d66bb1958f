// Loaded into the `congdoan import` process with `node --import`: times every statement it sends, grouped by
// the statement's shape, and notes when the first person is written (the end of the check pass). Written to
// BENCH_TRACE_FILE as JSON when the process exits. Works whatever the import's code looks like inside.
import fs from 'node:fs';
import pg from 'pg';

const began = performance.now();
const shapes = new Map();
let firstPersonWrittenMs = null;

function shapeOf(text) {
  return text
    .replace(/\s+/g, ' ')
    .replace(/\(\$\d+[^)]*\)(, \(\$\d+[^)]*\))+/g, '(…)×n')
    .replace(/\$\d+(, \$\d+)+/g, '$…')
    .slice(0, 110)
    .trim();
}

function record(shape, ms, rows) {
  const entry = shapes.get(shape) ?? { count: 0, ms: 0, rows: 0 };
  entry.count++;
  entry.ms += ms;
  entry.rows += rows ?? 0;
  shapes.set(shape, entry);
}

const original = pg.Client.prototype.query;
pg.Client.prototype.query = function (config) {
  const text = typeof config === 'string' ? config : config?.text;
  if (!text) return original.apply(this, arguments);
  const shape = shapeOf(text);
  const start = performance.now();
  if (firstPersonWrittenMs === null && /^\s*insert into "?people"?/i.test(text)) firstPersonWrittenMs = start - began;
  const args = [...arguments];
  const last = args.length - 1;
  if (typeof args[last] === 'function') {
    const done = args[last];
    args[last] = (error, result) => {
      record(shape, performance.now() - start, result?.rowCount);
      done(error, result);
    };
    return original.apply(this, args);
  }
  const result = original.apply(this, args);
  if (result && typeof result.then === 'function')
    return result.then(
      (answer) => {
        record(shape, performance.now() - start, answer?.rowCount);
        return answer;
      },
      (error) => {
        record(shape, performance.now() - start, 0);
        throw error;
      },
    );
  return result;
};

process.on('exit', () => {
  if (!process.env.BENCH_TRACE_FILE) return;
  const statements = [...shapes]
    .map(([shape, entry]) => ({ shape, ...entry, ms: Math.round(entry.ms) }))
    .sort((a, b) => b.ms - a.ms);
  fs.writeFileSync(
    process.env.BENCH_TRACE_FILE,
    JSON.stringify({ totalMs: Math.round(performance.now() - began), firstPersonWrittenMs, statements }),
  );
});
