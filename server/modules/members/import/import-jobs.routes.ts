// Routes: GET /members/imports/units · POST /members/imports (multipart: one file) · GET /members/imports/:id
//         POST /members/imports/:id/check · POST /members/imports/:id/commit · GET /members/imports/:id/errors.xlsx
//         DELETE /members/imports/:id
// The jobs live in this instance's memory (see import-job-registry.ts): several instances need sticky sessions.
import multipart from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { okSchema } from '../../../../shared/contracts/common.ts';
import {
  importCheckBodySchema,
  importCommitBodySchema,
  importJobParamsSchema,
  importJobSchema,
  importUnitListSchema,
  importUnitQuerySchema,
  importUploadSchema,
} from '../../../../shared/contracts/member-import.ts';
import { actorCtx } from '../../../http/request-context.ts';
import { requireCapability } from '../../../policies/capabilities.ts';
import { ImportJobRegistry } from './import-job-registry.ts';
import {
  createImportJob,
  discardImportJob,
  getImportJob,
  importErrorReport,
  startImportCheck,
  startImportCommit,
} from './import-jobs.service.ts';
import { findImportUnits } from './import-units.ts';
import { saveUpload } from './save-upload.ts';

const tags = ['members'];

/** Every route of the wizard is for those who keep member records. */
function keeperCtx(request: FastifyRequest) {
  const ctx = actorCtx(request);
  requireCapability(ctx.actor, 'manageMembers');
  return ctx;
}

export const importJobsRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(multipart, { limits: { files: 1, fileSize: app.config.importMaxBytes, fields: 10 } });
  const log = (error: unknown) => app.log.error({ err: error }, 'member import job failed');
  const jobs = new ImportJobRegistry({ log });
  app.addHook('onClose', () => jobs.close());

  app.get(
    '/members/imports/units',
    {
      schema: {
        tags,
        description:
          'Active grassroots unions and sections the user keeps member records of, and the largest file accepted.',
        querystring: importUnitQuerySchema,
        response: { 200: importUnitListSchema },
      },
    },
    async (request) => ({
      items: await findImportUnits(keeperCtx(request), request.query.q),
      maxBytes: app.config.importMaxBytes,
    }),
  );

  app.post(
    '/members/imports',
    {
      schema: {
        tags,
        description:
          'Uploads an .xlsx or CSV file (multipart, one file) and answers with its header row, the automatic ' +
          'mapping and the first rows. The job belongs to the uploader and is dropped after an hour unused.',
        response: { 201: importUploadSchema },
      },
    },
    async (request, reply) => {
      const ctx = keeperCtx(request);
      const upload = await saveUpload(request, app.config.importMaxBytes);
      return reply.status(201).send(await createImportJob(ctx, jobs, upload));
    },
  );

  app.get(
    '/members/imports/:id',
    { schema: { tags, params: importJobParamsSchema, response: { 200: importJobSchema } } },
    async (request) => getImportJob(keeperCtx(request), jobs, request.params.id),
  );

  app.post(
    '/members/imports/:id/check',
    {
      schema: {
        tags,
        description: 'Starts checking every row with this unit, mapping and choice for duplicates; poll the job.',
        params: importJobParamsSchema,
        body: importCheckBodySchema,
        response: { 202: importJobSchema },
      },
    },
    async (request, reply) => {
      const job = await startImportCheck(keeperCtx(request), jobs, request.params.id, request.body, log);
      return reply.status(202).send(job);
    },
  );

  app.post(
    '/members/imports/:id/commit',
    {
      schema: {
        tags,
        description:
          'Starts the import in one transaction, after a check with the same choices found no error; poll the job. ' +
          'The body, when sent, must repeat the choices of that check.',
        params: importJobParamsSchema,
        body: importCommitBodySchema.optional(),
        response: { 202: importJobSchema },
      },
    },
    async (request, reply) => {
      const sent = request.body;
      const body = sent && 'unit' in sent ? (sent as z.output<typeof importCheckBodySchema>) : undefined;
      const job = await startImportCommit(keeperCtx(request), jobs, request.params.id, body, log);
      return reply.status(202).send(job);
    },
  );

  app.get(
    '/members/imports/:id/errors.xlsx',
    {
      schema: {
        tags,
        description: 'Every row error of the last check: row, column, reason.',
        params: importJobParamsSchema,
      },
    },
    async (request, reply) => {
      const stream = importErrorReport(keeperCtx(request), jobs, request.params.id);
      void reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', 'attachment; filename="loi-nhap-doan-vien.xlsx"');
      return reply.send(stream);
    },
  );

  app.delete(
    '/members/imports/:id',
    {
      schema: {
        tags,
        description: 'Cancels what runs (an import rolls back) and removes the file.',
        params: importJobParamsSchema,
        response: { 200: okSchema },
      },
    },
    async (request) => {
      await discardImportJob(keeperCtx(request), jobs, request.params.id);
      return { ok: true as const };
    },
  );
};
