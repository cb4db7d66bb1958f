// Scoring of emulation movements: the covered units' score sheets (self-assessment, review by the level
// above, the history of every changed score) and the ranking within each emulation cluster.
import { z } from 'zod';
import { idSchema, isoDateSchema } from './common.ts';

/** A sheet nobody has saved yet is 'not_started'; the stored statuses follow it. */
export const sheetStatuses = ['not_started', 'draft', 'submitted', 'reviewed'] as const;
export type SheetStatus = (typeof sheetStatuses)[number];
export const scoreStages = ['self', 'review'] as const;
export type ScoreStage = (typeof scoreStages)[number];

export const sheetStatusLabels: Record<SheetStatus, { vi: string; en: string }> = {
  not_started: { vi: 'Chưa chấm', en: 'Not started' },
  draft: { vi: 'Đang tự chấm', en: 'Draft' },
  submitted: { vi: 'Đã gửi, chờ thẩm định', en: 'Submitted' },
  reviewed: { vi: 'Đã thẩm định', en: 'Reviewed' },
};

/** Up to 1000 points with two decimals: what numeric(7,2) keeps; the range per criterion is the server's rule. */
const pointsSchema = z.number().min(-99999).max(99999).nullable();
const noteSchema = z.string().trim().max(2000).nullable().optional();
const reasonSchema = z.string().trim().min(1).max(1000).optional();

export const selfScoreInputSchema = z
  .object({
    criterionId: idSchema,
    points: pointsSchema,
    note: noteSchema,
    /** The uploaded evidence file (POST /attachments) or null to remove it. */
    evidenceId: idSchema.nullable().optional(),
    /** Required when points already given change. */
    reason: reasonSchema,
  })
  .strict();

export const selfScoresBodySchema = z.object({ scores: z.array(selfScoreInputSchema).max(500) }).strict();
export type SelfScoresBody = z.infer<typeof selfScoresBodySchema>;

export const reviewScoreInputSchema = z
  .object({
    criterionId: idSchema,
    points: pointsSchema,
    note: noteSchema,
    /** Required when the reviewed points differ from the unit's own or change once given. */
    reason: reasonSchema,
  })
  .strict();

export const reviewScoresBodySchema = z.object({ scores: z.array(reviewScoreInputSchema).max(500) }).strict();
export type ReviewScoresBody = z.infer<typeof reviewScoresBodySchema>;

export const reopenSheetBodySchema = z.object({ reason: z.string().trim().min(1).max(1000) }).strict();
export type ReopenSheetBody = z.infer<typeof reopenSheetBodySchema>;

export const sheetParamsSchema = z.object({ movementId: idSchema, unitId: idSchema }).strict();
export const evidenceParamsSchema = z
  .object({ movementId: idSchema, unitId: idSchema, criterionId: idSchema })
  .strict();
export const movementParamsSchema = z.object({ movementId: idSchema }).strict();
export const clusterParamsSchema = z.object({ movementId: idSchema, clusterId: idSchema }).strict();

const unitRefSchema = z.object({ id: z.number().int(), code: z.string(), name: z.string() });
export type UnitRef = z.infer<typeof unitRefSchema>;

export const scoringMovementSummarySchema = z.object({
  id: z.number().int(),
  name: z.string(),
  year: z.number().int(),
  kind: z.string(),
  status: z.string(),
  startsOn: isoDateSchema,
  endsOn: isoDateSchema,
  selfAssessmentDeadline: isoDateSchema.nullable(),
  launchingUnit: unitRefSchema,
});

export const scoreChangeSchema = z.object({
  id: z.number().int(),
  stage: z.enum(scoreStages),
  pointsBefore: z.number().nullable(),
  pointsAfter: z.number().nullable(),
  reason: z.string(),
  changedBy: z.string().nullable(),
  changedAt: z.string(),
});
export type ScoreChange = z.infer<typeof scoreChangeSchema>;

/** One row of the sheet in display order: a group (its points are the sums of its criteria) or a criterion. */
export const sheetRowSchema = z.object({
  criterionId: z.number().int(),
  parentId: z.number().int().nullable(),
  isGroup: z.boolean(),
  /** "1", "1.2": the number printed on the score sheet. */
  number: z.string(),
  title: z.string(),
  maxPoints: z.number(),
  scale: z.string().nullable(),
  evidenceRequired: z.string().nullable(),
  selfPoints: z.number().nullable(),
  selfNote: z.string().nullable(),
  evidence: z.object({ id: z.number().int(), fileName: z.string(), byteSize: z.number().int() }).nullable(),
  reviewedPoints: z.number().nullable(),
  reviewNote: z.string().nullable(),
  /** Reviewed points where given, else the unit's own. */
  finalPoints: z.number().nullable(),
  changes: z.array(scoreChangeSchema),
});
export type SheetRow = z.infer<typeof sheetRowSchema>;

export const sheetAbilitiesSchema = z.object({
  selfAssess: z.boolean(),
  submit: z.boolean(),
  review: z.boolean(),
  markReviewed: z.boolean(),
  reopen: z.boolean(),
});
export type SheetAbilities = z.infer<typeof sheetAbilitiesSchema>;

export const scoreSheetSchema = z.object({
  movement: scoringMovementSummarySchema,
  unit: unitRefSchema,
  sheetId: z.number().int().nullable(),
  status: z.enum(sheetStatuses),
  /** Returned to the unit by the reviewer, with the reason, until it is submitted again. */
  returnReason: z.string().nullable(),
  submittedAt: z.string().nullable(),
  submittedBy: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  reviewedBy: z.string().nullable(),
  deadlinePassed: z.boolean(),
  /** A published ranking holds this unit: nothing on the sheet may change. */
  locked: z.boolean(),
  /** Whether the viewer reviews this movement (sees and gives the reviewed column). */
  reviewer: z.boolean(),
  maxTotal: z.number(),
  selfTotal: z.number(),
  finalTotal: z.number().nullable(),
  rows: z.array(sheetRowSchema),
  abilities: sheetAbilitiesSchema,
});
export type ScoreSheet = z.infer<typeof scoreSheetSchema>;

export const sheetSummarySchema = z.object({
  unit: unitRefSchema,
  status: z.enum(sheetStatuses),
  selfTotal: z.number().nullable(),
  /** Only for reviewed sheets. */
  finalTotal: z.number().nullable(),
  submittedAt: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  locked: z.boolean(),
});
export type SheetSummary = z.infer<typeof sheetSummarySchema>;

export const scoringMovementSchema = scoringMovementSummarySchema.extend({
  reviewer: z.boolean(),
  unitCount: z.number().int(),
  submittedCount: z.number().int(),
  reviewedCount: z.number().int(),
  /** The covered units in the viewer's own scope (not shown to reviewers, who see the board). */
  mySheets: z.array(sheetSummarySchema),
});
export type ScoringMovement = z.infer<typeof scoringMovementSchema>;
export const scoringMovementListSchema = z.object({ items: z.array(scoringMovementSchema) });

export const scoreBoardSchema = z.object({
  movement: scoringMovementSummarySchema,
  reviewer: z.boolean(),
  maxTotal: z.number(),
  sheets: z.array(sheetSummarySchema),
});
export type ScoreBoard = z.infer<typeof scoreBoardSchema>;

export const rankingRowSchema = z.object({
  unit: unitRefSchema,
  totalPoints: z.number(),
  rank: z.number().int(),
  proposedAwardCode: z.string().nullable(),
});
export type RankingRow = z.infer<typeof rankingRowSchema>;

export const clusterRankingSchema = z.object({
  cluster: z.object({ id: z.number().int(), name: z.string(), kind: z.string(), organisingUnit: unitRefSchema }),
  /** The flag the leader is proposed for, chosen by the organising unit's level. */
  flag: z.object({ code: z.string(), name: z.string() }).nullable(),
  members: z.array(unitRefSchema),
  /** Members whose sheets are not reviewed yet: the ranking cannot be computed until there are none. */
  notReviewed: z.array(unitRefSchema),
  rows: z.array(rankingRowSchema),
  computed: z.boolean(),
  publishedAt: z.string().nullable(),
  publishedBy: z.string().nullable(),
  abilities: z.object({ compute: z.boolean(), publish: z.boolean() }),
});
export type ClusterRanking = z.infer<typeof clusterRankingSchema>;

export const movementRankingsSchema = z.object({
  movement: scoringMovementSummarySchema,
  reviewer: z.boolean(),
  clusters: z.array(clusterRankingSchema),
});
export type MovementRankings = z.infer<typeof movementRankingsSchema>;
