// Routes: GET /catalogue · GET /catalogue/:code · PUT /catalogue/:code
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  catalogueCodeParamsSchema,
  catalogueEntrySchema,
  catalogueHistorySchema,
  catalogueListSchema,
  updateCatalogueEntryBodySchema,
} from '../../../shared/contracts/awards.ts';
import { actorCtx } from '../../http/request-context.ts';
import { getCatalogueHistory, listCatalogue, updateCatalogueEntry } from './catalogue.service.ts';

const tags = ['catalogue'];

export const catalogueRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/catalogue',
    {
      schema: {
        tags,
        description: 'The current version of every title and form.',
        response: { 200: catalogueListSchema },
      },
    },
    async (request) => listCatalogue(actorCtx(request)),
  );

  app.get(
    '/catalogue/:code',
    {
      schema: {
        tags,
        description: 'Every version of one title or form, newest first.',
        params: catalogueCodeParamsSchema,
        response: { 200: catalogueHistorySchema },
      },
    },
    async (request) => getCatalogueHistory(actorCtx(request), request.params.code),
  );

  app.put(
    '/catalogue/:code',
    {
      schema: {
        tags,
        description:
          'Administrators: a new version of a title or form; awards already given keep theirs. The whole catalogue is re-validated. Audited.',
        params: catalogueCodeParamsSchema,
        body: updateCatalogueEntryBodySchema,
        response: { 200: catalogueEntrySchema },
      },
    },
    async (request) => updateCatalogueEntry(actorCtx(request), request.params.code, request.body),
  );
};
