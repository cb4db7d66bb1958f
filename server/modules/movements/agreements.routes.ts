// Routes: GET /emulation-agreements?movementId=|clusterId= · POST /emulation-agreements
//         GET /emulation-agreements/:id · PATCH /emulation-agreements/:id · DELETE /emulation-agreements/:id
//         GET /emulation-agreements/:id/file
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParamsSchema, okSchema } from '../../../shared/contracts/common.ts';
import { agreementBodySchema, agreementListQuerySchema, agreementSchema } from '../../../shared/contracts/movements.ts';
import { actorCtx } from '../../http/request-context.ts';
import { downloadHeaders } from '../attachments/attachments.service.ts';
import {
  createAgreement,
  deleteAgreement,
  findAgreements,
  getAgreement,
  readAgreementFile,
  updateAgreement,
} from './agreements.service.ts';

const tags = ['emulation-agreements'];

export const agreementsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/emulation-agreements',
    {
      schema: {
        tags,
        description: 'The agreements of one movement or one cluster.',
        querystring: agreementListQuerySchema,
        response: { 200: z.object({ items: z.array(agreementSchema) }) },
      },
    },
    async (request) => findAgreements(actorCtx(request), request.query),
  );

  app.post(
    '/emulation-agreements',
    {
      schema: {
        tags,
        description: 'An agreement signed by units of a launched movement or of a cluster. Audited.',
        body: agreementBodySchema,
        response: { 201: agreementSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await createAgreement(actorCtx(request), request.body)),
  );

  app.get(
    '/emulation-agreements/:id',
    { schema: { tags, params: idParamsSchema, response: { 200: agreementSchema } } },
    async (request) => getAgreement(actorCtx(request), request.params.id),
  );

  app.patch(
    '/emulation-agreements/:id',
    {
      schema: {
        tags,
        description: 'The whole form again. Audited.',
        params: idParamsSchema,
        body: agreementBodySchema,
        response: { 200: agreementSchema },
      },
    },
    async (request) => updateAgreement(actorCtx(request), request.params.id, request.body),
  );

  app.delete(
    '/emulation-agreements/:id',
    { schema: { tags, description: 'Audited.', params: idParamsSchema, response: { 200: okSchema } } },
    async (request) => {
      await deleteAgreement(actorCtx(request), request.params.id);
      return { ok: true as const };
    },
  );

  app.get(
    '/emulation-agreements/:id/file',
    { schema: { tags, description: 'The signed agreement, for anyone who may read it.', params: idParamsSchema } },
    async (request, reply) => {
      const file = await readAgreementFile(actorCtx(request), request.params.id);
      return reply.headers(downloadHeaders(file)).send(file.content);
    },
  );
};
