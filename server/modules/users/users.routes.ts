// Routes: GET /users · POST /users · POST /users/:id/grants · DELETE /users/:id/grants/:grantId
//         POST /users/:id/revoke-sessions · PUT /users/:id/person
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParamsSchema, idSchema, okSchema } from '../../../shared/contracts/common.ts';
import {
  addGrantBodySchema,
  createUserBodySchema,
  userListSchema,
  userSchema,
} from '../../../shared/contracts/users.ts';
import { linkUserPersonBodySchema } from '../../../shared/contracts/self-service.ts';
import { actorCtx } from '../../http/request-context.ts';
import { linkUserPerson } from './user-person.ts';
import { addGrant, createUser, findUsers, removeGrant, revokeUserSessions } from './users.service.ts';

const tags = ['users'];

export const usersRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/users', { schema: { tags, response: { 200: userListSchema } } }, async (request) => ({
    items: await findUsers(actorCtx(request)),
  }));

  app.post(
    '/users',
    { schema: { tags, body: createUserBodySchema, response: { 201: userSchema } } },
    async (request, reply) => reply.status(201).send(await createUser(actorCtx(request), request.body)),
  );

  app.post(
    '/users/:id/grants',
    { schema: { tags, params: idParamsSchema, body: addGrantBodySchema, response: { 200: userSchema } } },
    async (request) => addGrant(actorCtx(request), request.params.id, request.body),
  );

  app.delete(
    '/users/:id/grants/:grantId',
    { schema: { tags, params: z.object({ id: idSchema, grantId: idSchema }).strict(), response: { 200: userSchema } } },
    async (request) => removeGrant(actorCtx(request), request.params.id, request.params.grantId),
  );

  app.put(
    '/users/:id/person',
    {
      schema: {
        tags,
        description:
          'Links the login to the member record it belongs to (null unlinks); audited. 409 when the person belongs to another login.',
        params: idParamsSchema,
        body: linkUserPersonBodySchema,
        response: { 200: userSchema },
      },
    },
    async (request) => linkUserPerson(actorCtx(request), request.params.id, request.body.personId),
  );

  app.post(
    '/users/:id/revoke-sessions',
    { schema: { tags, params: idParamsSchema, response: { 200: okSchema } } },
    async (request) => {
      await revokeUserSessions(actorCtx(request), request.params.id);
      return { ok: true as const };
    },
  );
};
