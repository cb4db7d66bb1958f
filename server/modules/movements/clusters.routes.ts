// Routes: GET /emulation-clusters · POST /emulation-clusters · GET /emulation-clusters/:id
//         PATCH /emulation-clusters/:id · DELETE /emulation-clusters/:id
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParamsSchema, okSchema } from '../../../shared/contracts/common.ts';
import { clusterBodySchema, clusterListQuerySchema, clusterSchema } from '../../../shared/contracts/movements.ts';
import { actorCtx } from '../../http/request-context.ts';
import { createCluster, deleteCluster, findClusters, getCluster, updateCluster } from './clusters.service.ts';

const tags = ['emulation-clusters'];

export const clustersRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/emulation-clusters',
    {
      schema: {
        tags,
        description:
          'Clusters and blocs organised by or including a unit in the actor’s scope; `year`: valid that year. At most 500 are sent: `total` counts them all and `truncated` says when some were left out.',
        querystring: clusterListQuerySchema,
        response: { 200: z.object({ items: z.array(clusterSchema), total: z.number().int(), truncated: z.boolean() }) },
      },
    },
    async (request) => findClusters(actorCtx(request), request.query.year),
  );

  app.post(
    '/emulation-clusters',
    {
      schema: {
        tags,
        description: 'A cluster or bloc of units under an organising unit the actor keeps. Audited.',
        body: clusterBodySchema,
        response: { 201: clusterSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await createCluster(actorCtx(request), request.body)),
  );

  app.get(
    '/emulation-clusters/:id',
    { schema: { tags, params: idParamsSchema, response: { 200: clusterSchema } } },
    async (request) => getCluster(actorCtx(request), request.params.id),
  );

  app.patch(
    '/emulation-clusters/:id',
    {
      schema: {
        tags,
        description: 'The whole form again. Audited.',
        params: idParamsSchema,
        body: clusterBodySchema,
        response: { 200: clusterSchema },
      },
    },
    async (request) => updateCluster(actorCtx(request), request.params.id, request.body),
  );

  app.delete(
    '/emulation-clusters/:id',
    {
      schema: {
        tags,
        description: 'Deletes a cluster never ranked and without agreements. Audited.',
        params: idParamsSchema,
        response: { 200: okSchema },
      },
    },
    async (request) => {
      await deleteCluster(actorCtx(request), request.params.id);
      return { ok: true as const };
    },
  );
};
