// The real `congdoan demo` command on a database by URL: progress, a summary, and the refusal to mix
// generated people into a database that already has more than the demo set.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../test/cli-process.ts';
import { createTestDatabase } from '../../../test/harness.ts';

let database: Awaited<ReturnType<typeof createTestDatabase>>;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.drop());

describe('congdoan demo', () => {
  it('generates the data set and then refuses a second one without --force', async () => {
    const env = { DATABASE_URL: database.url, CONGDOAN_DEMO: '1' };
    const first = await runCli(['demo', '--members', '500', '--units', '30', '--seed', '9'], env);
    expect(first.output).toMatch(/Đã sinh \/ generated in [\d.]+ s: 30 đơn vị \/ units/);
    expect(first.output).toMatch(/Người \/ people\s+\[#+\] 540\/540/);
    expect(first.code).toBe(0);
    const second = await runCli(['demo', '--members', '500', '--units', '30'], env);
    expect(second.code).toBe(1);
    expect(second.output).toContain('Dùng --force');
    const usage = await runCli(['demo', '--members', 'many', '--units', '30'], env);
    expect(usage.code).toBe(2);
  }, 60_000);
});
