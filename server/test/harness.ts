// Each test file gets its own database copied from the template, and the real app on it via inject.
import { randomBytes } from 'node:crypto';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { eq } from 'drizzle-orm';
import pg from 'pg';
import { inject } from 'vitest';
import { buildApp } from '../app.ts';
import { loadConfig, type Config } from '../config.ts';
import { createDatabase, type Database } from '../db/client.ts';
import { units } from '../db/schema/index.ts';

export type TestContext = {
  app: FastifyInstance;
  db: Database;
  config: Config;
  url: string;
  login: (account: { username: string; password: string }) => Promise<Agent>;
  unitId: (code: string) => Promise<number>;
  close: () => Promise<void>;
};

export type Agent = {
  csrfToken: string;
  request: (options: InjectOptions) => Promise<LightMyRequestResponse>;
  get: (url: string) => Promise<LightMyRequestResponse>;
  post: (url: string, payload?: unknown) => Promise<LightMyRequestResponse>;
  patch: (url: string, payload?: unknown) => Promise<LightMyRequestResponse>;
  delete: (url: string) => Promise<LightMyRequestResponse>;
};

/** A fresh database made from the migrated template (or empty, not even migrated); dropped by `drop`. */
export async function createTestDatabase(
  options: { empty?: boolean } = {},
): Promise<{ url: string; drop: () => Promise<void> }> {
  const adminUrl = inject('adminUrl');
  const name = `congdoan_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${options.empty ? 'template0' : inject('templateDb')}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

export async function createTestContext(env: Record<string, string> = {}): Promise<TestContext> {
  const database = await createTestDatabase();
  const config = loadConfig({ LOG_LEVEL: 'silent', ...env });
  const db = createDatabase(database.url, 4);
  const app = await buildApp({ config, db, webRoot: null, logger: false });
  await app.ready();
  const login = async (account: { username: string; password: string }): Promise<Agent> => {
    const response = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: account });
    if (response.statusCode !== 200)
      throw new Error(`login ${account.username}: ${response.statusCode} ${response.body}`);
    const cookie = response.cookies.find((c) => c.name === 'congdoan_session')!;
    const csrfToken = (response.json() as { csrfToken: string }).csrfToken;
    const request = (options: InjectOptions) =>
      app.inject({
        ...options,
        cookies: { congdoan_session: cookie.value },
        headers: { 'x-csrf-token': csrfToken, ...options.headers },
      });
    return {
      csrfToken,
      request,
      get: (url) => request({ method: 'GET', url }),
      post: (url, payload = {}) => request({ method: 'POST', url, payload: payload as InjectOptions['payload'] }),
      patch: (url, payload = {}) => request({ method: 'PATCH', url, payload: payload as InjectOptions['payload'] }),
      delete: (url) => request({ method: 'DELETE', url }),
    };
  };
  const unitId = async (code: string) => {
    const [row] = await db.select({ id: units.id }).from(units).where(eq(units.code, code));
    if (!row) throw new Error(`no unit ${code}`);
    return row.id;
  };
  return {
    app,
    db,
    config,
    url: database.url,
    login,
    unitId,
    close: async () => {
      await app.close();
      await db.$client.end();
      await database.drop();
    },
  };
}
