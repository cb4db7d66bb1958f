// Routes: GET /units · GET /units/:id · GET /units/:id/history · POST /units · PATCH /units/:id
//         POST /units/:id/move · POST /units/:id/merge · POST /units/:id/split · POST /units/:id/dissolve
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParamsSchema, isoDateSchema } from '../../../shared/contracts/common.ts';
import {
  createUnitBodySchema,
  dissolveUnitBodySchema,
  mergeUnitBodySchema,
  moveUnitBodySchema,
  splitUnitBodySchema,
  unitDetailSchema,
  unitHistorySchema,
  unitListQuerySchema,
  unitListSchema,
  unitSchema,
  updateUnitBodySchema,
} from '../../../shared/contracts/units.ts';
import { actorCtx } from '../../http/request-context.ts';
import { dissolveUnit, mergeUnit, splitUnit } from './reorganise.ts';
import { createUnit, moveUnit, updateUnit } from './units.commands.ts';
import { findUnits, getUnit, getUnitHistory } from './units.service.ts';

const tags = ['units'];

export const unitsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/units',
    { schema: { tags, querystring: unitListQuerySchema, response: { 200: unitListSchema } } },
    async (request) => ({
      items: await findUnits(actorCtx(request), request.query),
    }),
  );

  app.get(
    '/units/:id',
    {
      schema: {
        tags,
        params: idParamsSchema,
        querystring: z.object({ asOf: isoDateSchema.optional() }).strict(),
        response: { 200: unitDetailSchema },
      },
    },
    async (request) => getUnit(actorCtx(request), request.params.id, request.query.asOf),
  );

  app.get(
    '/units/:id/history',
    { schema: { tags, params: idParamsSchema, response: { 200: unitHistorySchema } } },
    async (request) => getUnitHistory(actorCtx(request), request.params.id),
  );

  app.post(
    '/units',
    { schema: { tags, body: createUnitBodySchema, response: { 201: unitSchema } } },
    async (request, reply) => {
      const unit = await createUnit(actorCtx(request), request.body);
      return reply.status(201).send(unit);
    },
  );

  app.patch(
    '/units/:id',
    { schema: { tags, params: idParamsSchema, body: updateUnitBodySchema, response: { 200: unitSchema } } },
    async (request) => updateUnit(actorCtx(request), request.params.id, request.body),
  );

  app.post(
    '/units/:id/move',
    { schema: { tags, params: idParamsSchema, body: moveUnitBodySchema, response: { 200: unitSchema } } },
    async (request) => moveUnit(actorCtx(request), request.params.id, request.body),
  );

  app.post(
    '/units/:id/merge',
    { schema: { tags, params: idParamsSchema, body: mergeUnitBodySchema, response: { 200: unitSchema } } },
    async (request) => mergeUnit(actorCtx(request), request.params.id, request.body),
  );

  app.post(
    '/units/:id/split',
    { schema: { tags, params: idParamsSchema, body: splitUnitBodySchema, response: { 200: unitListSchema } } },
    async (request) => ({
      items: await splitUnit(actorCtx(request), request.params.id, request.body),
    }),
  );

  app.post(
    '/units/:id/dissolve',
    { schema: { tags, params: idParamsSchema, body: dissolveUnitBodySchema, response: { 200: unitSchema } } },
    async (request) => dissolveUnit(actorCtx(request), request.params.id, request.body),
  );
};
