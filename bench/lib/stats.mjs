// Summaries of timing samples: medians and nearest-rank percentiles, and the goal each figure is held to.

export function percentile(samples, p) {
  if (samples.length === 0) return NaN;
  const sorted = Float64Array.from(samples).sort();
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank];
}

export const median = (samples) => percentile(samples, 50);

/** Milliseconds since `start` (a bigint from process.hrtime.bigint()). */
export function msSince(start) {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** Runs `work` `warmup` times unmeasured, then `runs` times measured, one after another. */
export async function sample(work, { runs, warmup = 10 }) {
  for (let i = 0; i < warmup; i++) await work();
  globalThis.gc?.();
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    await work();
    times.push(msSince(start));
  }
  return summarise(times);
}

export function summarise(times) {
  return {
    runs: times.length,
    medianMs: round(median(times)),
    p95Ms: round(percentile(times, 95)),
    maxMs: round(Math.max(...times)),
  };
}

export function round(value, digits = 3) {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
