// Routes: GET /members/import/template · POST /members/import (multipart: one file; query: unit, dryRun, onDuplicate)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../../errors.ts';
import { actorCtx } from '../../../http/request-context.ts';
import { requireCapability } from '../../../policies/capabilities.ts';
import { importMembers } from './import-members.ts';
import { importTemplate } from './import-template.ts';

/** At most this many row errors travel in the response; the count says how many there were. */
const ERRORS_IN_RESPONSE = 1000;

const reportSchema = z.object({
  rows: z.number().int(),
  columns: z.array(z.object({ header: z.string(), field: z.string().nullable() })),
  errorCount: z.number().int(),
  errors: z.array(z.object({ row: z.number().int(), column: z.string(), message: z.string(), messageEn: z.string() })),
  created: z.number().int(),
  updated: z.number().int(),
  skipped: z.number().int(),
  committed: z.boolean(),
});

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
            onDuplicate: z.enum(['update', 'skip']).default('skip'),
          })
          .strict(),
        response: { 200: reportSchema },
      },
    },
    async (request) => {
      const ctx = actorCtx(request);
      requireCapability(ctx.actor, 'manageMembers');
      if (!request.isMultipart()) {
        throw new AppError(
          415,
          'import.not_multipart',
          'Hãy gửi tệp dưới dạng multipart/form-data.',
          'Send the file as multipart/form-data.',
        );
      }
      const upload = await request.file();
      if (!upload) throw new AppError(400, 'import.no_file', 'Chưa chọn tệp để nhập.', 'No file was sent.');
      // The upload goes to a temporary file, read twice by the import, never held in memory.
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'congdoan-upload-'));
      const file = path.join(dir, 'upload');
      try {
        await pipeline(upload.file, fs.createWriteStream(file));
        if (upload.file.truncated) {
          const megabytes = Math.round(app.config.importMaxBytes / 1024 / 1024);
          throw new AppError(
            413,
            'import.too_large',
            `Tệp lớn hơn giới hạn ${megabytes} MB.`,
            `The file is larger than ${megabytes} MB.`,
          );
        }
        const report = await importMembers(ctx, {
          file,
          unitCode: request.query.unit,
          dryRun: request.query.dryRun === 'true',
          onDuplicate: request.query.onDuplicate,
        });
        return { ...report, errorCount: report.errors.length, errors: report.errors.slice(0, ERRORS_IN_RESPONSE) };
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  );
};
