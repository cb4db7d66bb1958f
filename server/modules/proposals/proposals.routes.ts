// Routes: GET /proposals · POST /proposals · GET /proposals/decider-options · GET /proposals/movement-options
//         GET /proposals/:id · PATCH /proposals/:id · DELETE /proposals/:id?version=
//         POST /proposals/:id/items · PATCH|DELETE /proposals/:id/items/:itemId · GET …/items/:itemId/files/:fileId
//         POST /proposals/:id/transitions · GET /proposals/:id/meeting-options
//         POST /proposals/:id/eligibility · PATCH /proposals/:id/items/:itemId/appraisal
//         PATCH /proposals/:id/posting · POST /proposals/:id/objections · POST …/objections/:objectionId/resolve
//         GET /proposals/:id/decision-number?date= · POST /proposals/:id/decision
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParamsSchema } from '../../../shared/contracts/common.ts';
import {
  appraiseItemBodySchema,
  decideBodySchema,
  deciderOptionsQuerySchema,
  decisionNumberQuerySchema,
  decisionNumberSchema,
  itemFileParamsSchema,
  itemParamsSchema,
  meetingOptionsSchema,
  movementOptionsSchema,
  objectionBodySchema,
  objectionParamsSchema,
  postingBodySchema,
  proposalDetailSchema,
  proposalHeaderBodySchema,
  proposalItemBodySchema,
  proposalListQuerySchema,
  proposalPageSchema,
  resolveObjectionBodySchema,
  transitionBodySchema,
  unitOptionsSchema,
  updateProposalBodySchema,
  versionBodySchema,
} from '../../../shared/contracts/proposals.ts';
import { actorCtx } from '../../http/request-context.ts';
import { downloadHeaders } from '../attachments/attachments.service.ts';
import { appraiseItem, rerunEligibility } from './proposal-appraisal.ts';
import { decideProposal, suggestDecisionNumber } from './proposal-decision.ts';
import { getProposal } from './proposal-detail.ts';
import { addProposalItem, readProposalItemFile, removeProposalItem, updateProposalItem } from './proposal-items.ts';
import { addObjection, changePostingUntil, resolveObjection } from './proposal-posting.ts';
import { findMeetingOptions, takeStep } from './proposal-steps.ts';
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
        description: 'Proposals of the actor’s units (tab=proposer) or addressed to them (tab=decider), newest first.',
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

  app.post(
    '/proposals/:id/transitions',
    {
      schema: {
        tags,
        description: 'One step of shared/proposal-workflow.ts (not decide); 409 when the status does not allow it.',
        params: idParamsSchema,
        body: transitionBodySchema,
        response: detail,
      },
    },
    async (request) => {
      const ctx = actorCtx(request);
      await takeStep(ctx, request.params.id, request.body);
      return getProposal(ctx, request.params.id);
    },
  );

  app.get(
    '/proposals/:id/meeting-options',
    { schema: { tags, params: idParamsSchema, response: { 200: meetingOptionsSchema } } },
    async (request) => findMeetingOptions(actorCtx(request), request.params.id),
  );

  app.post(
    '/proposals/:id/eligibility',
    {
      schema: {
        tags,
        description: 'Runs the eligibility check again for every item. Audited.',
        params: idParamsSchema,
        body: versionBodySchema,
        response: detail,
      },
    },
    async (request) => {
      const ctx = actorCtx(request);
      await rerunEligibility(ctx, request.params.id, request.body.version);
      return getProposal(ctx, request.params.id);
    },
  );

  app.patch(
    '/proposals/:id/items/:itemId/appraisal',
    {
      schema: {
        tags,
        description: 'The appraiser’s note on an item, or excluding it with a reason. Audited.',
        params: itemParamsSchema,
        body: appraiseItemBodySchema,
        response: detail,
      },
    },
    async (request) => {
      const ctx = actorCtx(request);
      await appraiseItem(ctx, request.params.id, request.params.itemId, request.body);
      return getProposal(ctx, request.params.id);
    },
  );

  app.patch(
    '/proposals/:id/posting',
    { schema: { tags, params: idParamsSchema, body: postingBodySchema, response: detail } },
    async (request) => {
      const ctx = actorCtx(request);
      await changePostingUntil(ctx, request.params.id, request.body);
      return getProposal(ctx, request.params.id);
    },
  );

  app.post(
    '/proposals/:id/objections',
    { schema: { tags, params: idParamsSchema, body: objectionBodySchema, response: { 201: proposalDetailSchema } } },
    async (request, reply) => {
      const ctx = actorCtx(request);
      await addObjection(ctx, request.params.id, request.body);
      return reply.status(201).send(await getProposal(ctx, request.params.id));
    },
  );

  app.post(
    '/proposals/:id/objections/:objectionId/resolve',
    { schema: { tags, params: objectionParamsSchema, body: resolveObjectionBodySchema, response: detail } },
    async (request) => {
      const ctx = actorCtx(request);
      await resolveObjection(ctx, request.params.id, request.params.objectionId, request.body);
      return getProposal(ctx, request.params.id);
    },
  );

  app.get(
    '/proposals/:id/decision-number',
    {
      schema: {
        tags,
        params: idParamsSchema,
        querystring: decisionNumberQuerySchema,
        response: { 200: decisionNumberSchema },
      },
    },
    async (request) => suggestDecisionNumber(actorCtx(request), request.params.id, request.query.date),
  );

  app.post(
    '/proposals/:id/decision',
    {
      schema: {
        tags,
        description:
          'Issues the numbered decision after the posting: one award per passed item, in the recipients’ histories. Audited.',
        params: idParamsSchema,
        body: decideBodySchema,
        response: detail,
      },
    },
    async (request) => {
      const ctx = actorCtx(request);
      await decideProposal(ctx, request.params.id, request.body);
      return getProposal(ctx, request.params.id);
    },
  );
};
