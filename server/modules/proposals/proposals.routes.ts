// Routes: GET /proposals · POST /proposals · GET /proposals/decider-options · GET /proposals/movement-options
//         GET /proposals/:id · PATCH /proposals/:id · DELETE /proposals/:id?version=
//         POST /proposals/:id/items · PATCH|DELETE /proposals/:id/items/:itemId · GET …/items/:itemId/files/:fileId
//         and the workflow's steps, from proposal-steps.routes.ts
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParamsSchema } from '../../../shared/contracts/common.ts';
import {
  deciderOptionsQuerySchema,
  itemFileParamsSchema,
  itemParamsSchema,
  movementOptionsSchema,
  proposalDetailSchema,
  proposalHeaderBodySchema,
  proposalItemBodySchema,
  proposalListQuerySchema,
  proposalPageSchema,
  unitOptionsSchema,
  updateProposalBodySchema,
} from '../../../shared/contracts/proposals.ts';
import { actorCtx } from '../../http/request-context.ts';
import { downloadHeaders } from '../attachments/attachments.service.ts';
import { getProposal } from './proposal-detail.ts';
import { proposalStepsRoutes } from './proposal-steps.routes.ts';
import { addProposalItem, readProposalItemFile, removeProposalItem, updateProposalItem } from './proposal-items.ts';
import {
  createProposal,
  deleteProposal,
  findDeciderOptions,
  findMovementOptions,
  findProposals,
  updateProposal,
} from './proposals.service.ts';

const tags = ['proposals'];
const detail = { 200: proposalDetailSchema };
const versionQuerySchema = z.object({ version: z.coerce.number().int().min(1) }).strict();

export const proposalsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/proposals',
    {
      schema: {
        tags,
        description:
          'Proposals of the actor’s units (tab=proposer), waiting on the actor’s own unit (tab=waiting) or addressed to their units (tab=decider), newest first.',
        querystring: proposalListQuerySchema,
        response: { 200: proposalPageSchema },
      },
    },
    async (request) => findProposals(actorCtx(request), request.query),
  );

  app.post(
    '/proposals',
    {
      schema: {
        tags,
        description: 'A draft proposal of a unit the actor keeps, to itself or a unit above it. Audited.',
        body: proposalHeaderBodySchema,
        response: { 201: proposalDetailSchema },
      },
    },
    async (request, reply) => {
      const ctx = actorCtx(request);
      const id = await createProposal(ctx, request.body);
      return reply.status(201).send(await getProposal(ctx, id));
    },
  );

  app.get(
    '/proposals/decider-options',
    { schema: { tags, querystring: deciderOptionsQuerySchema, response: { 200: unitOptionsSchema } } },
    async (request) => findDeciderOptions(actorCtx(request), request.query.proposerUnitId),
  );

  app.get(
    '/proposals/movement-options',
    { schema: { tags, querystring: deciderOptionsQuerySchema, response: { 200: movementOptionsSchema } } },
    async (request) => findMovementOptions(actorCtx(request), request.query.proposerUnitId),
  );

  app.get('/proposals/:id', { schema: { tags, params: idParamsSchema, response: detail } }, async (request) =>
    getProposal(actorCtx(request), request.params.id),
  );

  app.patch(
    '/proposals/:id',
    {
      schema: {
        tags,
        description: 'The header, in draft or returned. Audited.',
        params: idParamsSchema,
        body: updateProposalBodySchema,
        response: detail,
      },
    },
    async (request) => {
      const ctx = actorCtx(request);
      await updateProposal(ctx, request.params.id, request.body);
      return getProposal(ctx, request.params.id);
    },
  );

  app.delete(
    '/proposals/:id',
    {
      schema: {
        tags,
        description: 'Deletes a draft. Audited.',
        params: idParamsSchema,
        querystring: versionQuerySchema,
      },
    },
    async (request) => {
      await deleteProposal(actorCtx(request), request.params.id, request.query.version);
      return { ok: true as const };
    },
  );

  app.post(
    '/proposals/:id/items',
    {
      schema: {
        tags,
        description: 'A person or collective of the proposer’s subtree with a title or form and the report. Audited.',
        params: idParamsSchema,
        body: proposalItemBodySchema,
        response: { 201: proposalDetailSchema },
      },
    },
    async (request, reply) => {
      const ctx = actorCtx(request);
      await addProposalItem(ctx, request.params.id, request.body);
      return reply.status(201).send(await getProposal(ctx, request.params.id));
    },
  );

  app.patch(
    '/proposals/:id/items/:itemId',
    { schema: { tags, params: itemParamsSchema, body: proposalItemBodySchema, response: detail } },
    async (request) => {
      const ctx = actorCtx(request);
      await updateProposalItem(ctx, request.params.id, request.params.itemId, request.body);
      return getProposal(ctx, request.params.id);
    },
  );

  app.delete(
    '/proposals/:id/items/:itemId',
    { schema: { tags, params: itemParamsSchema, querystring: versionQuerySchema, response: detail } },
    async (request) => {
      const ctx = actorCtx(request);
      await removeProposalItem(ctx, request.params.id, request.params.itemId, request.query.version);
      return getProposal(ctx, request.params.id);
    },
  );

  app.get(
    '/proposals/:id/items/:itemId/files/:fileId',
    { schema: { tags, description: 'An evidence file of an item.', params: itemFileParamsSchema } },
    async (request, reply) => {
      const { id, itemId, fileId } = request.params;
      const file = await readProposalItemFile(actorCtx(request), id, itemId, fileId);
      return reply.headers(downloadHeaders(file)).send(file.content);
    },
  );

  await app.register(proposalStepsRoutes);
};
