// The audit log contract: who changed what, when, with the values before and after.
import { z } from 'zod';
import { isoDateSchema, pageOf, pageQuerySchema } from './common.ts';

export const auditEntrySchema = z.object({
  id: z.number().int(),
  at: z.string(),
  userId: z.number().int().nullable(),
  username: z.string().nullable(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string(),
  unitId: z.number().int().nullable(),
  unitName: z.string().nullable(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
  requestId: z.string().nullable(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const auditQuerySchema = pageQuerySchema
  .extend({
    userId: z.coerce.number().int().positive().optional(),
    /** Entries about this unit or any unit below it. */
    unitId: z.coerce.number().int().positive().optional(),
    entity: z.string().max(50).optional(),
    entityId: z.string().max(100).optional(),
    action: z.string().max(100).optional(),
    from: isoDateSchema.optional(),
    to: isoDateSchema.optional(),
  })
  .strict();

export const auditPageSchema = pageOf(auditEntrySchema);
