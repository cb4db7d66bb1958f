// Routes: GET /award-stats · GET /award-stats/export · GET /honour-board (public, no login)
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  awardStatsQuerySchema,
  awardStatsSchema,
  honourBoardQuerySchema,
  honourBoardSchema,
} from '../../../shared/contracts/award-stats.ts';
import { actorCtx } from '../../http/request-context.ts';
import { exportAwardStats } from './award-stats-export.ts';
import { getAwardStats } from './award-stats.service.ts';
import { getHonourBoard } from './honour-board.ts';

const tags = ['award-stats'];

export const awardStatsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/award-stats',
    {
      schema: {
        tags,
        description:
          'Awards of a unit’s subtree (default the actor’s unit) over whole years, by year of achievement or by decision date: counts by form, level, occasion, year and deciding body, and the articles’ sentences. Revoked awards and decisions are not counted.',
        querystring: awardStatsQuerySchema,
        response: { 200: awardStatsSchema },
      },
    },
    async (request) => getAwardStats(actorCtx(request), request.query),
  );

  app.get(
    '/award-stats/export',
    { schema: { tags, description: 'The same statistics as an .xlsx workbook.', querystring: awardStatsQuerySchema } },
    async (request, reply) => {
      const { buffer, filename } = await exportAwardStats(actorCtx(request), request.query);
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="${filename}"`)
        .send(buffer);
    },
  );

  app.get(
    '/honour-board',
    {
      schema: {
        tags,
        description:
          'Public and read-only (the portal’s honour board): the collectives and individuals of a unit’s subtree honoured for a year of achievement, highest awards first, with the decision and an achievement line. Only name, academic title and unit of a person; revoked awards never appear.',
        querystring: honourBoardQuerySchema,
        response: { 200: honourBoardSchema },
      },
    },
    async (request) => getHonourBoard(request.ctx, request.query),
  );
};
