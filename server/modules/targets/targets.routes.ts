// Routes: GET /targets/achievement · GET /targets/achievement/export · GET /targets/periods · GET /targets/plan · POST /targets/bulk
//         GET /targets/:id · PATCH /targets/:id · DELETE /targets/:id · POST /targets/:id/report
//         GET /targets/:id/evidence
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParamsSchema, okSchema } from '../../../shared/contracts/common.ts';
import {
  achievementQuerySchema,
  achievementSchema,
  bulkTargetsBodySchema,
  periodsQuerySchema,
  periodsSchema,
  planQuerySchema,
  planSchema,
  reportTargetBodySchema,
  targetSchema,
  updateTargetBodySchema,
} from '../../../shared/contracts/targets.ts';
import { z } from 'zod';
import { actorCtx } from '../../http/request-context.ts';
import { downloadHeaders } from '../attachments/attachments.service.ts';
import { findTargetPeriods, getAchievement } from './achievement.ts';
import { exportAchievement } from './achievement-export.ts';
import { getPlan, setTargets } from './set-targets.ts';
import { deleteTarget, getTarget, readTargetEvidence, reportTarget, updateTarget } from './targets.commands.ts';

const tags = ['targets'];

export const targetsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/targets/achievement',
    {
      schema: {
        tags,
        description:
          'Targets and achievement of a unit and the units directly below it for one period (exact dates), per indicator.',
        querystring: achievementQuerySchema,
        response: { 200: achievementSchema },
      },
    },
    async (request) => getAchievement(actorCtx(request), request.query),
  );

  app.get(
    '/targets/achievement/export',
    {
      schema: { tags, description: 'The same table as an .xlsx file.', querystring: achievementQuerySchema },
    },
    async (request, reply) => {
      const { stream, filename } = await exportAchievement(actorCtx(request), request.query);
      void reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="${filename}"`);
      return reply.send(stream);
    },
  );

  app.get(
    '/targets/periods',
    { schema: { tags, querystring: periodsQuerySchema, response: { 200: periodsSchema } } },
    async (request) => findTargetPeriods(actorCtx(request), request.query.unit),
  );

  app.get(
    '/targets/plan',
    {
      schema: {
        tags,
        description: 'The rows of the bulk form: the setting unit and the units below it, with targets already set.',
        querystring: planQuerySchema,
        response: { 200: planSchema },
      },
    },
    async (request) => getPlan(actorCtx(request), request.query),
  );

  app.post(
    '/targets/bulk',
    {
      schema: {
        tags,
        description: 'Sets one indicator for several units and one period, all rows or none. Audited.',
        body: bulkTargetsBodySchema,
        response: { 201: z.object({ items: z.array(targetSchema) }) },
      },
    },
    async (request, reply) => reply.status(201).send({ items: await setTargets(actorCtx(request), request.body) }),
  );

  app.get(
    '/targets/:id',
    { schema: { tags, params: idParamsSchema, response: { 200: targetSchema } } },
    async (request) => getTarget(actorCtx(request), request.params.id),
  );

  app.patch(
    '/targets/:id',
    { schema: { tags, params: idParamsSchema, body: updateTargetBodySchema, response: { 200: targetSchema } } },
    async (request) => updateTarget(actorCtx(request), request.params.id, request.body),
  );

  app.delete(
    '/targets/:id',
    { schema: { tags, params: idParamsSchema, response: { 200: okSchema } } },
    async (request) => {
      await deleteTarget(actorCtx(request), request.params.id);
      return { ok: true as const };
    },
  );

  app.post(
    '/targets/:id/report',
    {
      schema: {
        tags,
        description: 'The achieved figure of a manual indicator with its evidence (text, an uploaded file, or both).',
        params: idParamsSchema,
        body: reportTargetBodySchema,
        response: { 200: targetSchema },
      },
    },
    async (request) => reportTarget(actorCtx(request), request.params.id, request.body),
  );

  app.get(
    '/targets/:id/evidence',
    { schema: { tags, params: idParamsSchema, description: 'The evidence file of a reported figure.' } },
    async (request, reply) => {
      const file = await readTargetEvidence(actorCtx(request), request.params.id);
      return reply.headers(downloadHeaders(file)).send(file.content);
    },
  );
};
