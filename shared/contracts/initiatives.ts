// The register of initiatives, works and products and research projects: records, authors, status, statistics.
import { z } from 'zod';
import { isoDateSchema, pageQuerySchema } from './common.ts';
import { recognitionLevels, type AchievementKind, type RecognitionLevel } from './emulation.ts';

/** The kinds the register keeps; the engine's AchievementKind also has combat solutions, which are not entered here. */
export const initiativeKinds = ['initiative', 'work_product', 'research'] as const satisfies readonly AchievementKind[];
export type InitiativeKind = (typeof initiativeKinds)[number];
export const initiativeStatuses = ['submitted', 'recognised', 'rejected'] as const;
export type InitiativeStatus = (typeof initiativeStatuses)[number];
export const initiativeApplications = ['applied', 'trial', 'none'] as const;
export type InitiativeApplication = (typeof initiativeApplications)[number];
/** Workflow steps; which one applies from which status is the server's rule, sent as abilities. */
export const initiativeActions = ['recognise', 'reject', 'reopen'] as const;
export type InitiativeAction = (typeof initiativeActions)[number];

export const initiativeKindLabels: Record<InitiativeKind, { vi: string; en: string; statVi: string; statEn: string }> =
  {
    initiative: {
      vi: 'Sáng kiến, cải tiến kỹ thuật, giải pháp',
      en: 'Initiative or technical improvement',
      statVi: 'sáng kiến cải tiến kỹ thuật',
      statEn: 'technical-improvement initiatives',
    },
    work_product: {
      vi: 'Công trình, sản phẩm',
      en: 'Work or product',
      statVi: 'công trình sản phẩm',
      statEn: 'works and products',
    },
    research: {
      vi: 'Đề tài nghiên cứu khoa học',
      en: 'Research project',
      statVi: 'đề tài',
      statEn: 'research projects',
    },
  };
export const recognitionLevelLabels: Record<RecognitionLevel, { vi: string; en: string }> = {
  grassroots: { vi: 'Cấp cơ sở', en: 'Grassroots' },
  ministry_province: { vi: 'Cấp Bộ, ngành, tỉnh', en: 'Ministry, sector or province' },
  national: { vi: 'Cấp toàn quốc', en: 'National' },
};
export const initiativeStatusLabels: Record<InitiativeStatus, { vi: string; en: string }> = {
  submitted: { vi: 'Đã đăng ký, chờ công nhận', en: 'Submitted' },
  recognised: { vi: 'Đã công nhận', en: 'Recognised' },
  rejected: { vi: 'Không công nhận', en: 'Rejected' },
};
export const initiativeApplicationLabels: Record<InitiativeApplication, { vi: string; en: string }> = {
  applied: { vi: 'Đã áp dụng', en: 'Applied' },
  trial: { vi: 'Áp dụng thử', en: 'On trial' },
  none: { vi: 'Chưa áp dụng', en: 'Not applied' },
};

/** Đồng are whole; the largest sum a bigint carries exactly in a JavaScript number. */
export const MAX_BENEFIT_VND = Number.MAX_SAFE_INTEGER;

const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();

export const authorInputSchema = z
  .object({
    personId: z.number().int().positive(),
    /** Percent with at most two decimals; all shares of a record sum to exactly 100. */
    sharePercent: z.number().gt(0).max(100),
  })
  .strict();

export const initiativeBodySchema = z
  .object({
    kind: z.enum(initiativeKinds),
    title: text(500),
    field: optionalText(200),
    unitId: z.number().int().positive(),
    submittedOn: isoDateSchema,
    benefitVnd: z.number().int().min(0).max(MAX_BENEFIT_VND).nullable().optional(),
    appliedAt: optionalText(500),
    application: z.enum(initiativeApplications).default('applied'),
    accepted: z.boolean().default(false),
    authors: z.array(authorInputSchema).min(1).max(50),
    attachmentIds: z.array(z.number().int().positive()).max(20).default([]),
  })
  .strict();
export type InitiativeBody = z.input<typeof initiativeBodySchema>;

export const recogniseBodySchema = z
  .object({ recognitionLevel: z.enum(recognitionLevels), decisionNo: text(100), decisionDate: isoDateSchema })
  .strict();
export type RecogniseBody = z.infer<typeof recogniseBodySchema>;
export const rejectBodySchema = z.object({ reason: text(1000) }).strict();
export type RejectBody = z.infer<typeof rejectBodySchema>;

const unitRefSchema = z.object({ id: z.number().int(), code: z.string(), name: z.string() });

export const initiativeAuthorSchema = z.object({
  personId: z.number().int(),
  fullName: z.string(),
  titles: z.array(z.string()),
  sharePercent: z.number(),
});
export type InitiativeAuthor = z.infer<typeof initiativeAuthorSchema>;

export const initiativeFileSchema = z.object({
  id: z.number().int(),
  fileName: z.string(),
  mimeType: z.string(),
  byteSize: z.number().int(),
});

export const initiativeAbilitiesSchema = z.object({
  update: z.boolean(),
  delete: z.boolean(),
  recognise: z.boolean(),
  reject: z.boolean(),
  reopen: z.boolean(),
});
export type InitiativeAbilities = z.infer<typeof initiativeAbilitiesSchema>;

export const initiativeSchema = z.object({
  id: z.number().int(),
  kind: z.enum(initiativeKinds),
  title: z.string(),
  field: z.string().nullable(),
  unit: unitRefSchema,
  submittedOn: z.string(),
  status: z.enum(initiativeStatuses),
  recognitionLevel: z.enum(recognitionLevels).nullable(),
  decisionNo: z.string().nullable(),
  decisionDate: z.string().nullable(),
  rejectionReason: z.string().nullable(),
  benefitVnd: z.number().nullable(),
  appliedAt: z.string().nullable(),
  application: z.enum(initiativeApplications),
  accepted: z.boolean(),
  authors: z.array(initiativeAuthorSchema),
  files: z.array(initiativeFileSchema),
  abilities: initiativeAbilitiesSchema,
});
export type Initiative = z.infer<typeof initiativeSchema>;

const yearSchema = z.coerce.number().int().min(1945).max(2100);

export const initiativeListQuerySchema = pageQuerySchema
  .extend({
    /** Unit code: that unit and its subtree. */
    unit: z.string().trim().min(1).max(40).optional(),
    kind: z.enum(initiativeKinds).optional(),
    level: z.enum(recognitionLevels).optional(),
    status: z.enum(initiativeStatuses).optional(),
    /** The year of the decision, or of the submission while there is none. */
    year: yearSchema.optional(),
    /** Records one person is an author of. */
    person: z.coerce.number().int().positive().optional(),
    /** Words of the title, the field or an author's name, accents optional. */
    q: z.string().trim().max(200).optional(),
  })
  .strict();
export type InitiativeListQuery = z.infer<typeof initiativeListQuerySchema>;

export const initiativeStatsQuerySchema = z
  .object({
    unit: z.string().trim().min(1).max(40).optional(),
    fromYear: yearSchema,
    toYear: yearSchema,
  })
  .strict()
  .refine((q) => q.fromYear <= q.toYear, { message: 'fromYear ≤ toYear', path: ['toYear'] });
export type InitiativeStatsQuery = z.infer<typeof initiativeStatsQuerySchema>;

/** Recognised records whose decision falls in the years, over the subtree; pending ones counted apart. */
export const initiativeStatsSchema = z.object({
  unit: unitRefSchema,
  fromYear: z.number().int(),
  toYear: z.number().int(),
  byKind: z.array(z.object({ kind: z.enum(initiativeKinds), count: z.number().int(), benefitVnd: z.number() })),
  byLevel: z.array(z.object({ level: z.enum(recognitionLevels), count: z.number().int() })),
  recognised: z.number().int(),
  benefitVnd: z.number(),
  /** Submitted in the years and still waiting, and rejected in the years. */
  submitted: z.number().int(),
  rejected: z.number().int(),
  /** "2.327 sáng kiến cải tiến kỹ thuật, 935 công trình sản phẩm, 1.576 đề tài". */
  sentenceVi: z.string(),
  sentenceEn: z.string(),
});
export type InitiativeStats = z.infer<typeof initiativeStatsSchema>;
