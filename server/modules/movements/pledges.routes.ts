// Routes: GET /movements/:id/registrations · GET /movements/:id/pledges · POST /movements/:id/pledges
//         PATCH /movements/:id/pledges/:pledgeId · POST /movements/:id/pledges/:pledgeId/withdraw
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParamsSchema, idSchema, okSchema } from '../../../shared/contracts/common.ts';
import {
  pledgeBodySchema,
  pledgeListQuerySchema,
  pledgeSchema,
  pledgeUpdateBodySchema,
  registrationQuerySchema,
  registrationsSchema,
} from '../../../shared/contracts/movements.ts';
import { actorCtx } from '../../http/request-context.ts';
import { findPledges, getRegistrations, registerPledge, updatePledge, withdrawPledge } from './pledges.service.ts';

const tags = ['pledges'];
const pledgeParams = z.object({ id: idSchema, pledgeId: idSchema }).strict();

export const pledgesRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/movements/:id/registrations',
    {
      schema: {
        tags,
        description:
          'Who has and has not registered: each covered unit the actor may read, its collective pledge and count of individual pledges.',
        params: idParamsSchema,
        querystring: registrationQuerySchema,
        response: { 200: registrationsSchema },
      },
    },
    async (request) => getRegistrations(actorCtx(request), request.params.id, request.query.unregistered),
  );

  app.get(
    '/movements/:id/pledges',
    {
      schema: {
        tags,
        description: 'Pledges in force of one covered unit, or of all the actor may read.',
        params: idParamsSchema,
        querystring: pledgeListQuerySchema,
        response: { 200: z.object({ items: z.array(pledgeSchema) }) },
      },
    },
    async (request) => findPledges(actorCtx(request), request.params.id, request.query.unitId),
  );

  app.post(
    '/movements/:id/pledges',
    {
      schema: {
        tags,
        description:
          'Registers a covered unit’s collective pledge, or one of its people’s, before the deadline. Audited.',
        params: idParamsSchema,
        body: pledgeBodySchema,
        response: { 201: pledgeSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await registerPledge(actorCtx(request), request.params.id, request.body)),
  );

  app.patch(
    '/movements/:id/pledges/:pledgeId',
    {
      schema: {
        tags,
        description: 'Corrects the title aimed for and the targets before the deadline. Audited.',
        params: pledgeParams,
        body: pledgeUpdateBodySchema,
        response: { 200: pledgeSchema },
      },
    },
    async (request) => updatePledge(actorCtx(request), request.params.id, request.params.pledgeId, request.body),
  );

  app.post(
    '/movements/:id/pledges/:pledgeId/withdraw',
    {
      schema: {
        tags,
        description: 'Withdraws a pledge before the deadline. Audited.',
        params: pledgeParams,
        response: { 200: okSchema },
      },
    },
    async (request) => {
      await withdrawPledge(actorCtx(request), request.params.id, request.params.pledgeId);
      return { ok: true as const };
    },
  );
};
