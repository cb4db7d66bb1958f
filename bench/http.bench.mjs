// Part 3: requests per second and latency of GET /healthz and GET /api/v1/auth/me (session cookie, so the
// session lookup and the actor's queries run on every request), against `congdoan serve` on embedded PostgreSQL.
import path from 'node:path';
import { traversableTempDir } from './lib/cleanup.mjs';
import { LOAD, loadTest } from './lib/load.mjs';
import { login, request, startServer } from './lib/server.mjs';

/**
 * The server runs at LOG_LEVEL=info, the shipped default that logs every request, and at warn, to show what
 * request logging costs. Its output goes to a file in the temporary folder.
 */
export async function runHttpBench(log, dataDir) {
  const folder = dataDir ?? path.join(traversableTempDir('congdoan-bench-http-'), 'data');
  const results = { load: LOAD };
  for (const logLevel of ['info', 'warn']) {
    const server = await startServer(folder, { timeoutMs: 90_000, logLevel });
    try {
      const cookie = await login(server.port);
      const me = await request(server.port, { path: '/api/v1/auth/me', headers: { cookie } });
      if (me.status !== 200) throw new Error(`GET /api/v1/auth/me answered ${me.status}: ${me.body}`);
      log(`  LOG_LEVEL=${logLevel}: GET /healthz`);
      const healthz = await loadTest(server, '/healthz');
      log(`  LOG_LEVEL=${logLevel}: GET /api/v1/auth/me`);
      const authMe = await loadTest(server, '/api/v1/auth/me', { cookie });
      results[`log ${logLevel}`] = { healthz, authMe };
    } finally {
      const stopped = await server.stop();
      if (stopped.code !== 0) log(`  server exited with ${stopped.code ?? stopped.signal}`);
    }
  }
  return results;
}
