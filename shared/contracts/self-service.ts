// The member's own record and their requests to correct it, decided by an officer of their union.
import { z } from 'zod';
import { idSchema, pageQuerySchema, pageOf } from './common.ts';
import { memberDetailSchema, updateMemberBodySchema } from './members.ts';

/** The personal fields a member may ask to correct; card number and placement stay with the officers. */
export const correctableFields = [
  'fullName',
  'gender',
  'birthDate',
  'birthYear',
  'ethnicity',
  'religion',
  'citizenId',
  'phone',
  'email',
  'qualification',
  'position',
] as const;
export type CorrectableField = (typeof correctableFields)[number];

/** Field → new value, checked by the same rules as the officers' edit form. */
export const correctionChangesSchema = updateMemberBodySchema
  .omit({ cardNumber: true })
  .refine((changes) => Object.keys(changes).length > 0, { message: 'changes: at least one field' });

export const createCorrectionBodySchema = z
  .object({
    changes: correctionChangesSchema,
    /** Why the record is wrong, e.g. "Đổi số điện thoại từ tháng 3/2026". */
    reason: z.string().trim().min(3).max(1000),
  })
  .strict();
export type CreateCorrectionBody = z.input<typeof createCorrectionBodySchema>;

const valueSchema = z.union([z.string(), z.number(), z.null()]);

/** One field of a request: the value the member saw and the one they ask for. */
export const correctionChangeSchema = z.object({
  field: z.enum(correctableFields),
  from: valueSchema,
  to: valueSchema,
});
export type CorrectionChange = z.infer<typeof correctionChangeSchema>;

export const correctionStatuses = ['pending', 'approved', 'rejected', 'withdrawn'] as const;
export type CorrectionStatus = (typeof correctionStatuses)[number];

const userRefSchema = z.object({ id: z.number().int(), displayName: z.string() });
const unitRefSchema = z.object({ id: z.number().int(), code: z.string(), name: z.string() });

export const correctionRequestSchema = z.object({
  id: z.number().int(),
  person: z.object({ id: z.number().int(), displayName: z.string(), unit: unitRefSchema.nullable() }),
  changes: z.array(correctionChangeSchema),
  reason: z.string(),
  status: z.enum(correctionStatuses),
  createdAt: z.string(),
  requestedBy: userRefSchema,
  decidedBy: userRefSchema.nullable(),
  decidedAt: z.string().nullable(),
  decisionNote: z.string().nullable(),
  /** What the viewer may do with it: decided by the server's policy. */
  abilities: z.object({ approve: z.boolean(), reject: z.boolean(), withdraw: z.boolean() }),
});
export type CorrectionRequest = z.infer<typeof correctionRequestSchema>;

export const correctionPageSchema = pageOf(correctionRequestSchema);
/** The member's own requests, newest first: few enough to send whole. */
export const ownCorrectionListSchema = z.object({ items: z.array(correctionRequestSchema) });
export type CorrectionPage = z.infer<typeof correctionPageSchema>;

export const correctionListQuerySchema = pageQuerySchema
  .extend({
    status: z.enum([...correctionStatuses, 'all']).default('pending'),
    /** One person's requests, for their member page. */
    personId: idSchema.optional(),
  })
  .strict();

export const correctionSummarySchema = z.object({ pending: z.number().int() });

export const approveCorrectionBodySchema = z.object({ note: z.string().trim().max(1000).optional() }).strict();
export const rejectCorrectionBodySchema = z.object({ note: z.string().trim().min(3).max(1000) }).strict();

/** "Hồ sơ của tôi": the member's record (their own citizen ID in full) and whether a card can be printed. */
export const ownMemberSchema = z.object({
  member: memberDetailSchema,
  card: z.object({ available: z.boolean() }),
});
export type OwnMember = z.infer<typeof ownMemberSchema>;

/** An administrator links a login to the person it belongs to (or unlinks it with null). */
export const linkUserPersonBodySchema = z.object({ personId: z.number().int().positive().nullable() }).strict();
