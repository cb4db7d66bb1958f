// Routes: GET /audit
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { auditPageSchema, auditQuerySchema } from '../../../shared/contracts/audit.ts';
import { actorCtx } from '../../http/request-context.ts';
import { findAuditEntries } from './audit.service.ts';

export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/audit',
    { schema: { tags: ['audit'], querystring: auditQuerySchema, response: { 200: auditPageSchema } } },
    async (request) => {
      const { items, total } = await findAuditEntries(actorCtx(request), request.query);
      return { items, total, page: request.query.page, pageSize: request.query.pageSize };
    },
  );
};
