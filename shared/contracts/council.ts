// The council meeting (họp Hội đồng thi đua, khen thưởng) as the API carries it: members and attendance,
// recusals, the secret ballot (who voted, never what) and, after closing, each item's tally and threshold.
import { z } from 'zod';
import { idSchema, isoDateSchema, pageOf, pageQuerySchema } from './common.ts';

export const councilRoles = ['chair', 'vice_chair', 'member', 'secretary'] as const;
export type CouncilRole = (typeof councilRoles)[number];
export const councilRoleLabels: Record<CouncilRole, { vi: string; en: string }> = {
  chair: { vi: 'Chủ tịch Hội đồng', en: 'Chair' },
  vice_chair: { vi: 'Phó Chủ tịch Hội đồng', en: 'Vice chair' },
  member: { vi: 'Ủy viên', en: 'Member' },
  secretary: { vi: 'Thư ký', en: 'Secretary' },
};

export const meetingStatuses = ['planned', 'open', 'closed'] as const;
export type MeetingStatus = (typeof meetingStatuses)[number];
export const meetingStatusLabels: Record<MeetingStatus, { vi: string; en: string }> = {
  planned: { vi: 'Chưa họp', en: 'Planned' },
  open: { vi: 'Đang bỏ phiếu', en: 'Voting open' },
  closed: { vi: 'Đã kết thúc', en: 'Closed' },
};

export const voteChoices = ['yes', 'no', 'abstain'] as const;
export type VoteChoice = (typeof voteChoices)[number];

export const voteDenominators = ['of_total_members', 'of_present'] as const;
export type VoteDenominator = (typeof voteDenominators)[number];

/**
 * Where an item's threshold came from: the form's own council vote in the catalogue, the grassroots
 * parameter, or — no figure configured — more than half of the members present (the minutes say so).
 */
export const thresholdBases = ['catalogue', 'grassroots_parameter', 'majority_of_present'] as const;
export type ThresholdBasis = (typeof thresholdBases)[number];

const trimmed = (max: number) => z.string().trim().min(1).max(max);

export const meetingMemberInputSchema = z.object({ userId: idSchema, councilRole: z.enum(councilRoles) });

export const meetingBodySchema = z.object({
  unitId: idSchema,
  title: trimmed(300),
  heldOn: isoDateSchema,
  location: z.string().trim().max(300).nullable().optional(),
  members: z.array(meetingMemberInputSchema).min(1).max(100),
});
export type MeetingBody = z.infer<typeof meetingBodySchema>;

/** Editing a planned meeting: the same fields, the unit excepted. */
export const meetingUpdateSchema = meetingBodySchema.omit({ unitId: true });
export type MeetingUpdate = z.infer<typeof meetingUpdateSchema>;

export const attendanceBodySchema = z.object({ presentUserIds: z.array(idSchema).max(100) });
export type AttendanceBody = z.infer<typeof attendanceBodySchema>;

export const recusalBodySchema = z.object({ userId: idSchema, itemId: idSchema, reason: trimmed(500) });
export type RecusalBody = z.infer<typeof recusalBodySchema>;

/** One ballot: a choice for every item the member may vote on, cast at once. */
export const ballotBodySchema = z.object({
  choices: z
    .array(z.object({ itemId: idSchema, choice: z.enum(voteChoices) }))
    .min(1)
    .max(500),
});
export type BallotBody = z.infer<typeof ballotBodySchema>;

/** An absent member's sealed written ballot (lấy ý kiến bằng văn bản), entered by the secretary, chair or a keeper. */
export const writtenBallotBodySchema = ballotBodySchema.extend({ userId: idSchema });
export type WrittenBallotBody = z.infer<typeof writtenBallotBodySchema>;

export const meetingListQuerySchema = pageQuerySchema.extend({
  status: z.enum(meetingStatuses).optional(),
  unitId: idSchema.optional(),
});
export type MeetingListQuery = z.infer<typeof meetingListQuerySchema>;

export const meetingSummarySchema = z.object({
  id: z.number(),
  unitId: z.number(),
  unitName: z.string(),
  title: z.string(),
  heldOn: z.string(),
  location: z.string().nullable(),
  status: z.enum(meetingStatuses),
  memberCount: z.number(),
  proposalCount: z.number(),
});
export type MeetingSummary = z.infer<typeof meetingSummarySchema>;
export const meetingListSchema = pageOf(meetingSummarySchema);
export type MeetingList = z.infer<typeof meetingListSchema>;

export const meetingMemberSchema = z.object({
  userId: z.number(),
  username: z.string(),
  fullName: z.string(),
  councilRole: z.enum(councilRoles),
  present: z.boolean(),
  /** Whether they have cast their ballot: shown to everyone; what they chose is never stored. */
  voted: z.boolean(),
  votedAt: z.string().nullable(),
  /** The ballot was an absent member's written one, entered for them. */
  inWriting: z.boolean(),
});
export type MeetingMember = z.infer<typeof meetingMemberSchema>;

export const thresholdSchema = z.object({
  share: z.number(),
  /** True: more than the share is needed; false: the share itself is enough. */
  strict: z.boolean(),
  denominator: z.enum(voteDenominators),
  basis: z.enum(thresholdBases),
  parameterKey: z.string().nullable(),
});
export type Threshold = z.infer<typeof thresholdSchema>;

export const tallySchema = z.object({
  yes: z.number(),
  no: z.number(),
  abstain: z.number(),
  eligibleVoters: z.number().nullable(),
  thresholdShare: z.number().nullable(),
  denominator: z.enum(voteDenominators).nullable(),
  passed: z.boolean().nullable(),
});
export type Tally = z.infer<typeof tallySchema>;

export const meetingItemSchema = z.object({
  id: z.number(),
  position: z.number(),
  code: z.string(),
  awardName: z.string(),
  recipientName: z.string(),
  recipientUnitName: z.string().nullable(),
  outcome: z.enum(['pending', 'passed', 'not_passed', 'excluded']),
  outcomeReason: z.string().nullable(),
  threshold: thresholdSchema,
  recusals: z.array(z.object({ userId: z.number(), fullName: z.string(), reason: z.string() })),
  /** Counts only, and only once the meeting has closed: a running count would reveal ballots one by one. */
  tally: tallySchema.nullable(),
});
export type MeetingItem = z.infer<typeof meetingItemSchema>;

export const meetingProposalSchema = z.object({
  id: z.number(),
  title: z.string(),
  proposerUnitName: z.string(),
  status: z.string(),
  postingFrom: z.string().nullable(),
  postingUntil: z.string().nullable(),
  items: z.array(meetingItemSchema),
});
export type MeetingProposal = z.infer<typeof meetingProposalSchema>;

export const meetingAbilitiesSchema = z.object({
  update: z.boolean(),
  attendance: z.boolean(),
  open: z.boolean(),
  recuse: z.boolean(),
  vote: z.boolean(),
  close: z.boolean(),
});
export type MeetingAbilities = z.infer<typeof meetingAbilitiesSchema>;

export const meetingSchema = meetingSummarySchema.extend({
  unitCode: z.string(),
  openedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  members: z.array(meetingMemberSchema),
  quorum: z.object({
    members: z.number(),
    present: z.number(),
    /** The fewest present members that make a quorum under the configured share. */
    required: z.number(),
    share: z.number(),
    met: z.boolean(),
  }),
  /**
   * "Đã bỏ phiếu 7/9": ballots cast over the members who may vote (present and not recused from every item, and
   * absent members whose written ballot was entered); `written` of the ballots cast were written ones.
   */
  ballots: z.object({ cast: z.number(), voters: z.number(), written: z.number() }),
  proposals: z.array(meetingProposalSchema),
  /** The items the asking user may still vote on (empty when they may not vote). */
  myVotableItemIds: z.array(z.number()),
  /** Absent members who have not voted and whose written ballot the asking user may enter now. */
  writtenBallotUserIds: z.array(z.number()),
  /** For each of those members, the items their written ballot covers (all items less their recusals). */
  votableItemIdsByMember: z.array(z.object({ userId: z.number(), itemIds: z.array(z.number()) })),
  abilities: meetingAbilitiesSchema,
});
export type Meeting = z.infer<typeof meetingSchema>;

export const memberOptionSchema = z.object({ userId: z.number(), username: z.string(), fullName: z.string() });
export const memberOptionsSchema = z.object({ items: z.array(memberOptionSchema) });
export type MemberOption = z.infer<typeof memberOptionSchema>;

export const memberOptionsQuerySchema = z.object({ unitId: idSchema });

/** The units whose council the asking user may convene: where they hold a keeper's grant. */
export const councilUnitOptionsSchema = z.object({
  items: z.array(z.object({ id: z.number(), code: z.string(), name: z.string() })),
});
export type CouncilUnitOption = z.infer<typeof councilUnitOptionsSchema>['items'][number];
