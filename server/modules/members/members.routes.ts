// Routes: GET /members · GET /members/stats · GET /members/export · GET /members/:id · POST /members · PATCH /members/:id
//         POST /members/:id/transfer · POST /members/:id/leave · POST /members/:id/join
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParamsSchema } from '../../../shared/contracts/common.ts';
import {
  createMemberBodySchema,
  joinMemberBodySchema,
  leaveMemberBodySchema,
  memberDetailSchema,
  memberListQuerySchema,
  memberPageSchema,
  memberStatsQuerySchema,
  memberStatsSchema,
  transferMemberBodySchema,
  updateMemberBodySchema,
} from '../../../shared/contracts/members.ts';
import { actorCtx } from '../../http/request-context.ts';
import { createMember, updateMember } from './members.commands.ts';
import { findMembers, getMember } from './members.service.ts';
import { exportMembers } from './members-export.ts';
import { getMemberStats } from './member-stats.ts';
import { z } from 'zod';
import { joinMember, leaveMember, transferMember } from './membership-changes.ts';

const tags = ['members'];

export const membersRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/members',
    { schema: { tags, querystring: memberListQuerySchema, response: { 200: memberPageSchema } } },
    async (request) => {
      const { items, total } = await findMembers(actorCtx(request), request.query);
      return { items, total, page: request.query.page, pageSize: request.query.pageSize };
    },
  );

  app.get(
    '/members/stats',
    { schema: { tags, querystring: memberStatsQuerySchema, response: { 200: memberStatsSchema } } },
    async (request) => getMemberStats(actorCtx(request), request.query),
  );

  app.get(
    '/members/export',
    {
      schema: {
        tags,
        description: 'The filtered list as .xlsx or CSV (UTF-8 with BOM), citizen IDs masked; audited.',
        querystring: memberListQuerySchema
          .omit({ page: true, pageSize: true })
          .extend({ format: z.enum(['xlsx', 'csv']).default('xlsx') }),
      },
    },
    async (request, reply) => {
      const { format, ...query } = request.query;
      const { stream, filename } = await exportMembers(actorCtx(request), query, format);
      const type =
        format === 'csv'
          ? 'text/csv; charset=utf-8'
          : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
      void reply.header('content-type', type).header('content-disposition', `attachment; filename="${filename}"`);
      return reply.send(stream);
    },
  );

  app.get(
    '/members/:id',
    { schema: { tags, params: idParamsSchema, response: { 200: memberDetailSchema } } },
    async (request) => getMember(actorCtx(request), request.params.id),
  );

  app.post(
    '/members',
    { schema: { tags, body: createMemberBodySchema, response: { 201: memberDetailSchema } } },
    async (request, reply) => reply.status(201).send(await createMember(actorCtx(request), request.body)),
  );

  app.patch(
    '/members/:id',
    { schema: { tags, params: idParamsSchema, body: updateMemberBodySchema, response: { 200: memberDetailSchema } } },
    async (request) => updateMember(actorCtx(request), request.params.id, request.body),
  );

  app.post(
    '/members/:id/transfer',
    { schema: { tags, params: idParamsSchema, body: transferMemberBodySchema, response: { 200: memberDetailSchema } } },
    async (request) => transferMember(actorCtx(request), request.params.id, request.body),
  );

  app.post(
    '/members/:id/leave',
    { schema: { tags, params: idParamsSchema, body: leaveMemberBodySchema, response: { 200: memberDetailSchema } } },
    async (request) => leaveMember(actorCtx(request), request.params.id, request.body),
  );

  app.post(
    '/members/:id/join',
    { schema: { tags, params: idParamsSchema, body: joinMemberBodySchema, response: { 200: memberDetailSchema } } },
    async (request) => joinMember(actorCtx(request), request.params.id, request.body),
  );
};
