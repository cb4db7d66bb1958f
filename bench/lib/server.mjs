// Runs `congdoan serve` as a child process on loopback, and talks to it with Node's own http client.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { onCleanup } from './cleanup.mjs';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const ADMIN = { username: 'benchadmin', password: 'bench-password-2026' };

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** One request on a fresh connection; resolves with status, headers and body, or rejects on error/timeout. */
export function request(port, { method = 'GET', path: url, headers = {}, body, timeoutMs = 2000 }) {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port, method, path: url, headers, agent: false, timeout: timeoutMs },
      (res) => {
        const chunks = [];
        res.on('data', (chunk) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }),
        );
      },
    );
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', reject);
    req.end(body);
  });
}

/**
 * Starts the server on `dataDir` and resolves once /healthz answers 200, with the time that took.
 * Server output goes to a log file in the data folder's parent, for when something fails.
 */
export async function startServer(dataDir, { timeoutMs = 60_000, logLevel = 'warn' } = {}) {
  const port = await freePort();
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !key.startsWith('CONGDOAN_') && key !== 'DATABASE_URL'),
  );
  Object.assign(env, {
    PORT: String(port),
    HOST: '127.0.0.1',
    CONGDOAN_DATA_DIR: dataDir,
    CONGDOAN_DEMO: '1',
    CONGDOAN_ADMIN_USER: ADMIN.username,
    CONGDOAN_ADMIN_PASSWORD: ADMIN.password,
    LOG_LEVEL: logLevel,
  });
  const logFile = `${dataDir}.log`;
  const out = fs.openSync(logFile, 'a');
  const start = process.hrtime.bigint();
  const child = spawn(process.execPath, [path.join(ROOT, 'bin/congdoan.mjs'), 'serve'], {
    cwd: ROOT,
    env,
    stdio: ['ignore', out, out],
  });
  fs.closeSync(out);
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  const server = { port, child, logFile, dataDir, exited };
  server.stop = onCleanup(() => stopServer(server));
  const deadline = Date.now() + timeoutMs;
  let early = null;
  void exited.then((result) => (early = result));
  while (Date.now() < deadline && !early) {
    const answer = await request(port, { path: '/healthz', timeoutMs: 1000 }).catch(() => null);
    if (answer?.status === 200) return { ...server, readyMs: Number(process.hrtime.bigint() - start) / 1e6 };
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  await server.stop().catch(() => undefined);
  const tail = fs.readFileSync(logFile, 'utf8').split('\n').slice(-15).join('\n');
  throw new Error(
    `server on ${dataDir} ${early ? `exited (${JSON.stringify(early)})` : `not ready after ${timeoutMs} ms`}:\n${tail}`,
  );
}

/** SIGTERM and wait for the exit; after `timeoutMs` SIGKILL it and its PostgreSQL. Resolves with exit code and time. */
export async function stopServer(server, { timeoutMs = 30_000 } = {}) {
  const start = process.hrtime.bigint();
  if (server.child.exitCode === null && server.child.signalCode === null) server.child.kill('SIGTERM');
  const timer = new Promise((resolve) => setTimeout(() => resolve(null), timeoutMs).unref());
  let result = await Promise.race([server.exited, timer]);
  if (!result) {
    server.child.kill('SIGKILL');
    result = { ...(await server.exited), killed: true };
    killOrphanedPostgres(server.dataDir);
  }
  return { ...result, stopMs: Number(process.hrtime.bigint() - start) / 1e6 };
}

/** The PostgreSQL our killed server started; its pid is the first line of postmaster.pid. */
function killOrphanedPostgres(dataDir) {
  const pidFile = path.join(dataDir, 'pg', 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (Number.isInteger(pid) && pid > 0) {
    try {
      process.kill(pid, 'SIGINT');
    } catch {
      // already gone
    }
  }
}

/** Logs in through the API and returns the session cookie header value. */
export async function login(port, account = ADMIN) {
  const answer = await request(port, {
    method: 'POST',
    path: '/api/v1/auth/login',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(account),
    timeoutMs: 10_000,
  });
  const cookie = [answer.headers['set-cookie'] ?? []].flat().find((c) => c.startsWith('congdoan_session='));
  if (answer.status !== 200 || !cookie) throw new Error(`login failed: ${answer.status} ${answer.body}`);
  return cookie.split(';')[0];
}
