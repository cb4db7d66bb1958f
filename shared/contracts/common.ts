// Pieces every contract uses: ids, dates, pages and the error envelope.
import { z } from 'zod';

export const idSchema = z.coerce.number().int().positive();
/** Calendar date as the API carries it: 'YYYY-MM-DD'. */
export const isoDateSchema = z.iso.date();

export const idParamsSchema = z.object({ id: idSchema }).strict();

export const pageQuerySchema = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
});

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  });
}

export const errorResponseSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    messageEn: z.string(),
    details: z.unknown().optional(),
    requestId: z.string(),
  }),
});
export type ErrorResponse = z.infer<typeof errorResponseSchema>;

export const okSchema = z.object({ ok: z.literal(true) });
