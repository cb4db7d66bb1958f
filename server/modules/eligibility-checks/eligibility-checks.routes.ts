// Routes: POST /eligibility/check · GET /eligibility/candidates
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  candidatesQuerySchema,
  candidatesSchema,
  eligibilityCheckBodySchema,
  eligibilityCheckSchema,
} from '../../../shared/contracts/awards.ts';
import { actorCtx } from '../../http/request-context.ts';
import { checkRecipientEligibility, findCandidates } from './eligibility-checks.service.ts';

const tags = ['eligibility'];

export const eligibilityChecksRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/eligibility/check',
    {
      schema: {
        tags,
        description:
          'Eligible, not, or needs review for one person (personId) or collective (unitCode), a title or form and a year, with the reasons in Vietnamese citing the rule.',
        body: eligibilityCheckBodySchema,
        response: { 200: eligibilityCheckSchema },
      },
    },
    async (request) => checkRecipientEligibility(actorCtx(request), request.body),
  );

  app.get(
    '/eligibility/candidates',
    {
      schema: {
        tags,
        description:
          'Everyone in the unit’s subtree (default the actor’s unit) who meets the form’s criteria for the year.',
        querystring: candidatesQuerySchema,
        response: { 200: candidatesSchema },
      },
    },
    async (request) => findCandidates(actorCtx(request), request.query),
  );
};
