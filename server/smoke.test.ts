// The application as `npm start` runs it: the real command on the embedded PostgreSQL, and on a server by URL.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from './test/harness.ts';
import { loginOver, runCli, startServer, type Running } from './test/cli-process.ts';

const ADMIN = { CONGDOAN_ADMIN_USER: 'smoke', CONGDOAN_ADMIN_PASSWORD: 'smoke-password-1' };
let dataDir: string;
let running: Running | null = null;

beforeAll(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'congdoan-smoke-'));
  // Started as root, PostgreSQL runs as the postgres user, who must reach the folder.
  fs.chmodSync(dataDir, 0o755);
});
afterAll(async () => {
  if (running && running.child.exitCode === null) {
    running.child.kill('SIGTERM');
    await running.exited;
  }
  fs.rmSync(dataDir, { recursive: true, force: true });
});

async function health(url: string): Promise<number> {
  return (await fetch(`${url}/healthz`)).status;
}

describe('congdoan serve on the embedded PostgreSQL', () => {
  it('starts on a new data folder with demo data and prints where and how to log in', async () => {
    running = await startServer({ CONGDOAN_DATA_DIR: dataDir, ...ADMIN });
    expect(running.output()).toContain('canbo.hanoi');
    expect(await health(running.url)).toBe(200);
    const login = await loginOver(running.url, 'smoke', 'smoke-password-1');
    expect(login.status).toBe(200);
    const units = await fetch(`${running.url}/api/v1/units?q=bach mai`, { headers: { cookie: login.cookie } });
    expect(((await units.json()) as { items: unknown[] }).items.length).toBeGreaterThan(0);
  }, 90_000);

  it('refuses a second instance on the same folder with a clear message', async () => {
    const second = await runCli(['serve'], { CONGDOAN_DATA_DIR: dataDir, PORT: '0' });
    expect(second.code).toBe(4);
    expect(second.output).toContain('đang được một tiến trình CongDoan khác sử dụng');
    expect(second.output).not.toMatch(/\n\s+at /);
  });

  it('backs up while running and restores into a new folder', async () => {
    const file = path.join(dataDir, 'backup.cdbak');
    const backup = await runCli(['backup', file], { CONGDOAN_DATA_DIR: dataDir });
    expect(backup.output).toContain('Đã sao lưu');
    expect(backup.code).toBe(0);
    const restoreDir = fs.mkdtempSync(path.join(os.tmpdir(), 'congdoan-restore-'));
    fs.chmodSync(restoreDir, 0o755);
    try {
      const restored = await runCli(['restore', file], { CONGDOAN_DATA_DIR: restoreDir, CONGDOAN_DEMO: '0' });
      expect([restored.code, restored.output]).toEqual([0, expect.stringContaining('Đã khôi phục')]);
      const again = await runCli(['restore', file], { CONGDOAN_DATA_DIR: restoreDir });
      expect(again.code).toBe(2);
      expect(again.output).toContain('--force');
      const copy = await startServer({ CONGDOAN_DATA_DIR: restoreDir });
      try {
        expect((await loginOver(copy.url, 'smoke', 'smoke-password-1')).status).toBe(200);
      } finally {
        copy.child.kill('SIGTERM');
        await copy.exited;
      }
    } finally {
      fs.rmSync(restoreDir, { recursive: true, force: true });
    }
  }, 120_000);

  it('stops cleanly on SIGTERM and recovers after a crash', async () => {
    // A login (a deliberately slow password hash) in flight when the signal comes still gets its answer.
    const inFlight = loginOver(running!.url, 'smoke', 'smoke-password-1');
    await new Promise((resolve) => setTimeout(resolve, 15));
    running!.child.kill('SIGTERM');
    expect((await inFlight).status).toBe(200);
    expect(await running!.exited).toBe(0);
    expect(fs.existsSync(path.join(dataDir, 'congdoan.lock'))).toBe(false);
    // PostgreSQL was shut down, not left running: its pid file is gone.
    expect(fs.existsSync(path.join(dataDir, 'pg', 'postmaster.pid'))).toBe(false);

    const crashed = await startServer({ CONGDOAN_DATA_DIR: dataDir });
    crashed.child.kill('SIGKILL');
    await crashed.exited;
    running = await startServer({ CONGDOAN_DATA_DIR: dataDir });
    expect(await health(running.url)).toBe(200);
    expect((await loginOver(running.url, 'smoke', 'smoke-password-1')).status).toBe(200);
  }, 120_000);
});

describe('congdoan serve with DATABASE_URL', () => {
  it('migrates a server database at start, and two instances share sessions', async () => {
    const database = await createTestDatabase({ empty: true });
    const env = { DATABASE_URL: database.url, CONGDOAN_DEMO: '0', ...ADMIN };
    const first = await startServer(env);
    const second = await startServer(env);
    try {
      const login = await loginOver(first.url, 'smoke', 'smoke-password-1');
      const me = await fetch(`${second.url}/api/v1/auth/me`, { headers: { cookie: login.cookie } });
      expect(me.status).toBe(200);
      const logout = await fetch(`${second.url}/api/v1/auth/logout`, {
        method: 'POST',
        headers: { cookie: login.cookie, 'x-csrf-token': login.csrfToken, 'content-type': 'application/json' },
        body: '{}',
      });
      expect(logout.status).toBe(200);
      expect((await fetch(`${first.url}/api/v1/auth/me`, { headers: { cookie: login.cookie } })).status).toBe(401);
    } finally {
      first.child.kill('SIGTERM');
      second.child.kill('SIGTERM');
      await Promise.all([first.exited, second.exited]);
      await database.drop();
    }
  }, 90_000);

  it('exits with one clear line when the database cannot be reached', async () => {
    const result = await runCli(['serve'], { DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none', PORT: '0' });
    expect(result.code).toBe(3);
    expect(result.output).toContain('Không kết nối được cơ sở dữ liệu');
    expect(result.output).not.toMatch(/\n\s+at /);
  });

  it('exits with a message naming the variable when the configuration is wrong', async () => {
    const result = await runCli(['serve'], { PORT: 'abc' });
    expect(result.code).toBe(2);
    expect(result.output).toContain('PORT');
  });
});
