// Routes: GET /awards?person=|unit= · POST /awards · POST /awards/:id/revoke · GET /award-types
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  awardIdParamsSchema,
  awardListQuerySchema,
  awardListSchema,
  awardSchema,
  awardTypeOptionsSchema,
  createAwardBodySchema,
  revokeAwardBodySchema,
} from '../../../shared/contracts/awards.ts';
import { actorCtx } from '../../http/request-context.ts';
import { createAward, findAwards, revokeAward } from './awards.service.ts';
import { listAwardTypeOptions } from './catalogue.service.ts';

const tags = ['awards'];

export const awardsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/awards',
    {
      schema: {
        tags,
        description: 'The awards of one person or one collective (unit code), newest year first, revoked ones marked.',
        querystring: awardListQuerySchema,
        response: { 200: awardListSchema },
      },
    },
    async (request) => findAwards(actorCtx(request), request.query),
  );

  app.post(
    '/awards',
    {
      schema: {
        tags,
        description:
          'Records a title or commendation conferred on a person or collective, also by an outside authority. Audited.',
        body: createAwardBodySchema,
        response: { 201: awardSchema },
      },
    },
    async (request, reply) => reply.code(201).send(await createAward(actorCtx(request), request.body)),
  );

  app.post(
    '/awards/:id/revoke',
    {
      schema: {
        tags,
        description: 'Revokes an award with a reason; it stays in the history, marked. Audited.',
        params: awardIdParamsSchema,
        body: revokeAwardBodySchema,
        response: { 200: awardSchema },
      },
    },
    async (request) => revokeAward(actorCtx(request), request.params.id, request.body),
  );

  app.get(
    '/award-types',
    {
      schema: {
        tags,
        description: 'The current titles and forms of the catalogue, short, for pickers.',
        response: { 200: awardTypeOptionsSchema },
      },
    },
    async (request) => listAwardTypeOptions(actorCtx(request)),
  );
};
