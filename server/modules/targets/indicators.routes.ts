// Routes: GET /target-indicators · POST /target-indicators · PATCH /target-indicators/:id
//         DELETE /target-indicators/:id (archives: targets already set keep it)
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParamsSchema } from '../../../shared/contracts/common.ts';
import {
  createIndicatorBodySchema,
  indicatorListQuerySchema,
  indicatorSchema,
  updateIndicatorBodySchema,
} from '../../../shared/contracts/targets.ts';
import { actorCtx } from '../../http/request-context.ts';
import { archiveIndicator, createIndicator, findIndicators, updateIndicator } from './indicators.service.ts';

const tags = ['targets'];

export const indicatorsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/target-indicators',
    {
      schema: {
        tags,
        description: 'Indicators usable at a unit: the built-in ones and those defined by the unit or a unit above it.',
        querystring: indicatorListQuerySchema,
        response: { 200: z.object({ items: z.array(indicatorSchema) }) },
      },
    },
    async (request) => ({ items: await findIndicators(actorCtx(request), request.query) }),
  );

  app.post(
    '/target-indicators',
    { schema: { tags, body: createIndicatorBodySchema, response: { 201: indicatorSchema } } },
    async (request, reply) => reply.status(201).send(await createIndicator(actorCtx(request), request.body)),
  );

  app.patch(
    '/target-indicators/:id',
    { schema: { tags, params: idParamsSchema, body: updateIndicatorBodySchema, response: { 200: indicatorSchema } } },
    async (request) => updateIndicator(actorCtx(request), request.params.id, request.body),
  );

  app.delete(
    '/target-indicators/:id',
    { schema: { tags, params: idParamsSchema, response: { 200: indicatorSchema } } },
    async (request) => archiveIndicator(actorCtx(request), request.params.id),
  );
};
