import { describe, expect, it } from 'vitest';
import { buildApp } from '../../app.ts';
import { loadConfig } from '../../config.ts';
import { createDatabase } from '../../db/client.ts';

describe('GET /healthz', () => {
  it('answers 503 when the database is not reachable', async () => {
    const db = createDatabase('postgres://nobody@127.0.0.1:1/none', 1);
    const app = await buildApp({ config: loadConfig({ LOG_LEVEL: 'silent' }), db, webRoot: null, logger: false });
    const response = await app.inject({ method: 'GET', url: '/healthz' });
    expect(response.statusCode).toBe(503);
    expect(response.json()).toEqual({ status: 'unavailable', database: 'unreachable' });
    await app.close();
    await db.$client.end();
  });
});
