// buildApp: the whole HTTP application on a given database, used by main.ts and by every API test.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import cookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from './config.ts';
import type { Database } from './db/client.ts';
import { registerErrorHandling } from './http/error-handler.ts';
import { registerOpenApi } from './http/openapi.ts';
import { registerRequestContext } from './http/request-context.ts';
import { auditRoutes } from './modules/audit/audit.routes.ts';
import { authRoutes } from './modules/auth/auth.routes.ts';
import { healthRoutes } from './modules/health/health.routes.ts';
import { importJobsRoutes } from './modules/members/import/import-jobs.routes.ts';
import { importRoutes } from './modules/members/import/import.routes.ts';
import { membersRoutes } from './modules/members/members.routes.ts';
import { memberCardRoutes } from './modules/members/card/card.routes.ts';
import { selfServiceRoutes } from './modules/self-service/self-service.routes.ts';
import { indicatorsRoutes } from './modules/targets/indicators.routes.ts';
import { targetsRoutes } from './modules/targets/targets.routes.ts';
import { attachmentsRoutes } from './modules/attachments/attachments.routes.ts';
import { initiativesRoutes } from './modules/initiatives/initiatives.routes.ts';
import { performanceRatingsRoutes } from './modules/performance-ratings/performance-ratings.routes.ts';
import { awardsRoutes } from './modules/awards/awards.routes.ts';
import { catalogueRoutes } from './modules/awards/catalogue.routes.ts';
import { eligibilityChecksRoutes } from './modules/eligibility-checks/eligibility-checks.routes.ts';
import { movementsRoutes } from './modules/movements/movements.routes.ts';
import { movementScoresRoutes } from './modules/movement-scores/movement-scores.routes.ts';
import { proposalsRoutes } from './modules/proposals/proposals.routes.ts';
import { councilRoutes } from './modules/council/council.routes.ts';
import { awardDocumentsRoutes } from './modules/award-documents/award-documents.routes.ts';
import { awardStatsRoutes } from './modules/award-stats/award-stats.routes.ts';
import { notificationsRoutes } from './modules/notifications/notifications.routes.ts';
import { unitsRoutes } from './modules/units/units.routes.ts';
import { usersRoutes } from './modules/users/users.routes.ts';

declare module 'fastify' {
  interface FastifyInstance {
    config: Config;
  }
}

export type BuildOptions = {
  config: Config;
  db: Database;
  /** Folder of the built web app; served when it exists. */
  webRoot?: string | null;
  logger?: boolean;
};

export function defaultWebRoot(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const root = here.includes(`${path.sep}dist${path.sep}`)
    ? here.split(`${path.sep}dist${path.sep}`)[0]!
    : path.resolve(here, '..');
  return path.join(root, 'dist', 'web');
}

export async function buildApp(options: BuildOptions): Promise<FastifyInstance> {
  const { config, db } = options;
  const app = Fastify({
    logger:
      options.logger === false
        ? false
        : { level: config.logLevel, redact: ['req.headers.cookie', 'req.headers["x-csrf-token"]'] },
    bodyLimit: config.bodyLimit,
    trustProxy: config.trustProxy,
    genReqId: () => crypto.randomUUID(),
    return503OnClosing: true,
  }).withTypeProvider<ZodTypeProvider>();
  // On close, idle keep-alive connections are dropped at once; the ones answering in-flight requests
  // are told to close with their response, so a stop does not wait out the keep-alive timeout.
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  app.addHook('onSend', async (_request, reply) => {
    if (closing) void reply.header('connection', 'close');
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate('config', config);

  const webRoot = options.webRoot === undefined ? defaultWebRoot() : options.webRoot;
  const spa = Boolean(webRoot && fs.existsSync(path.join(webRoot, 'index.html')));
  registerErrorHandling(app, { spa });
  await app.register(cookie);
  await registerOpenApi(app);
  registerRequestContext(app, db, config);

  await app.register(healthRoutes(db));
  await app.register(
    async (api) => {
      await api.register(authRoutes);
      await api.register(unitsRoutes);
      await api.register(membersRoutes);
      await api.register(importRoutes);
      await api.register(importJobsRoutes);
      await api.register(memberCardRoutes);
      await api.register(selfServiceRoutes);
      await api.register(auditRoutes);
      await api.register(usersRoutes);
      await api.register(targetsRoutes);
      await api.register(indicatorsRoutes);
      await api.register(attachmentsRoutes);
      await api.register(initiativesRoutes);
      await api.register(performanceRatingsRoutes);
      await api.register(awardsRoutes);
      await api.register(catalogueRoutes);
      await api.register(eligibilityChecksRoutes);
      await api.register(movementsRoutes);
      await api.register(movementScoresRoutes);
      await api.register(proposalsRoutes);
      await api.register(councilRoutes);
      await api.register(awardDocumentsRoutes);
      await api.register(awardStatsRoutes);
      await api.register(notificationsRoutes);
    },
    { prefix: '/api/v1' },
  );
  if (spa && webRoot) {
    // The wildcard serves files built after the start too; a missing file falls to the not-found handler.
    await app.register(fastifyStatic, { root: webRoot, wildcard: true, index: ['index.html'] });
  }
  return app;
}
