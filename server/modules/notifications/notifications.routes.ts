// Routes: GET /notifications · GET /notifications/count · POST /notifications/:id/read · POST /notifications/read-all
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  notificationCountSchema,
  notificationIdParamsSchema,
  notificationListQuerySchema,
  notificationListSchema,
  notificationSchema,
  readAllResultSchema,
} from '../../../shared/contracts/notifications.ts';
import { actorCtx } from '../../http/request-context.ts';
import {
  findNotifications,
  getNotificationCount,
  readAllNotifications,
  readNotification,
} from './notifications.service.ts';

const tags = ['notifications'];

export const notificationsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/notifications',
    {
      schema: {
        tags,
        description: 'The signed-in user’s notifications, unread first, newest first, a page at a time.',
        querystring: notificationListQuerySchema,
        response: { 200: notificationListSchema },
      },
    },
    async (request) => findNotifications(actorCtx(request), request.query),
  );

  app.get(
    '/notifications/count',
    {
      schema: { tags, description: 'Unread notifications, for the bell.', response: { 200: notificationCountSchema } },
    },
    async (request) => getNotificationCount(actorCtx(request)),
  );

  app.post(
    '/notifications/read-all',
    {
      schema: {
        tags,
        description: 'Marks every unread notification of the user read. Audited once, with the count.',
        response: { 200: readAllResultSchema },
      },
    },
    async (request) => readAllNotifications(actorCtx(request)),
  );

  app.post(
    '/notifications/:id/read',
    {
      schema: {
        tags,
        description: 'Marks one of the user’s notifications read (another user’s: 404). Audited.',
        params: notificationIdParamsSchema,
        response: { 200: notificationSchema },
      },
    },
    async (request) => readNotification(actorCtx(request), request.params.id),
  );
};
