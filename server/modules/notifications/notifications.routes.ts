// SCAFFOLD: replaced by the module's routes.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

export const notificationsRoutes: FastifyPluginAsyncZod = async () => {};
