import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accounts } from '../test/fixtures.ts';
import { createTestContext, type TestContext } from '../test/harness.ts';

let t: TestContext;
beforeAll(async () => {
  t = await createTestContext({ CONGDOAN_BODY_LIMIT_BYTES: '2048' });
});
afterAll(() => t.close());

describe('bad input', () => {
  it('answers malformed JSON with request.invalid_json in both languages', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: '{"username":',
      headers: { 'content-type': 'application/json' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toMatchObject({
      code: 'request.invalid_json',
      message: expect.stringContaining('JSON'),
      messageEn: expect.any(String),
      requestId: expect.any(String),
    });
  });

  it('names a field of the wrong type and an unknown field', async () => {
    const agent = await t.login(accounts.hanoiOfficer);
    const hanoi = await t.unitId('CDYT-HN');
    const response = await agent.post('/api/v1/units', {
      code: 'X1',
      kind: 'grassroots_union',
      parentId: String(hanoi),
      name: 'Tên',
      colour: 'red',
    });
    expect(response.statusCode).toBe(400);
    const fields = response.json().error.details.map((d: { field: string }) => d.field);
    expect(fields).toContain('body.parentId');
    expect(fields).toContain('body.colour');
  });

  it('refuses a body over the limit with 413', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'x'.repeat(5000), password: 'y' },
    });
    expect(response.statusCode).toBe(413);
    expect(response.json().error.code).toBe('request.too_large');
  });

  it('refuses a form post: only JSON is accepted', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: 'username=a&password=b',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(response.statusCode).toBe(415);
  });

  it('answers an unknown API route with route.not_found', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/khong-co' });
    expect(response.statusCode).toBe(404);
    expect(response.json().error.code).toBe('route.not_found');
  });
});

describe('GET /healthz and /api/docs', () => {
  it('answers 200 when the database answers', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/healthz' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok', database: 'ok' });
  });

  it('serves an OpenAPI document that lists the routes', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/docs/json' });
    expect(response.statusCode).toBe(200);
    const paths = Object.keys(response.json().paths);
    expect(paths).toEqual(
      expect.arrayContaining(['/api/v1/auth/login', '/api/v1/units', '/api/v1/units/{id}/merge', '/api/v1/audit']),
    );
  });
});
