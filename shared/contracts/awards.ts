// Awards conferred on people and collectives, the eligibility check and candidate suggestions over them, and
// the catalogue as the administrator edits it.
import { z } from 'zod';
import { idSchema, isoDateSchema, pageOf } from './common.ts';
import {
  authorities,
  awardTypeSchema,
  eligibilityResultSchema,
  occasions,
  reasonSchema,
  verdicts,
  type Occasion,
  type Verdict,
} from './emulation.ts';

type Authority = (typeof authorities)[number];
const label = (vi: string, en: string) => ({ vi, en });

export const authorityLabels: Record<Authority, { vi: string; en: string }> = {
  president: label('Chủ tịch nước', 'President'),
  government: label('Chính phủ', 'Government'),
  prime_minister: label('Thủ tướng Chính phủ', 'Prime Minister'),
  minister: label('Bộ trưởng', 'Minister'),
  mass_organisation_head: label('Người đứng đầu tổ chức chính trị - xã hội', 'Head of a mass organisation'),
  provincial_pc_chair: label('Chủ tịch UBND tỉnh', 'Provincial People’s Committee chair'),
  district_pc_chair: label('Chủ tịch UBND huyện', 'District People’s Committee chair'),
  commune_pc_chair: label('Chủ tịch UBND xã', 'Commune People’s Committee chair'),
  peoples_committee: label('Ủy ban nhân dân', 'People’s Committee'),
  department_director: label('Giám đốc Sở', 'Department director'),
  unit_head: label('Thủ trưởng cơ quan, đơn vị', 'Head of the agency or unit'),
  enterprise_head: label('Người đứng đầu doanh nghiệp', 'Head of the enterprise'),
  armed_forces_command: label('Chỉ huy lực lượng vũ trang', 'Armed forces command'),
};

export const occasionLabels: Record<Occasion, { vi: string; en: string }> = {
  regular: label('Thường xuyên', 'Regular'),
  thematic: label('Theo chuyên đề', 'Thematic'),
  ad_hoc: label('Đột xuất', 'Ad-hoc'),
  lifetime_service: label('Quá trình cống hiến', 'Lifetime service'),
  length_of_service: label('Niên hạn', 'Length of service'),
  influential_achievement: label('Thành tích có phạm vi ảnh hưởng', 'Influential achievement'),
  foreign_relations: label('Đối ngoại', 'Foreign relations'),
  period_review: label('Sơ kết, tổng kết', 'Period review'),
};

export const verdictLabels: Record<Verdict, { vi: string; en: string }> = {
  eligible: label('Đủ điều kiện', 'Eligible'),
  ineligible: label('Chưa đủ điều kiện', 'Not eligible'),
  needs_review: label('Cần xem xét', 'Needs review'),
};

const trimmed = (max: number) => z.string().trim().min(1).max(max);
const year = z.coerce.number().int().min(1945).max(2100);

/** Who decided: a union unit of the tree, or an outside authority among the form's conferrers in the catalogue. */
export const deciderSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('unit'), unitCode: trimmed(50) }).strict(),
  z
    .object({ kind: z.literal('authority'), authority: z.enum(authorities), organisation: trimmed(200).optional() })
    .strict(),
]);
export type Decider = z.infer<typeof deciderSchema>;

export const createAwardBodySchema = z
  .object({
    personId: idSchema.optional(),
    unitCode: trimmed(50).optional(),
    code: trimmed(50),
    year,
    decisionNo: trimmed(60),
    decisionDate: isoDateSchema,
    decider: deciderSchema,
    occasion: z.enum(occasions).default('regular'),
    note: z.string().trim().max(2000).optional(),
  })
  .strict()
  .refine((body) => (body.personId === undefined) !== (body.unitCode === undefined), {
    message: 'Chọn một người hoặc một tập thể.',
    path: ['personId'],
  });
/** What the web sends (the schema's input, with its coerced numbers as numbers). */
export type CreateAwardBody = Omit<z.input<typeof createAwardBodySchema>, 'personId' | 'year'> & {
  personId?: number;
  year: number;
};
export type CreateAwardInput = z.infer<typeof createAwardBodySchema>;

export const revokeAwardBodySchema = z.object({ reason: trimmed(1000) }).strict();
export type RevokeAwardBody = z.infer<typeof revokeAwardBodySchema>;

export const awardSchema = z.object({
  id: z.number().int(),
  code: z.string(),
  /** The name as printed in the catalogue version the award was given under. */
  nameVi: z.string(),
  nameEn: z.string(),
  catalogueVersion: z.number().int(),
  recipient: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('individual'), personId: z.number().int(), fullName: z.string() }),
    z.object({ kind: z.literal('collective'), unitId: z.number().int(), code: z.string(), name: z.string() }),
  ]),
  year: z.number().int(),
  occasion: z.enum(occasions),
  decision: z.object({
    id: z.number().int(),
    decisionNo: z.string(),
    decisionDate: z.string(),
    deciderName: z.string(),
    deciderUnitCode: z.string().nullable(),
    deciderAuthority: z.enum(authorities).nullable(),
  }),
  note: z.string().nullable(),
  revoked: z.boolean(),
  revokedReason: z.string().nullable(),
  abilities: z.object({ revoke: z.boolean() }),
});
export type Award = z.infer<typeof awardSchema>;

export const awardListQuerySchema = z
  .object({ person: idSchema.optional(), unit: trimmed(50).optional() })
  .strict()
  .refine((query) => (query.person === undefined) !== (query.unit === undefined), {
    message: 'Cần đúng một trong person hoặc unit.',
    path: ['person'],
  });
export const awardListSchema = z.object({ items: z.array(awardSchema), canCreate: z.boolean() });
export type AwardList = z.infer<typeof awardListSchema>;

/** The forms an officer can pick: the current catalogue, short. */
export const awardTypeOptionSchema = z.object({
  code: z.string(),
  nameVi: z.string(),
  nameEn: z.string(),
  recipientKinds: z.array(z.string()),
  level: z.string(),
  authorities: z.array(z.enum(authorities)),
  version: z.number().int(),
});
export type AwardTypeOption = z.infer<typeof awardTypeOptionSchema>;
export const awardTypeOptionsSchema = z.object({ items: z.array(awardTypeOptionSchema) });

export const eligibilityCheckBodySchema = z
  .object({ personId: idSchema.optional(), unitCode: trimmed(50).optional(), code: trimmed(50), year })
  .strict()
  .refine((body) => (body.personId === undefined) !== (body.unitCode === undefined), {
    message: 'Chọn một người hoặc một tập thể.',
    path: ['personId'],
  });
export type EligibilityCheckBody = { personId?: number; unitCode?: string; code: string; year: number };
export type EligibilityCheckInput = z.infer<typeof eligibilityCheckBodySchema>;

export const eligibilityCheckSchema = z.object({
  recipient: z.object({ kind: z.enum(['individual', 'collective']), id: z.number().int(), name: z.string() }),
  award: z.object({ code: z.string(), nameVi: z.string(), nameEn: z.string() }),
  result: eligibilityResultSchema,
});
export type EligibilityCheck = z.infer<typeof eligibilityCheckSchema>;

export const candidatesQuerySchema = z
  .object({
    unit: trimmed(50).optional(),
    code: trimmed(50),
    year,
    page: z.coerce.number().int().min(1).default(1),
    pageSize: z.coerce.number().int().min(1).max(200).default(50),
  })
  .strict();
export type CandidatesQuery = { unit?: string; code: string; year: number; page?: number; pageSize?: number };
export type CandidatesInput = z.infer<typeof candidatesQuerySchema>;

export const candidateSchema = z.object({
  personId: z.number().int(),
  fullName: z.string(),
  unit: z.object({ id: z.number().int(), code: z.string(), name: z.string() }),
  verdict: z.enum(verdicts),
  /** Judgments people still have to make, explained. */
  pending: z.array(reasonSchema),
});
export type Candidate = z.infer<typeof candidateSchema>;

export const candidatesSchema = pageOf(candidateSchema).extend({
  unit: z.object({ id: z.number().int(), code: z.string(), name: z.string() }),
  award: z.object({ code: z.string(), nameVi: z.string(), nameEn: z.string() }),
  year: z.number().int(),
  evaluated: z.number().int(),
  criteriaKnown: z.boolean(),
});
export type Candidates = z.infer<typeof candidatesSchema>;

export const catalogueEntrySchema = z.object({
  code: z.string(),
  version: z.number().int(),
  definition: awardTypeSchema,
  changeNote: z.string().nullable(),
  createdAt: z.string(),
});
export type CatalogueEntry = z.infer<typeof catalogueEntrySchema>;
export const catalogueListSchema = z.object({ items: z.array(catalogueEntrySchema), canEdit: z.boolean() });
export type CatalogueList = z.infer<typeof catalogueListSchema>;
export const catalogueHistorySchema = z.object({ items: z.array(catalogueEntrySchema) });

export const updateCatalogueEntryBodySchema = z
  .object({ definition: awardTypeSchema, changeNote: trimmed(1000) })
  .strict();
export type UpdateCatalogueEntryBody = z.infer<typeof updateCatalogueEntryBodySchema>;

export const awardIdParamsSchema = z.object({ id: idSchema }).strict();
export const catalogueCodeParamsSchema = z.object({ code: trimmed(50) }).strict();
