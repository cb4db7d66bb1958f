// Routes: GET /award-decisions/:id/decision.docx · GET /award-decisions/:id/certificates.pdf[?award=]
//         GET /proposals/:id/cover-letter.docx · GET /council-meetings/:id/minutes.docx
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { certificatesQuerySchema } from '../../../shared/contracts/award-documents.ts';
import { idParamsSchema } from '../../../shared/contracts/common.ts';
import { actorCtx } from '../../http/request-context.ts';
import {
  printCertificates,
  printCoverLetter,
  printDecision,
  printMinutes,
  type DocxFile,
} from './award-documents.service.ts';
import { contentDisposition } from './download-name.ts';

const tags = ['award-documents'];
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

function sendDocx(reply: FastifyReply, file: DocxFile) {
  return reply
    .header('content-type', DOCX)
    .header('content-disposition', contentDisposition(file.fileName))
    .header('cache-control', 'private, no-store')
    .send(file.docx);
}

export const awardDocumentsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/award-decisions/:id/decision.docx',
    {
      schema: {
        tags,
        description: 'The award decision in the Nghị định 30/2020 format, with the annexed list of recipients.',
        params: idParamsSchema,
      },
    },
    async (request, reply) => sendDocx(reply, await printDecision(actorCtx(request), request.params.id)),
  );

  app.get(
    '/award-decisions/:id/certificates.pdf',
    {
      schema: {
        tags,
        description:
          'Certificates (Bằng khen, Giấy khen), one A4 landscape page per award in force, or one with ?award=; audited; 409 for a revoked decision.',
        params: idParamsSchema,
        querystring: certificatesQuerySchema,
      },
    },
    async (request, reply) => {
      const file = await printCertificates(actorCtx(request), request.params.id, request.query.award);
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', contentDisposition(file.fileName))
        .header('cache-control', 'private, no-store')
        .header('x-certificates-count', String(file.count))
        .send(file.stream);
    },
  );

  app.get(
    '/proposals/:id/cover-letter.docx',
    {
      schema: {
        tags,
        description: 'The cover letter (tờ trình) of a proposal with its recipients and a summary of each achievement.',
        params: idParamsSchema,
      },
    },
    async (request, reply) => sendDocx(reply, await printCoverLetter(actorCtx(request), request.params.id)),
  );

  app.get(
    '/council-meetings/:id/minutes.docx',
    {
      schema: {
        tags,
        description: 'The council meeting’s minutes: attendance, recusals and the secret ballot’s tallies.',
        params: idParamsSchema,
      },
    },
    async (request, reply) => sendDocx(reply, await printMinutes(actorCtx(request), request.params.id)),
  );
};
