// Routes: GET /movements · POST /movements · GET /movements/:id · PATCH /movements/:id · DELETE /movements/:id
//         PUT /movements/:id/criteria · PUT /movements/:id/units · POST /movements/:id/units/grassroots
//         POST /movements/:id/launch · POST /movements/:id/close · GET /movements/:id/document
//         and the pledges, clusters and agreements route tables registered below.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParamsSchema, okSchema, pageOf } from '../../../shared/contracts/common.ts';
import {
  addGrassrootsBodySchema,
  coveredUnitsBodySchema,
  criteriaBodySchema,
  movementBodySchema,
  movementListQuerySchema,
  movementSchema,
  movementSummarySchema,
} from '../../../shared/contracts/movements.ts';
import { actorCtx } from '../../http/request-context.ts';
import { downloadHeaders } from '../attachments/attachments.service.ts';
import { agreementsRoutes } from './agreements.routes.ts';
import { clustersRoutes } from './clusters.routes.ts';
import { addGrassrootsUnits, replaceCriteria, setCoveredUnits } from './movement-sheet.ts';
import { closeMovement, launchMovement, readLaunchDocument } from './movement-status.ts';
import { createMovement, deleteMovement, findMovements, getMovement, updateMovement } from './movements.service.ts';
import { pledgesRoutes } from './pledges.routes.ts';

const tags = ['movements'];

export const movementsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/movements',
    {
      schema: {
        tags,
        description: 'Movements launched by or covering a unit in the actor’s scope, by year, kind and status.',
        querystring: movementListQuerySchema,
        response: { 200: pageOf(movementSummarySchema) },
      },
    },
    async (request) => findMovements(actorCtx(request), request.query),
  );

  app.post(
    '/movements',
    {
      schema: {
        tags,
        description: 'Drafts a movement launched by a unit the actor keeps. Audited.',
        body: movementBodySchema,
        response: { 201: movementSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await createMovement(actorCtx(request), request.body)),
  );

  app.get(
    '/movements/:id',
    { schema: { tags, params: idParamsSchema, response: { 200: movementSchema } } },
    async (request) => getMovement(actorCtx(request), request.params.id),
  );

  app.patch(
    '/movements/:id',
    {
      schema: {
        tags,
        description: 'The header again; after launch the launching unit, kind and year stay. Audited.',
        params: idParamsSchema,
        body: movementBodySchema,
        response: { 200: movementSchema },
      },
    },
    async (request) => updateMovement(actorCtx(request), request.params.id, request.body),
  );

  app.delete(
    '/movements/:id',
    { schema: { tags, description: 'Deletes a draft. Audited.', params: idParamsSchema, response: { 200: okSchema } } },
    async (request) => {
      await deleteMovement(actorCtx(request), request.params.id);
      return { ok: true as const };
    },
  );

  app.put(
    '/movements/:id/criteria',
    {
      schema: {
        tags,
        description: 'Replaces the score sheet of a draft: groups with their criteria. Audited.',
        params: idParamsSchema,
        body: criteriaBodySchema,
        response: { 200: movementSchema },
      },
    },
    async (request) => replaceCriteria(actorCtx(request), request.params.id, request.body),
  );

  app.put(
    '/movements/:id/units',
    {
      schema: {
        tags,
        description: 'Sets the units a draft covers, all below the launching unit. Audited.',
        params: idParamsSchema,
        body: coveredUnitsBodySchema,
        response: { 200: movementSchema },
      },
    },
    async (request) => setCoveredUnits(actorCtx(request), request.params.id, request.body.unitIds),
  );

  app.post(
    '/movements/:id/units/grassroots',
    {
      schema: {
        tags,
        description: 'Adds every operating grassroots union under a unit to a draft. Audited.',
        params: idParamsSchema,
        body: addGrassrootsBodySchema,
        response: { 200: movementSchema },
      },
    },
    async (request) => addGrassrootsUnits(actorCtx(request), request.params.id, request.body.underUnitId),
  );

  app.post(
    '/movements/:id/launch',
    {
      schema: {
        tags,
        description: 'draft → launched, once it covers units, has criteria worth points and a document number.',
        params: idParamsSchema,
        response: { 200: movementSchema },
      },
    },
    async (request) => launchMovement(actorCtx(request), request.params.id),
  );

  app.post(
    '/movements/:id/close',
    {
      schema: {
        tags,
        description: 'launched → closed. Audited.',
        params: idParamsSchema,
        response: { 200: movementSchema },
      },
    },
    async (request) => closeMovement(actorCtx(request), request.params.id),
  );

  app.get(
    '/movements/:id/document',
    {
      schema: {
        tags,
        description: 'The launch document, for anyone who may read the movement.',
        params: idParamsSchema,
      },
    },
    async (request, reply) => {
      const file = await readLaunchDocument(actorCtx(request), request.params.id);
      return reply.headers(downloadHeaders(file)).send(file.content);
    },
  );

  await app.register(pledgesRoutes);
  await app.register(clustersRoutes);
  await app.register(agreementsRoutes);
};
