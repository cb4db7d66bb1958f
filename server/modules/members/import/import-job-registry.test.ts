import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ImportJobRegistry } from './import-job-registry.ts';

const registries: ImportJobRegistry[] = [];
afterEach(async () => {
  await Promise.all(registries.splice(0).map((registry) => registry.close()));
});

function registry(limits: ConstructorParameters<typeof ImportJobRegistry>[0] = {}) {
  const created = new ImportJobRegistry(limits);
  registries.push(created);
  return created;
}

function upload() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'congdoan-registry-test-'));
  const file = path.join(dir, 'upload');
  fs.writeFileSync(file, 'Họ và tên\nAn Bình\n');
  return { upload: { dir, file, fileName: 'a.csv', byteSize: 20 }, headerRow: 1, headers: ['Họ và tên'] };
}

/** A run that lasts until it is released or aborted. */
function held() {
  let release = () => undefined as void;
  let aborted = false;
  const work = (signal: AbortSignal) =>
    new Promise<void>((resolve) => {
      release = resolve;
      signal.addEventListener('abort', () => {
        aborted = true;
        resolve();
      });
    });
  return { work, release: () => release(), wasAborted: () => aborted };
}

describe('ImportJobRegistry', () => {
  it('runs one check or import at a time per user (409) and a few per instance (429)', async () => {
    const jobs = registry({ limits: { running: 2 } });
    const [a1, a2, b1, c1] = await Promise.all([
      jobs.add(1, upload()),
      jobs.add(1, upload()),
      jobs.add(2, upload()),
      jobs.add(3, upload()),
    ]);
    const first = held();
    jobs.start(a1, 'checking', first.work);
    expect(a1.state).toBe('checking');
    expect(() => jobs.start(a2, 'checking', held().work)).toThrow(
      expect.objectContaining({ status: 409, code: 'import.user_busy' }),
    );
    jobs.start(b1, 'importing', held().work);
    expect(() => jobs.start(c1, 'checking', held().work)).toThrow(
      expect.objectContaining({ status: 429, code: 'import.server_busy', details: { retryAfterSeconds: 60 } }),
    );
    first.release();
    await a1.run!.done;
    expect(a1.run).toBeNull();
    expect(() => jobs.start(c1, 'checking', held().work)).not.toThrow();
  });

  it('drops jobs idle for an hour with their files, but never a running one', async () => {
    let now = 1_000_000;
    const jobs = registry({ now: () => now });
    const idle = await jobs.add(1, upload());
    const busy = await jobs.add(2, upload());
    const run = held();
    jobs.start(busy, 'importing', run.work);
    now += 59 * 60 * 1000;
    await jobs.sweep();
    expect(jobs.size).toBe(2);
    jobs.get(idle.id, 1); // looking at a job keeps it
    now += 59 * 60 * 1000;
    await jobs.sweep();
    expect(jobs.size).toBe(2);
    now += 2 * 60 * 1000 + 1;
    await jobs.sweep();
    expect(jobs.size).toBe(1);
    expect(fs.existsSync(idle.upload.dir)).toBe(false);
    expect(() => jobs.get(idle.id, 1)).toThrow(expect.objectContaining({ status: 404 }));
    expect(fs.existsSync(busy.upload.dir)).toBe(true);
    run.release();
  });

  it('shows a job only to its owner, keeps a few per user and refuses uploads when full', async () => {
    const jobs = registry({ limits: { perUser: 2, total: 3 } });
    const oldest = await jobs.add(1, upload());
    await jobs.add(1, upload());
    expect(() => jobs.get(oldest.id, 2)).toThrow(expect.objectContaining({ status: 404, code: 'imports.not_found' }));
    await jobs.add(1, upload());
    expect(fs.existsSync(oldest.upload.dir)).toBe(false);
    expect(() => jobs.get(oldest.id, 1)).toThrow(expect.objectContaining({ status: 404 }));
    await jobs.add(2, upload());
    await expect(jobs.add(3, upload())).rejects.toMatchObject({ status: 429, code: 'import.server_busy' });
  });

  it('discards a running job by aborting it and waiting for it before removing the file', async () => {
    const jobs = registry();
    const job = await jobs.add(1, upload());
    const run = held();
    jobs.start(job, 'importing', run.work);
    await jobs.discard(job);
    expect(run.wasAborted()).toBe(true);
    expect(fs.existsSync(job.upload.dir)).toBe(false);
    expect(jobs.size).toBe(0);
  });
});
