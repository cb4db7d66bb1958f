// Routes: POST /auth/login · POST /auth/logout · GET /auth/me · POST /auth/password
//         GET /auth/sessions · DELETE /auth/sessions/:id
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  changePasswordBodySchema,
  loginBodySchema,
  meSchema,
  sessionInfoSchema,
} from '../../../shared/contracts/auth.ts';
import { okSchema } from '../../../shared/contracts/common.ts';
import { actorCtx, unauthenticated } from '../../http/request-context.ts';
import { changePassword, describeMe, findOwnSessions, login, logout, revokeOwnSession } from './auth.service.ts';
import { SESSION_COOKIE } from './session-cookie.ts';

const tags = ['auth'];

export const authRoutes: FastifyPluginAsyncZod = async (app) => {
  const cookieOptions = {
    path: '/',
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: app.config.secureCookies,
  };

  app.post(
    '/auth/login',
    { schema: { tags, body: loginBodySchema, response: { 200: meSchema } } },
    async (request, reply) => {
      const { token, me } = await login(request.ctx, {
        ...request.body,
        userAgent: request.headers['user-agent'] ?? null,
      });
      void reply.setCookie(SESSION_COOKIE, token, { ...cookieOptions, maxAge: app.config.sessionHours * 3600 });
      return me;
    },
  );

  app.post('/auth/logout', { schema: { tags, response: { 200: okSchema } } }, async (request, reply) => {
    const ctx = actorCtx(request);
    await logout(ctx, request.session!.id);
    void reply.clearCookie(SESSION_COOKIE, cookieOptions);
    return { ok: true as const };
  });

  app.get('/auth/me', { schema: { tags, response: { 200: meSchema } } }, async (request) => {
    const ctx = actorCtx(request);
    if (!request.session) throw unauthenticated();
    return describeMe(ctx.actor, request.session);
  });

  app.post(
    '/auth/password',
    { schema: { tags, body: changePasswordBodySchema, response: { 200: okSchema } } },
    async (request) => {
      await changePassword(actorCtx(request), request.session!.id, request.body);
      return { ok: true as const };
    },
  );

  app.get(
    '/auth/sessions',
    { schema: { tags, response: { 200: z.object({ items: z.array(sessionInfoSchema) }) } } },
    async (request) => ({ items: await findOwnSessions(actorCtx(request), request.session!.id) }),
  );

  app.delete(
    '/auth/sessions/:id',
    { schema: { tags, params: z.object({ id: z.string().max(64) }).strict(), response: { 200: okSchema } } },
    async (request) => {
      await revokeOwnSession(actorCtx(request), request.params.id);
      return { ok: true as const };
    },
  );
};
