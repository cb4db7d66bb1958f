// Routes: GET /scoring/movements · GET /scoring/movements/:movementId
//         GET /scoring/movements/:movementId/units/:unitId · PUT …/units/:unitId/self · POST …/units/:unitId/submit
//         PUT …/units/:unitId/review · POST …/units/:unitId/mark-reviewed · POST …/units/:unitId/reopen
//         GET …/units/:unitId/criteria/:criterionId/evidence
//         GET /scoring/movements/:movementId/rankings · POST …/rankings/:clusterId/compute · POST …/rankings/:clusterId/publish
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  clusterParamsSchema,
  evidenceParamsSchema,
  movementParamsSchema,
  movementRankingsSchema,
  reopenSheetBodySchema,
  reviewScoresBodySchema,
  scoreBoardSchema,
  scoreSheetSchema,
  scoringMovementListSchema,
  selfScoresBodySchema,
  sheetParamsSchema,
} from '../../../shared/contracts/movement-scores.ts';
import { actorCtx } from '../../http/request-context.ts';
import { downloadHeaders } from '../attachments/attachments.service.ts';
import { readEvidenceFile } from './evidence-file.ts';
import { computeRanking, getMovementRankings, publishRanking } from './rankings.service.ts';
import { markSheetReviewed, reopenSheet, saveReviewScores } from './score-review.ts';
import { getScoreSheet } from './score-sheets.service.ts';
import { findScoringMovements, getScoreBoard } from './scoring-boards.service.ts';
import { saveSelfScores, submitSheet } from './self-assessment.ts';

const tags = ['scoring'];
const sheetUrl = '/scoring/movements/:movementId/units/:unitId';

export const movementScoresRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/scoring/movements',
    {
      schema: {
        tags,
        description: 'Launched movements the user scores (a covered unit in scope) or reviews (launched in scope).',
        response: { 200: scoringMovementListSchema },
      },
    },
    async (request) => findScoringMovements(actorCtx(request)),
  );

  app.get(
    '/scoring/movements/:movementId',
    {
      schema: {
        tags,
        description: 'The covered units with sheet status, own and final totals (all of them for the reviewer).',
        params: movementParamsSchema,
        response: { 200: scoreBoardSchema },
      },
    },
    async (request) => getScoreBoard(actorCtx(request), request.params.movementId),
  );

  app.get(
    sheetUrl,
    {
      schema: {
        tags,
        description: 'A covered unit’s score sheet: criteria tree, points, evidence, history, totals, abilities.',
        params: sheetParamsSchema,
        response: { 200: scoreSheetSchema },
      },
    },
    async (request) => getScoreSheet(actorCtx(request), request.params.movementId, request.params.unitId),
  );

  app.put(
    `${sheetUrl}/self`,
    {
      schema: {
        tags,
        description:
          'Saves the unit’s own points, notes and evidence for the given criteria as a draft; a change of points already given needs a reason. Audited (score.self_assess).',
        params: sheetParamsSchema,
        body: selfScoresBodySchema,
        response: { 200: scoreSheetSchema },
      },
    },
    async (request) =>
      saveSelfScores(actorCtx(request), request.params.movementId, request.params.unitId, request.body),
  );

  app.post(
    `${sheetUrl}/submit`,
    {
      schema: {
        tags,
        description: 'draft → submitted when every criterion is scored, before the deadline. Audited (score.submit).',
        params: sheetParamsSchema,
        response: { 200: scoreSheetSchema },
      },
    },
    async (request) => submitSheet(actorCtx(request), request.params.movementId, request.params.unitId),
  );

  app.put(
    `${sheetUrl}/review`,
    {
      schema: {
        tags,
        description:
          'The reviewer’s points for the given criteria; differing from the unit’s or changing once given needs a reason. Audited (score.review).',
        params: sheetParamsSchema,
        body: reviewScoresBodySchema,
        response: { 200: scoreSheetSchema },
      },
    },
    async (request) =>
      saveReviewScores(actorCtx(request), request.params.movementId, request.params.unitId, request.body),
  );

  app.post(
    `${sheetUrl}/mark-reviewed`,
    {
      schema: {
        tags,
        description: 'submitted → reviewed: the final score stands. Audited (score.review).',
        params: sheetParamsSchema,
        response: { 200: scoreSheetSchema },
      },
    },
    async (request) => markSheetReviewed(actorCtx(request), request.params.movementId, request.params.unitId),
  );

  app.post(
    `${sheetUrl}/reopen`,
    {
      schema: {
        tags,
        description: 'submitted or reviewed → draft, returned to the unit with a reason. Audited (score.reopen).',
        params: sheetParamsSchema,
        body: reopenSheetBodySchema,
        response: { 200: scoreSheetSchema },
      },
    },
    async (request) => reopenSheet(actorCtx(request), request.params.movementId, request.params.unitId, request.body),
  );

  app.get(
    `${sheetUrl}/criteria/:criterionId/evidence`,
    { schema: { tags, description: 'The evidence file of one criterion.', params: evidenceParamsSchema } },
    async (request, reply) => {
      const { movementId, unitId, criterionId } = request.params;
      const file = await readEvidenceFile(actorCtx(request), movementId, unitId, criterionId);
      return reply.headers(downloadHeaders(file)).send(file.content);
    },
  );

  app.get(
    '/scoring/movements/:movementId/rankings',
    {
      schema: {
        tags,
        description:
          'Per cluster: members, ranking rows with the proposed flag, publication (published only for units).',
        params: movementParamsSchema,
        response: { 200: movementRankingsSchema },
      },
    },
    async (request) => getMovementRankings(actorCtx(request), request.params.movementId),
  );

  app.post(
    '/scoring/movements/:movementId/rankings/:clusterId/compute',
    {
      schema: {
        tags,
        description: 'Ranks the cluster by final totals (ties share a rank); refused once published. Audited.',
        params: clusterParamsSchema,
        response: { 200: movementRankingsSchema },
      },
    },
    async (request) => computeRanking(actorCtx(request), request.params.movementId, request.params.clusterId),
  );

  app.post(
    '/scoring/movements/:movementId/rankings/:clusterId/publish',
    {
      schema: {
        tags,
        description: 'Publishes the computed ranking; locks it and its units’ sheets in the movement. Audited.',
        params: clusterParamsSchema,
        response: { 200: movementRankingsSchema },
      },
    },
    async (request) => publishRanking(actorCtx(request), request.params.movementId, request.params.clusterId),
  );
};
