// Routes: GET /me/member · GET /me/card.pdf · GET /me/corrections · POST /me/corrections
//         POST /me/corrections/:id/withdraw
//         GET /corrections · GET /corrections/summary · POST /corrections/:id/approve · POST /corrections/:id/reject
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParamsSchema } from '../../../shared/contracts/common.ts';
import {
  approveCorrectionBodySchema,
  correctionListQuerySchema,
  correctionPageSchema,
  correctionRequestSchema,
  correctionSummarySchema,
  createCorrectionBodySchema,
  ownCorrectionListSchema,
  ownMemberSchema,
  rejectCorrectionBodySchema,
} from '../../../shared/contracts/self-service.ts';
import { actorCtx } from '../../http/request-context.ts';
import { publicUrlOf } from '../members/card/public-url.ts';
import { findOwnCorrections, requestCorrection, withdrawCorrection } from './correction-requests.service.ts';
import {
  approveCorrection,
  countPendingCorrections,
  findCorrections,
  rejectCorrection,
} from './correction-review.service.ts';
import { getOwnMember, printOwnCard } from './own-record.service.ts';

const tags = ['self-service'];

export const selfServiceRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/me/member', { schema: { tags, response: { 200: ownMemberSchema } } }, async (request) =>
    getOwnMember(actorCtx(request)),
  );

  app.get(
    '/me/card.pdf',
    { schema: { tags, description: 'The member’s own membership card (PDF); audited.' } },
    async (request, reply) => {
      const { pdf, filename } = await printOwnCard(actorCtx(request), publicUrlOf(request));
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', `inline; filename="${filename}"`)
        .send(pdf);
    },
  );

  app.get('/me/corrections', { schema: { tags, response: { 200: ownCorrectionListSchema } } }, async (request) => ({
    items: await findOwnCorrections(actorCtx(request)),
  }));

  app.post(
    '/me/corrections',
    { schema: { tags, body: createCorrectionBodySchema, response: { 201: correctionRequestSchema } } },
    async (request, reply) => reply.status(201).send(await requestCorrection(actorCtx(request), request.body)),
  );

  app.post(
    '/me/corrections/:id/withdraw',
    { schema: { tags, params: idParamsSchema, response: { 200: correctionRequestSchema } } },
    async (request) => withdrawCorrection(actorCtx(request), request.params.id),
  );

  app.get(
    '/corrections',
    { schema: { tags, querystring: correctionListQuerySchema, response: { 200: correctionPageSchema } } },
    async (request) => {
      const { items, total } = await findCorrections(actorCtx(request), request.query);
      return { items, total, page: request.query.page, pageSize: request.query.pageSize };
    },
  );

  app.get('/corrections/summary', { schema: { tags, response: { 200: correctionSummarySchema } } }, async (request) =>
    countPendingCorrections(actorCtx(request)),
  );

  app.post(
    '/corrections/:id/approve',
    {
      schema: {
        tags,
        params: idParamsSchema,
        body: approveCorrectionBodySchema,
        response: { 200: correctionRequestSchema },
      },
    },
    async (request) => approveCorrection(actorCtx(request), request.params.id, request.body.note),
  );

  app.post(
    '/corrections/:id/reject',
    {
      schema: {
        tags,
        params: idParamsSchema,
        body: rejectCorrectionBodySchema,
        response: { 200: correctionRequestSchema },
      },
    },
    async (request) => rejectCorrection(actorCtx(request), request.params.id, request.body.note),
  );
};
