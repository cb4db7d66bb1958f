// The real application (buildApp from dist/) on a loopback port in this process, and a keep-alive client that
// sends one request at a time: latency as one officer sees it, through routing, validation, the scope rule,
// the queries and serialisation.
import http from 'node:http';
import { buildApp } from '../../dist/server/app.js';
import { DEMO_PASSWORD } from '../../dist/server/db/seed/demo-tree.js';
import { onCleanup } from '../lib/cleanup.mjs';

export async function startApp(db, config) {
  const app = await buildApp({ config, db, webRoot: null, logger: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const close = onCleanup(() => app.close());
  const { port } = app.server.address();
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const send = (method, path, { headers = {}, body } = {}) =>
    new Promise((resolve, reject) => {
      const req = http.request({ host: '127.0.0.1', port, method, path, headers, agent, timeout: 120_000 }, (res) => {
        const chunks = [];
        res.on('data', (chunk) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }),
        );
      });
      req.on('timeout', () => req.destroy(new Error(`timeout: ${path}`)));
      req.on('error', reject);
      req.end(body);
    });
  return {
    port,
    send,
    /** Logs in (a demo account by default) and returns a GET that carries the session cookie. */
    async session(username = 'quantri', password = DEMO_PASSWORD) {
      const answer = await send('POST', '/api/v1/auth/login', {
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username, password }),
      });
      const cookie = [answer.headers['set-cookie'] ?? []].flat().find((c) => c.startsWith('congdoan_session='));
      if (answer.status !== 200 || !cookie) throw new Error(`login ${username}: ${answer.status} ${answer.body}`);
      const header = { cookie: cookie.split(';')[0] };
      return (path) => send('GET', path, { headers: header });
    },
    close: async () => {
      agent.destroy();
      await close();
    },
  };
}
