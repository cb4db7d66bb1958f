import { Writable } from 'node:stream';
import { DrizzleQueryError } from 'drizzle-orm';
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { registerErrorHandling } from './error-handler.ts';

describe('the error handler’s log of an unexpected error', () => {
  it('keeps a failed query’s SQL and database code but never its parameters or the row it quotes', async () => {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const app = Fastify({ logger: { level: 'error', stream } });
    registerErrorHandling(app, { spa: false });
    const cause = Object.assign(new Error('deadlock detected'), {
      code: '40P01',
      detail: 'Key (meeting_id, item_id)=(7, 4242) is locked',
      table: 'council_tallies',
    });
    app.post('/ballot', async () => {
      throw new DrizzleQueryError(
        'update "council_tallies" set "yes" = "council_tallies"."yes" + $1 where "item_id" = $2',
        [1, 4242],
        cause,
      );
    });
    const response = await app.inject({ method: 'POST', url: '/ballot' });
    expect(response.statusCode).toBe(500);
    expect(response.json().error.code).toBe('server.error');
    const log = lines.join('');
    expect(log).toContain('update \\"council_tallies\\"');
    expect(log).toContain('40P01');
    expect(log).toContain('deadlock detected');
    expect(log).not.toContain('4242');
    expect(log).not.toContain('params');
    await app.close();
  });
});
