// Routes: GET /performance-ratings · POST /performance-ratings · GET /performance-ratings/template
//         POST /performance-ratings/import (multipart) · GET /performance-ratings/people/:id
import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParamsSchema } from '../../../shared/contracts/common.ts';
import {
  performanceRatingGridQuerySchema,
  performanceRatingGridSchema,
  performanceRatingImportQuerySchema,
  personPerformanceRatingsSchema,
  savePerformanceRatingsBodySchema,
  savePerformanceRatingsResultSchema,
} from '../../../shared/contracts/performance-ratings.ts';
import { AppError } from '../../errors.ts';
import { actorCtx } from '../../http/request-context.ts';
import {
  importPerformanceRatings,
  performanceRatingTemplateFile,
  savePerformanceRatings,
} from './performance-rating-commands.ts';
import { getPerformanceRatingGrid } from './performance-ratings.service.ts';
import { findPersonPerformanceRatings } from './person-performance-ratings.ts';

const tags = ['performance-ratings'];
/** A unit's sheet of ratings is small; 5 MB holds tens of thousands of rows. */
const MAX_SHEET_BYTES = 5 * 1024 * 1024;

export const performanceRatingsRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(multipart, { limits: { files: 1, fileSize: MAX_SHEET_BYTES, fields: 5, parts: 6 } });

  app.get(
    '/performance-ratings',
    {
      schema: {
        tags,
        description: 'The grid of a unit (default the actor’s) and year: its people with rating, absence, discipline.',
        querystring: performanceRatingGridQuerySchema,
        response: { 200: performanceRatingGridSchema },
      },
    },
    async (request) => getPerformanceRatingGrid(actorCtx(request), request.query),
  );

  app.post(
    '/performance-ratings',
    {
      schema: {
        tags,
        description: 'Saves rows of the grid: all rows or none; an empty row clears what was recorded. Audited.',
        body: savePerformanceRatingsBodySchema,
        response: { 200: savePerformanceRatingsResultSchema },
      },
    },
    async (request) => savePerformanceRatings(actorCtx(request), request.body),
  );

  app.get(
    '/performance-ratings/template',
    {
      schema: {
        tags,
        description: 'The .xlsx to fill in: the unit’s people for the year, prefilled with what is recorded.',
        querystring: performanceRatingImportQuerySchema,
      },
    },
    async (request, reply) => {
      const { data, filename } = await performanceRatingTemplateFile(actorCtx(request), request.query);
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="${filename}"`)
        .send(data);
    },
  );

  app.post(
    '/performance-ratings/import',
    {
      schema: {
        tags,
        description:
          'The filled template as multipart/form-data: every row checked, all written in one transaction or none.',
        querystring: performanceRatingImportQuerySchema,
        response: { 200: savePerformanceRatingsResultSchema },
      },
    },
    async (request) => {
      if (!request.isMultipart()) {
        throw new AppError(
          415,
          'performance_ratings.not_multipart',
          'Hãy gửi tệp dưới dạng multipart/form-data.',
          'Send multipart/form-data.',
        );
      }
      const upload = await request.file();
      if (!upload) throw new AppError(400, 'performance_ratings.no_file', 'Chưa chọn tệp.', 'No file was sent.');
      let data: Buffer;
      try {
        data = await upload.toBuffer();
      } catch (error) {
        if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') {
          throw new AppError(
            413,
            'performance_ratings.too_large',
            'Tệp lớn hơn 5 MB.',
            'The file is larger than 5 MB.',
          );
        }
        throw error;
      }
      return importPerformanceRatings(actorCtx(request), request.query, data);
    },
  );

  app.get(
    '/performance-ratings/people/:id',
    {
      schema: {
        tags,
        description: 'One person’s recorded years, newest first, for anyone who may read the person.',
        params: idParamsSchema,
        response: { 200: personPerformanceRatingsSchema },
      },
    },
    async (request) => findPersonPerformanceRatings(actorCtx(request), request.params.id),
  );
};
