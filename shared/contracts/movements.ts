// Emulation movements (phong trào thi đua): the movement with its covered units and score sheet, the clusters and
// blocs of peer units, the pledges units and people register, and the agreements units sign.
import { z } from 'zod';
import { isoDateSchema, pageQuerySchema } from './common.ts';

export const movementKinds = ['regular', 'thematic', 'periodic', 'peak', 'ad_hoc'] as const;
export type MovementKind = (typeof movementKinds)[number];
export const movementStatuses = ['draft', 'launched', 'closed'] as const;
export type MovementStatus = (typeof movementStatuses)[number];
export const clusterKinds = ['cluster', 'bloc'] as const;
export type ClusterKind = (typeof clusterKinds)[number];

export const movementKindLabels: Record<MovementKind, { vi: string; en: string }> = {
  regular: { vi: 'Thi đua thường xuyên', en: 'Regular' },
  thematic: { vi: 'Thi đua theo chuyên đề', en: 'Thematic' },
  periodic: { vi: 'Thi đua theo đợt', en: 'Periodic' },
  peak: { vi: 'Đợt thi đua cao điểm', en: 'Peak campaign' },
  ad_hoc: { vi: 'Thi đua đột xuất', en: 'Ad hoc' },
};
export const movementStatusLabels: Record<MovementStatus, { vi: string; en: string }> = {
  draft: { vi: 'Dự thảo', en: 'Draft' },
  launched: { vi: 'Đã phát động', en: 'Launched' },
  closed: { vi: 'Đã kết thúc', en: 'Closed' },
};
export const clusterKindLabels: Record<ClusterKind, { vi: string; en: string }> = {
  cluster: { vi: 'Cụm thi đua', en: 'Emulation cluster' },
  bloc: { vi: 'Khối thi đua', en: 'Emulation bloc' },
};

const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();
const yearSchema = z.coerce.number().int().min(1945).max(2100);
const id = z.number().int().positive();

export const unitRefSchema = z.object({ id: z.number().int(), code: z.string(), name: z.string() });
export type UnitRef = z.infer<typeof unitRefSchema>;
export const fileRefSchema = z.object({
  id: z.number().int(),
  fileName: z.string(),
  mimeType: z.string(),
  byteSize: z.number().int(),
});
export type FileRef = z.infer<typeof fileRefSchema>;

// ---- Movements ----

export const movementBodySchema = z
  .object({
    name: text(500),
    launchingUnitId: id,
    kind: z.enum(movementKinds),
    year: yearSchema,
    startsOn: isoDateSchema,
    endsOn: isoDateSchema,
    goals: optionalText(5000),
    pledgeDeadline: isoDateSchema.nullable().optional(),
    selfAssessmentDeadline: isoDateSchema.nullable().optional(),
    proposalDeadline: isoDateSchema.nullable().optional(),
    launchDocumentNo: optionalText(100),
    launchDocumentId: id.nullable().optional(),
  })
  .strict();
export type MovementBody = z.input<typeof movementBodySchema>;

/** A criterion of the score sheet; on the first level it may instead be a group of criteria. */
const criterionInput = z
  .object({
    title: text(1000),
    maxPoints: z.number().min(0).max(10_000),
    scale: optionalText(2000),
    evidenceRequired: optionalText(2000),
  })
  .strict();
export const criteriaBodySchema = z
  .object({
    items: z
      .array(
        criterionInput.extend({
          /** Non-empty: the item is a group and its points are the sum of its criteria. */
          children: z.array(criterionInput).max(100).default([]),
        }),
      )
      .max(100),
  })
  .strict();
export type CriteriaBody = z.input<typeof criteriaBodySchema>;

export const coveredUnitsBodySchema = z.object({ unitIds: z.array(id).max(2000) }).strict();
export const addGrassrootsBodySchema = z.object({ underUnitId: id }).strict();

export const criterionSchema = z.object({
  id: z.number().int(),
  title: z.string(),
  maxPoints: z.number(),
  scale: z.string().nullable(),
  evidenceRequired: z.string().nullable(),
});
export const criterionGroupSchema = criterionSchema.extend({ children: z.array(criterionSchema) });
export type Criterion = z.infer<typeof criterionSchema>;
export type CriterionGroup = z.infer<typeof criterionGroupSchema>;

export const movementAbilitiesSchema = z.object({
  update: z.boolean(),
  editSheet: z.boolean(),
  delete: z.boolean(),
  launch: z.boolean(),
  close: z.boolean(),
  manageAgreements: z.boolean(),
});
export type MovementAbilities = z.infer<typeof movementAbilitiesSchema>;

export const movementSummarySchema = z.object({
  id: z.number().int(),
  name: z.string(),
  kind: z.enum(movementKinds),
  status: z.enum(movementStatuses),
  year: z.number().int(),
  startsOn: z.string(),
  endsOn: z.string(),
  pledgeDeadline: z.string().nullable(),
  launchingUnit: unitRefSchema,
  coveredCount: z.number().int(),
});
export type MovementSummary = z.infer<typeof movementSummarySchema>;

export const movementSchema = movementSummarySchema.extend({
  goals: z.string().nullable(),
  selfAssessmentDeadline: z.string().nullable(),
  proposalDeadline: z.string().nullable(),
  launchDocumentNo: z.string().nullable(),
  launchDocument: fileRefSchema.nullable(),
  launchedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  criteria: z.array(criterionGroupSchema),
  totalPoints: z.number(),
  coveredUnits: z.array(unitRefSchema),
  abilities: movementAbilitiesSchema,
});
export type Movement = z.infer<typeof movementSchema>;

export const movementListQuerySchema = pageQuerySchema
  .extend({
    year: yearSchema.optional(),
    kind: z.enum(movementKinds).optional(),
    status: z.enum(movementStatuses).optional(),
  })
  .strict();
export type MovementListQuery = z.infer<typeof movementListQuerySchema>;

// ---- Pledges ----

export const pledgeBodySchema = z
  .object({
    unitId: id,
    /** Absent: the unit's collective pledge. */
    personId: id.nullable().optional(),
    awardCode: z.string().trim().min(1).max(40).nullable().optional(),
    targets: text(5000),
  })
  .strict();
export type PledgeBody = z.input<typeof pledgeBodySchema>;
export const pledgeUpdateBodySchema = z
  .object({ awardCode: z.string().trim().min(1).max(40).nullable().optional(), targets: text(5000) })
  .strict();

export const pledgeSchema = z.object({
  id: z.number().int(),
  movementId: z.number().int(),
  unit: unitRefSchema,
  person: z.object({ id: z.number().int(), fullName: z.string(), titles: z.array(z.string()) }).nullable(),
  awardCode: z.string().nullable(),
  awardName: z.string().nullable(),
  targets: z.string().nullable(),
  registeredOn: z.string(),
  abilities: z.object({ update: z.boolean(), withdraw: z.boolean() }),
});
export type Pledge = z.infer<typeof pledgeSchema>;

export const pledgeListQuerySchema = z.object({ unitId: z.coerce.number().int().positive().optional() }).strict();

export const registrationQuerySchema = z
  .object({
    unregistered: z
      .enum(['true', 'false'])
      .optional()
      .transform((value) => value === 'true'),
  })
  .strict();

/** One covered unit in the "who has registered" view. */
export const registrationRowSchema = z.object({
  unit: unitRefSchema,
  collectivePledge: z.boolean(),
  individualPledges: z.number().int(),
  canRegister: z.boolean(),
});
export const registrationsSchema = z.object({
  items: z.array(registrationRowSchema),
  covered: z.number().int(),
  registered: z.number().int(),
  pledgeDeadline: z.string().nullable(),
  open: z.boolean(),
});
export type Registrations = z.infer<typeof registrationsSchema>;
export type RegistrationRow = z.infer<typeof registrationRowSchema>;

// ---- Clusters and blocs ----

export const clusterBodySchema = z
  .object({
    name: text(300),
    kind: z.enum(clusterKinds),
    organisingUnitId: id,
    leaderUnitId: id.nullable().optional(),
    validFrom: yearSchema,
    validTo: yearSchema.nullable().optional(),
    unitIds: z.array(id).min(2).max(500),
  })
  .strict();
export type ClusterBody = z.input<typeof clusterBodySchema>;

export const clusterSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  kind: z.enum(clusterKinds),
  organisingUnit: unitRefSchema,
  leaderUnit: unitRefSchema.nullable(),
  validFrom: z.number().int(),
  validTo: z.number().int().nullable(),
  units: z.array(unitRefSchema),
  abilities: z.object({ update: z.boolean(), delete: z.boolean() }),
});
export type Cluster = z.infer<typeof clusterSchema>;
export const clusterListQuerySchema = z.object({ year: yearSchema.optional() }).strict();

// ---- Agreements ----

export const agreementBodySchema = z
  .object({
    movementId: id.nullable().optional(),
    clusterId: id.nullable().optional(),
    title: text(500),
    signedOn: isoDateSchema,
    content: text(20_000),
    attachmentId: id.nullable().optional(),
    parties: z
      .array(z.object({ unitId: id, signatory: optionalText(200) }).strict())
      .min(2)
      .max(200),
  })
  .strict();
export type AgreementBody = z.input<typeof agreementBodySchema>;

export const agreementSchema = z.object({
  id: z.number().int(),
  movementId: z.number().int().nullable(),
  clusterId: z.number().int().nullable(),
  title: z.string(),
  signedOn: z.string(),
  content: z.string(),
  file: fileRefSchema.nullable(),
  parties: z.array(z.object({ unit: unitRefSchema, signatory: z.string().nullable() })),
  abilities: z.object({ update: z.boolean(), delete: z.boolean() }),
});
export type Agreement = z.infer<typeof agreementSchema>;
export const agreementListQuerySchema = z
  .object({
    movementId: z.coerce.number().int().positive().optional(),
    clusterId: z.coerce.number().int().positive().optional(),
  })
  .strict();
