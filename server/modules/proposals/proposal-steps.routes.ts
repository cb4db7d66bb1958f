// Routes of the workflow's steps: POST /proposals/:id/transitions · GET /proposals/:id/meeting-options
//         POST /proposals/:id/eligibility · PATCH /proposals/:id/items/:itemId/appraisal
//         PATCH /proposals/:id/posting · POST /proposals/:id/objections · POST …/objections/:objectionId/resolve
//         GET /proposals/:id/decision-number?date= · POST /proposals/:id/decision
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParamsSchema } from '../../../shared/contracts/common.ts';
import {
  appraiseItemBodySchema,
  decideBodySchema,
  decisionNumberQuerySchema,
  decisionNumberSchema,
  itemParamsSchema,
  meetingOptionsSchema,
  objectionBodySchema,
  objectionParamsSchema,
  postingBodySchema,
  proposalDetailSchema,
  resolveObjectionBodySchema,
  transitionBodySchema,
  versionBodySchema,
} from '../../../shared/contracts/proposals.ts';
import { actorCtx } from '../../http/request-context.ts';
import { appraiseItem, rerunEligibility } from './proposal-appraisal.ts';
import { decideProposal, suggestDecisionNumber } from './proposal-decision.ts';
import { getProposal } from './proposal-detail.ts';
import { addObjection, changePostingUntil, resolveObjection } from './proposal-posting.ts';
import { findMeetingOptions, takeStep } from './proposal-steps.ts';

const tags = ['proposals'];
const detail = { 200: proposalDetailSchema };

export const proposalStepsRoutes: FastifyPluginAsyncZod = async (app) => {
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
