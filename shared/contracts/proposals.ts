// Award proposals (hồ sơ đề nghị khen thưởng): the draft with its items, the guarded steps from submission to a
// numbered decision, the appraisal, the public posting's objections, and what each screen reads back.
import { z } from 'zod';
import { proposalStatuses, proposalTransitions, type ProposalAction } from '../proposal-workflow.ts';
import { idSchema, isoDateSchema, pageOf } from './common.ts';
import { occasions, reasonSchema, verdicts } from './emulation.ts';

const trimmed = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => z.string().trim().max(max).optional();
const year = z.coerce.number().int().min(1945).max(2100);
const version = z.coerce.number().int().min(1);

export const proposalActions = Object.keys(proposalTransitions) as [ProposalAction, ...ProposalAction[]];
export const itemOutcomes = ['pending', 'passed', 'not_passed', 'excluded'] as const;
export type ItemOutcome = (typeof itemOutcomes)[number];
export const objectionStatuses = ['open', 'upheld', 'dismissed'] as const;
export type ObjectionStatus = (typeof objectionStatuses)[number];

export const itemOutcomeLabels: Record<ItemOutcome, { vi: string; en: string }> = {
  pending: { vi: 'Chưa xét', en: 'Pending' },
  passed: { vi: 'Hội đồng thông qua', en: 'Passed' },
  not_passed: { vi: 'Không được thông qua', en: 'Not passed' },
  excluded: { vi: 'Loại khỏi danh sách', en: 'Excluded' },
};

const unitRefSchema = z.object({ id: z.number().int(), code: z.string(), name: z.string() });

export const proposalHeaderBodySchema = z
  .object({
    proposerUnitId: idSchema,
    deciderUnitId: idSchema,
    title: trimmed(300),
    year,
    occasion: z.enum(occasions),
    movementId: idSchema.nullable().optional(),
  })
  .strict();
export type ProposalHeaderBody = z.input<typeof proposalHeaderBodySchema>;
export type ProposalHeaderInput = z.infer<typeof proposalHeaderBodySchema>;

export const updateProposalBodySchema = proposalHeaderBodySchema.omit({ proposerUnitId: true }).extend({ version });
export type UpdateProposalBody = z.input<typeof updateProposalBodySchema>;

export const proposalItemBodySchema = z
  .object({
    version,
    personId: idSchema.optional(),
    unitCode: trimmed(50).optional(),
    code: trimmed(50),
    achievementReport: optionalText(20000),
    attachmentIds: z.array(idSchema).max(20).default([]),
  })
  .strict()
  .refine((body) => (body.personId === undefined) !== (body.unitCode === undefined), {
    message: 'Chọn một người hoặc một tập thể.',
    path: ['personId'],
  });
export type ProposalItemBody = z.input<typeof proposalItemBodySchema>;
export type ProposalItemInput = z.infer<typeof proposalItemBodySchema>;

export const versionBodySchema = z.object({ version }).strict();

/** One guarded step; decide has its own body and route. */
export const transitionBodySchema = z
  .object({
    action: z.enum(proposalActions),
    version,
    reason: optionalText(2000),
    /** send_to_council: the meeting that will consider the proposal. */
    meetingId: idSchema.optional(),
  })
  .strict();
export type TransitionBody = z.input<typeof transitionBodySchema>;

export const appraiseItemBodySchema = z
  .object({
    version,
    appraisalNote: z.string().trim().max(5000).nullable().optional(),
    /** true: out of the list with `reason`; false: back in; absent: unchanged. */
    excluded: z.boolean().optional(),
    reason: optionalText(2000),
  })
  .strict();
export type AppraiseItemBody = z.input<typeof appraiseItemBodySchema>;

export const postingBodySchema = z.object({ version, postingUntil: isoDateSchema }).strict();
export type PostingBody = z.input<typeof postingBodySchema>;

export const objectionBodySchema = z
  .object({
    receivedOn: isoDateSchema,
    raisedBy: optionalText(300),
    content: trimmed(5000),
    itemId: idSchema.nullable().optional(),
  })
  .strict();
export type ObjectionBody = z.input<typeof objectionBodySchema>;

export const resolveObjectionBodySchema = z
  .object({ status: z.enum(['upheld', 'dismissed']), resolution: trimmed(2000) })
  .strict();
export type ResolveObjectionBody = z.input<typeof resolveObjectionBodySchema>;

export const decideBodySchema = z
  .object({
    version,
    decisionDate: isoDateSchema,
    /** Typed by hand ("45/QĐ-CĐYT"); absent: the next number of the issuer's sequence. */
    decisionNo: optionalText(60),
    /** The symbol after the number, asked the first time an issuer numbers in a year. */
    symbol: optionalText(40),
    signerName: trimmed(200),
    signerTitle: trimmed(200),
  })
  .strict();
export type DecideBody = z.input<typeof decideBodySchema>;

export const decisionNumberQuerySchema = z.object({ date: isoDateSchema }).strict();
export const decisionNumberSchema = z.object({
  year: z.number().int(),
  nextNumber: z.number().int(),
  symbol: z.string(),
  /** False the first time the issuer numbers in that year: the screen asks for the symbol. */
  symbolKnown: z.boolean(),
});
export type DecisionNumber = z.infer<typeof decisionNumberSchema>;

/**
 * proposer: the proposals of the actor's units; waiting: those whose next step is the actor's own (submitted,
 * in appraisal or posted at a deciding unit they keep, or returned to a proposing unit they keep); decider: every
 * proposal addressed to the actor's units past the draft, including those before the council.
 */
export const proposalTabs = ['proposer', 'waiting', 'decider'] as const;
export type ProposalTab = (typeof proposalTabs)[number];
/** The statuses in which a proposal waits on the deciding unit's keepers, and on the proposing unit's. */
export const waitingOnDecider = ['submitted', 'appraisal', 'posting'] as const;
export const waitingOnProposer = ['returned'] as const;

export const proposalListQuerySchema = z
  .object({
    tab: z.enum(proposalTabs).default('proposer'),
    status: z.enum(proposalStatuses).optional(),
    year: year.optional(),
    page: z.coerce.number().int().min(1).default(1),
    pageSize: z.coerce.number().int().min(1).max(200).default(20),
  })
  .strict();
export type ProposalListQuery = {
  tab?: ProposalTab;
  status?: (typeof proposalStatuses)[number];
  year?: number;
  page?: number;
  pageSize?: number;
};

export const proposalAbilitiesSchema = z.object({
  edit: z.boolean(),
  delete: z.boolean(),
  appraise: z.boolean(),
  managePosting: z.boolean(),
});

export const proposalSummarySchema = z.object({
  id: z.number().int(),
  proposerUnit: unitRefSchema,
  deciderUnit: unitRefSchema,
  movement: z.object({ id: z.number().int(), name: z.string() }).nullable(),
  title: z.string(),
  year: z.number().int(),
  occasion: z.enum(occasions),
  status: z.enum(proposalStatuses),
  postingFrom: z.string().nullable(),
  postingUntil: z.string().nullable(),
  decisionId: z.number().int().nullable(),
  decisionNo: z.string().nullable(),
  itemCount: z.number().int(),
  version: z.number().int(),
  updatedAt: z.string(),
  nextActions: z.array(z.enum(proposalActions)),
  abilities: proposalAbilitiesSchema,
});
export type ProposalSummary = z.infer<typeof proposalSummarySchema>;
export const proposalPageSchema = pageOf(proposalSummarySchema);
export type ProposalPage = z.infer<typeof proposalPageSchema>;

export const proposalItemSchema = z.object({
  id: z.number().int(),
  position: z.number().int(),
  code: z.string(),
  nameVi: z.string(),
  nameEn: z.string(),
  recipient: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('individual'), personId: z.number().int(), fullName: z.string() }),
    z.object({ kind: z.literal('collective'), unitId: z.number().int(), code: z.string(), name: z.string() }),
  ]),
  keeperUnit: unitRefSchema,
  achievementReport: z.string().nullable(),
  files: z.array(z.object({ id: z.number().int(), fileName: z.string(), byteSize: z.number().int() })),
  eligibility: z
    .object({
      verdict: z.enum(verdicts),
      ruleSetId: z.string().nullable(),
      reasons: z.array(reasonSchema),
      pending: z.array(reasonSchema),
    })
    .nullable(),
  eligibilityCheckedAt: z.string().nullable(),
  appraisalNote: z.string().nullable(),
  outcome: z.enum(itemOutcomes),
  outcomeReason: z.string().nullable(),
  awardId: z.number().int().nullable(),
  tally: z
    .object({
      yes: z.number().int(),
      no: z.number().int(),
      abstain: z.number().int(),
      eligibleVoters: z.number().int().nullable(),
      passed: z.boolean().nullable(),
    })
    .nullable(),
});
export type ProposalItem = z.infer<typeof proposalItemSchema>;

export const objectionSchema = z.object({
  id: z.number().int(),
  itemId: z.number().int().nullable(),
  receivedOn: z.string(),
  raisedBy: z.string().nullable(),
  content: z.string(),
  status: z.enum(objectionStatuses),
  resolution: z.string().nullable(),
  resolvedAt: z.string().nullable(),
});
export type Objection = z.infer<typeof objectionSchema>;

export const proposalEventSchema = z.object({
  id: z.number().int(),
  action: z.string(),
  fromStatus: z.enum(proposalStatuses).nullable(),
  toStatus: z.enum(proposalStatuses),
  reason: z.string().nullable(),
  actorName: z.string().nullable(),
  at: z.string(),
});
export type ProposalEvent = z.infer<typeof proposalEventSchema>;

export const proposalDetailSchema = proposalSummarySchema.extend({
  items: z.array(proposalItemSchema),
  objections: z.array(objectionSchema),
  events: z.array(proposalEventSchema),
  meeting: z.object({ id: z.number().int(), title: z.string(), heldOn: z.string(), status: z.string() }).nullable(),
  decision: z
    .object({
      id: z.number().int(),
      decisionNo: z.string(),
      decisionDate: z.string(),
      signerName: z.string().nullable(),
      signerTitle: z.string().nullable(),
      revokedAt: z.string().nullable(),
      revokedReason: z.string().nullable(),
    })
    .nullable(),
});
export type ProposalDetail = z.infer<typeof proposalDetailSchema>;

/** The units a proposer may address: itself and the units above it on either line. */
export const deciderOptionsQuerySchema = z.object({ proposerUnitId: idSchema }).strict();
export const unitOptionsSchema = z.object({ items: z.array(unitRefSchema) });
export type UnitOptions = z.infer<typeof unitOptionsSchema>;

export const movementOptionsSchema = z.object({
  items: z.array(z.object({ id: z.number().int(), name: z.string(), year: z.number().int() })),
});
export type MovementOptions = z.infer<typeof movementOptionsSchema>;

export const meetingOptionsSchema = z.object({
  items: z.array(z.object({ id: z.number().int(), title: z.string(), heldOn: z.string(), status: z.string() })),
});
export type MeetingOptions = z.infer<typeof meetingOptionsSchema>;

export const itemParamsSchema = z.object({ id: idSchema, itemId: idSchema }).strict();
export const itemFileParamsSchema = z.object({ id: idSchema, itemId: idSchema, fileId: idSchema }).strict();
export const objectionParamsSchema = z.object({ id: idSchema, objectionId: idSchema }).strict();
