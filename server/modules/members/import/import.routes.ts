// Routes: GET /members/import/template · POST /members/import (multipart: one file; query: unit, dryRun, onDuplicate)
// The step-by-step import the web wizard drives is in import-jobs.routes.ts.
import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { importReportSchema, onDuplicateSchema } from '../../../../shared/contracts/member-import.ts';
import { actorCtx } from '../../../http/request-context.ts';
import { requireCapability } from '../../../policies/capabilities.ts';
import { importMembers } from './import-members.ts';
import { reportDto } from './import-report.ts';
import { importTemplate } from './import-template.ts';
import { removeUpload, saveUpload } from './save-upload.ts';

export const importRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(multipart, { limits: { files: 1, fileSize: app.config.importMaxBytes, fields: 10 } });

  app.get(
    '/members/import/template',
    {
      schema: {
        tags: ['members'],
        description: 'The .xlsx template with the headers the import understands and an example row.',
      },
    },
    async (request, reply) => {
      requireCapability(actorCtx(request).actor, 'manageMembers');
      void reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', 'attachment; filename="mau-nhap-doan-vien.xlsx"');
      return reply.send(importTemplate());
    },
  );

  app.post(
    '/members/import',
    {
      schema: {
        tags: ['members'],
        description:
          'Checks every row of an .xlsx or CSV file (dry run), or imports it in one transaction when it has no errors.',
        querystring: z
          .object({
            unit: z.string().trim().min(1).max(40),
            dryRun: z.enum(['true', 'false']).default('true'),
            onDuplicate: onDuplicateSchema.default('skip'),
          })
          .strict(),
        response: { 200: importReportSchema },
      },
    },
    async (request) => {
      const ctx = actorCtx(request);
      requireCapability(ctx.actor, 'manageMembers');
      const upload = await saveUpload(request, app.config.importMaxBytes);
      try {
        const report = await importMembers(ctx, {
          file: upload.file,
          fileName: upload.fileName,
          unitCode: request.query.unit,
          dryRun: request.query.dryRun === 'true',
          onDuplicate: request.query.onDuplicate,
        });
        return reportDto(report);
      } finally {
        removeUpload(upload);
      }
    },
  );
};
