// The address printed on documents (a card's QR code): CONGDOAN_PUBLIC_URL, else the host this request came to.
import type { FastifyRequest } from 'fastify';

/** 'https://congdoan.example.vn', without a trailing slash. */
export function publicUrlOf(request: FastifyRequest): string {
  return request.server.config.publicUrl ?? `${request.protocol}://${request.host}`;
}
