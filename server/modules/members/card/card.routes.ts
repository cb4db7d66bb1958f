// Routes: GET /members/:id/card.pdf · GET /members/cards.pdf?unit=CODE · GET /members/verify/:cardNumber
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParamsSchema } from '../../../../shared/contracts/common.ts';
import {
  cardNumberParamsSchema,
  cardVerificationSchema,
  memberCardsQuerySchema,
} from '../../../../shared/contracts/member-card.ts';
import { actorCtx } from '../../../http/request-context.ts';
import { printMemberCard, printUnionCards } from './card.service.ts';
import { verifyCard } from './card-verify.ts';
import { publicUrlOf } from './public-url.ts';

const tags = ['members'];

export const memberCardRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/members/:id/card.pdf',
    {
      schema: {
        tags,
        description: 'The membership card (85.6 × 54 mm PDF) with a QR code to its verification page; audited.',
        params: idParamsSchema,
      },
    },
    async (request, reply) => {
      const { pdf, filename } = await printMemberCard(actorCtx(request), request.params.id, publicUrlOf(request));
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', `inline; filename="${filename}"`)
        .send(pdf);
    },
  );

  app.get(
    '/members/cards.pdf',
    {
      schema: {
        tags,
        description:
          'The cards of a grassroots union, 8 to an A4 sheet with cut marks; members without a card number are left out (X-Cards-Skipped); audited.',
        querystring: memberCardsQuerySchema,
      },
    },
    async (request, reply) => {
      const batch = await printUnionCards(actorCtx(request), request.query.unit, publicUrlOf(request));
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', `inline; filename="${batch.filename}"`)
        .header('x-cards-count', String(batch.count))
        .header('x-cards-skipped', String(batch.skipped))
        .send(batch.stream);
    },
  );

  app.get(
    '/members/verify/:cardNumber',
    { schema: { tags, params: cardNumberParamsSchema, response: { 200: cardVerificationSchema } } },
    async (request) => verifyCard(actorCtx(request), request.params.cardNumber),
  );
};
