// Routes: GET /initiatives · GET /initiatives/stats · POST /initiatives · GET /initiatives/:id
//         PATCH /initiatives/:id · DELETE /initiatives/:id · POST /initiatives/:id/recognise
//         POST /initiatives/:id/reject · POST /initiatives/:id/reopen · GET /initiatives/:id/files/:fileId
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParamsSchema, idSchema, okSchema, pageOf } from '../../../shared/contracts/common.ts';
import {
  initiativeBodySchema,
  initiativeListQuerySchema,
  initiativeSchema,
  initiativeStatsQuerySchema,
  initiativeStatsSchema,
  recogniseBodySchema,
  rejectBodySchema,
} from '../../../shared/contracts/initiatives.ts';
import { actorCtx } from '../../http/request-context.ts';
import { downloadHeaders } from '../attachments/attachments.service.ts';
import { readInitiativeFile } from './initiative-files.ts';
import { getInitiativeStats } from './initiative-stats.ts';
import { recogniseInitiative, rejectInitiative, reopenInitiative } from './initiative-status.ts';
import {
  createInitiative,
  deleteInitiative,
  findInitiatives,
  getInitiative,
  updateInitiative,
} from './initiatives.service.ts';

const tags = ['initiatives'];

export const initiativesRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/initiatives',
    {
      schema: {
        tags,
        description: 'The register in the actor’s scope, filtered by subtree, kind, level, status, year and words.',
        querystring: initiativeListQuerySchema,
        response: { 200: pageOf(initiativeSchema) },
      },
    },
    async (request) => findInitiatives(actorCtx(request), request.query),
  );

  app.get(
    '/initiatives/stats',
    {
      schema: {
        tags,
        description:
          'Recognised records of a subtree whose decision falls in the years, by kind and level, with benefit.',
        querystring: initiativeStatsQuerySchema,
        response: { 200: initiativeStatsSchema },
      },
    },
    async (request) => getInitiativeStats(actorCtx(request), request.query),
  );

  app.post(
    '/initiatives',
    {
      schema: {
        tags,
        description: 'Registers a record with its authors (shares summing to 100) and files. Audited.',
        body: initiativeBodySchema,
        response: { 201: initiativeSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await createInitiative(actorCtx(request), request.body)),
  );

  app.get(
    '/initiatives/:id',
    { schema: { tags, params: idParamsSchema, response: { 200: initiativeSchema } } },
    async (request) => getInitiative(actorCtx(request), request.params.id),
  );

  app.patch(
    '/initiatives/:id',
    {
      schema: {
        tags,
        description: 'The whole form again, while the record waits for recognition. Audited.',
        params: idParamsSchema,
        body: initiativeBodySchema,
        response: { 200: initiativeSchema },
      },
    },
    async (request) => updateInitiative(actorCtx(request), request.params.id, request.body),
  );

  app.delete(
    '/initiatives/:id',
    { schema: { tags, params: idParamsSchema, response: { 200: okSchema } } },
    async (request) => {
      await deleteInitiative(actorCtx(request), request.params.id);
      return { ok: true as const };
    },
  );

  app.post(
    '/initiatives/:id/recognise',
    {
      schema: {
        tags,
        description: 'submitted → recognised, with the level and the decision. Audited.',
        params: idParamsSchema,
        body: recogniseBodySchema,
        response: { 200: initiativeSchema },
      },
    },
    async (request) => recogniseInitiative(actorCtx(request), request.params.id, request.body),
  );

  app.post(
    '/initiatives/:id/reject',
    {
      schema: {
        tags,
        description: 'submitted → rejected, with the reason. Audited.',
        params: idParamsSchema,
        body: rejectBodySchema,
        response: { 200: initiativeSchema },
      },
    },
    async (request) => rejectInitiative(actorCtx(request), request.params.id, request.body),
  );

  app.post(
    '/initiatives/:id/reopen',
    {
      schema: {
        tags,
        description: 'rejected → submitted, to correct and judge again. Audited.',
        params: idParamsSchema,
        response: { 200: initiativeSchema },
      },
    },
    async (request) => reopenInitiative(actorCtx(request), request.params.id),
  );

  app.get(
    '/initiatives/:id/files/:fileId',
    {
      schema: {
        tags,
        description: 'A file attached to the record, for anyone who may read it.',
        params: z.object({ id: idSchema, fileId: idSchema }).strict(),
      },
    },
    async (request, reply) => {
      const file = await readInitiativeFile(actorCtx(request), request.params.id, request.params.fileId);
      return reply.headers(downloadHeaders(file)).send(file.content);
    },
  );
};
