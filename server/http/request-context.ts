// Builds each request's context: the session from its cookie, the actor, and the CSRF check.
import { timingSafeEqual } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Config } from '../config.ts';
import type { ActorCtx, Ctx } from '../context.ts';
import type { Database } from '../db/client.ts';
import { sessions } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';
import { loadSessionActor, type SessionRecord } from '../policies/actor.ts';
import { CSRF_HEADER, SESSION_COOKIE, sessionIdOf } from '../modules/auth/session-cookie.ts';

declare module 'fastify' {
  interface FastifyRequest {
    ctx: Ctx;
    session: SessionRecord | null;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** Sliding expiry is written at most once a minute per session, not on every request. */
const TOUCH_AFTER_MS = 60_000;

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export function unauthenticated(): AppError {
  return new AppError(401, 'auth.required', 'Bạn cần đăng nhập.', 'You need to log in.');
}

export function registerRequestContext(app: FastifyInstance, db: Database, config: Config): void {
  app.decorateRequest('ctx', null as unknown as Ctx);
  app.decorateRequest('session', null);
  app.addHook('onRequest', async (request) => {
    request.ctx = { db, config, actor: null, requestId: request.id, ip: request.ip ?? null };
    request.session = null;
    if (!request.url.startsWith('/api/')) return;
    const token = request.cookies[SESSION_COOKIE];
    if (!token) return;
    const found = await loadSessionActor(db, sessionIdOf(token));
    if (!found) return;
    const { session, actor } = found;
    if (!SAFE_METHODS.has(request.method)) {
      const header = request.headers[CSRF_HEADER];
      if (typeof header !== 'string' || !sameToken(header, session.csrfToken)) {
        throw new AppError(
          403,
          'auth.csrf_failed',
          'Phiên làm việc không hợp lệ cho thao tác này (CSRF). Hãy tải lại trang.',
          'Missing or wrong CSRF token. Reload the page.',
        );
      }
    }
    request.session = session;
    request.ctx.actor = actor;
    if (Date.now() - session.lastSeenAt.getTime() > TOUCH_AFTER_MS) {
      await db
        .update(sessions)
        .set({ lastSeenAt: sql`now()`, expiresAt: sql`now() + ${config.sessionHours} * interval '1 hour'` })
        .where(eq(sessions.id, session.id));
    }
  });
}

/** The context of a route that needs a logged-in user. */
export function actorCtx(request: FastifyRequest): ActorCtx {
  if (!request.ctx.actor) throw unauthenticated();
  return request.ctx as ActorCtx;
}
