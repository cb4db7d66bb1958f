// Routes: POST /attachments (multipart: one file) · GET /attachments/:id (the uploader's own file)
// Records that point at a file (a target's evidence, later a dossier) serve it through their own route,
// which checks the reader's access to that record.
import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParamsSchema } from '../../../shared/contracts/common.ts';
import { AppError } from '../../errors.ts';
import { actorCtx } from '../../http/request-context.ts';
import {
  downloadHeaders,
  MAX_ATTACHMENT_BYTES,
  readOwnAttachment,
  storeAttachment,
  tooLarge,
} from './attachments.service.ts';

const tags = ['attachments'];

const attachmentSchema = z.object({
  id: z.number().int(),
  fileName: z.string(),
  mimeType: z.string(),
  byteSize: z.number().int(),
  sha256: z.string(),
  uploadedAt: z.string(),
});

export const attachmentsRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(multipart, { limits: { files: 1, fileSize: MAX_ATTACHMENT_BYTES, fields: 5, parts: 6 } });

  app.post(
    '/attachments',
    {
      schema: {
        tags,
        description: `One evidence file as multipart/form-data (PDF, image, Word, Excel or text; at most ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB). Audited.`,
        response: { 201: attachmentSchema },
      },
    },
    async (request, reply) => {
      const ctx = actorCtx(request);
      if (!request.isMultipart()) {
        throw new AppError(
          415,
          'attachments.not_multipart',
          'Hãy gửi tệp dưới dạng multipart/form-data.',
          'Send the file as multipart/form-data.',
        );
      }
      const upload = await request.file();
      if (!upload) throw new AppError(400, 'attachments.no_file', 'Chưa chọn tệp.', 'No file was sent.');
      let data: Buffer;
      try {
        data = await upload.toBuffer();
      } catch (error) {
        if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge();
        throw error;
      }
      return reply.status(201).send(await storeAttachment(ctx, { fileName: upload.filename, data }));
    },
  );

  app.get(
    '/attachments/:id',
    { schema: { tags, params: idParamsSchema, description: 'A file the user uploaded, to check it.' } },
    async (request, reply) => {
      const file = await readOwnAttachment(actorCtx(request), request.params.id);
      return reply.headers(downloadHeaders(file)).send(file.content);
    },
  );
};
