// The OpenAPI document, generated from the same zod schemas that validate requests; served at /api/docs.
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';

export async function registerOpenApi(app: FastifyInstance): Promise<void> {
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'CongDoan API',
        description:
          'API của CongDoan — quản lý công tác Công đoàn ngành Y tế. Session cookie from POST /api/v1/auth/login; ' +
          'state-changing requests carry the X-CSRF-Token header from the login response.',
        version: '1',
      },
      components: {
        securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'congdoan_session' } },
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
}
