// Routes: GET /appraisals · POST /appraisals · GET /appraisals/template · POST /appraisals/import (multipart)
//         GET /appraisals/people/:id
import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParamsSchema } from '../../../shared/contracts/common.ts';
import {
  appraisalGridQuerySchema,
  appraisalGridSchema,
  appraisalImportQuerySchema,
  personAppraisalsSchema,
  saveAppraisalsBodySchema,
  saveAppraisalsResultSchema,
} from '../../../shared/contracts/appraisals.ts';
import { AppError } from '../../errors.ts';
import { actorCtx } from '../../http/request-context.ts';
import { appraisalTemplateFile, importAppraisals, saveAppraisals } from './appraisal-commands.ts';
import { getAppraisalGrid } from './appraisals.service.ts';
import { findPersonAppraisals } from './person-appraisals.ts';

const tags = ['appraisals'];
/** A unit's sheet of ratings is small; 5 MB holds tens of thousands of rows. */
const MAX_SHEET_BYTES = 5 * 1024 * 1024;

export const appraisalsRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(multipart, { limits: { files: 1, fileSize: MAX_SHEET_BYTES, fields: 5, parts: 6 } });

  app.get(
    '/appraisals',
    {
      schema: {
        tags,
        description: 'The grid of a unit (default the actor’s) and year: its people with rating, absence, discipline.',
        querystring: appraisalGridQuerySchema,
        response: { 200: appraisalGridSchema },
      },
    },
    async (request) => getAppraisalGrid(actorCtx(request), request.query),
  );

  app.post(
    '/appraisals',
    {
      schema: {
        tags,
        description: 'Saves rows of the grid: all rows or none; an empty row clears what was recorded. Audited.',
        body: saveAppraisalsBodySchema,
        response: { 200: saveAppraisalsResultSchema },
      },
    },
    async (request) => saveAppraisals(actorCtx(request), request.body),
  );

  app.get(
    '/appraisals/template',
    {
      schema: {
        tags,
        description: 'The .xlsx to fill in: the unit’s people for the year, prefilled with what is recorded.',
        querystring: appraisalImportQuerySchema,
      },
    },
    async (request, reply) => {
      const { data, filename } = await appraisalTemplateFile(actorCtx(request), request.query);
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="${filename}"`)
        .send(data);
    },
  );

  app.post(
    '/appraisals/import',
    {
      schema: {
        tags,
        description:
          'The filled template as multipart/form-data: every row checked, all written in one transaction or none.',
        querystring: appraisalImportQuerySchema,
        response: { 200: saveAppraisalsResultSchema },
      },
    },
    async (request) => {
      if (!request.isMultipart()) {
        throw new AppError(
          415,
          'appraisals.not_multipart',
          'Hãy gửi tệp dưới dạng multipart/form-data.',
          'Send multipart/form-data.',
        );
      }
      const upload = await request.file();
      if (!upload) throw new AppError(400, 'appraisals.no_file', 'Chưa chọn tệp.', 'No file was sent.');
      let data: Buffer;
      try {
        data = await upload.toBuffer();
      } catch (error) {
        if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') {
          throw new AppError(413, 'appraisals.too_large', 'Tệp lớn hơn 5 MB.', 'The file is larger than 5 MB.');
        }
        throw error;
      }
      return importAppraisals(actorCtx(request), request.query, data);
    },
  );

  app.get(
    '/appraisals/people/:id',
    {
      schema: {
        tags,
        description: 'One person’s recorded years, newest first, for anyone who may read the person.',
        params: idParamsSchema,
        response: { 200: personAppraisalsSchema },
      },
    },
    async (request) => findPersonAppraisals(actorCtx(request), request.params.id),
  );
};
