// Award proposals (đề nghị khen thưởng) from draft to a numbered decision: the items with their achievement
// reports and evidence, the appraisal, the council meeting with its secret ballot, the public posting with its
// objections, and the per-issuer sequence that numbers decisions.
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import type { Occasion } from '../../../shared/contracts/emulation.ts';
import type { ProposalStatus } from '../../../shared/proposal-workflow.ts';
import { users } from './accounts.ts';
import { attachments } from './attachments.ts';
import { awardDecisions, awards } from './awards.ts';
import { catalogueEntries } from './catalogue.ts';
import { people } from './members.ts';
import { movements } from './movements.ts';
import { units } from './units.ts';

export type ProposalItemOutcome = 'pending' | 'passed' | 'not_passed' | 'excluded';
export type CouncilMeetingStatus = 'planned' | 'open' | 'closed';
export type CouncilRole = 'chair' | 'vice_chair' | 'member' | 'secretary';
export type VoteDenominator = 'of_total_members' | 'of_present';
export type ObjectionStatus = 'open' | 'upheld' | 'dismissed';

export const awardProposals = pgTable(
  'award_proposals',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    /** The unit that proposes: its keepers draft and submit; the deciding unit must be above it or itself. */
    proposerUnitId: integer('proposer_unit_id')
      .notNull()
      .references(() => units.id),
    deciderUnitId: integer('decider_unit_id')
      .notNull()
      .references(() => units.id),
    movementId: integer('movement_id').references(() => movements.id),
    title: text('title').notNull(),
    /** The year of achievement (năm thành tích) every item rewards. */
    year: smallint('year').notNull(),
    occasion: text('occasion').$type<Occasion>().notNull(),
    status: text('status').$type<ProposalStatus>().notNull().default('draft'),
    /** The cover letter's (tờ trình) number and date, as the proposer issues it. */
    coverLetterNo: text('cover_letter_no'),
    coverLetterDate: date('cover_letter_date'),
    /** Public posting (công khai): the objection window. */
    postingFrom: date('posting_from'),
    postingUntil: date('posting_until'),
    decisionId: integer('decision_id').references(() => awardDecisions.id),
    /** Bumped on every change: a stale form gets 409. */
    version: integer('version').notNull().default(1),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('award_proposals_proposer_unit_idx').on(t.proposerUnitId, t.year),
    index('award_proposals_decider_unit_idx').on(t.deciderUnitId, t.status),
    index('award_proposals_movement_idx').on(t.movementId),
    index('award_proposals_decision_idx').on(t.decisionId),
    index('award_proposals_created_by_idx').on(t.createdBy),
  ],
);

/** One recipient and one title or form in a proposal. */
export const awardProposalItems = pgTable(
  'award_proposal_items',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    proposalId: integer('proposal_id')
      .notNull()
      .references(() => awardProposals.id),
    position: integer('position').notNull(),
    code: text('code').notNull(),
    /** The catalogue version in force when the item was added; the decision records the one in force then. */
    catalogueEntryId: integer('catalogue_entry_id')
      .notNull()
      .references(() => catalogueEntries.id),
    personId: integer('person_id').references(() => people.id),
    recipientUnitId: integer('recipient_unit_id').references(() => units.id),
    /** Whose officers keep the recipient's record (as awards.unit_id). */
    keeperUnitId: integer('keeper_unit_id')
      .notNull()
      .references(() => units.id),
    /** Báo cáo thành tích: the achievement report, as text; files go to award_proposal_item_files. */
    achievementReport: text('achievement_report'),
    /** The engine's answer at appraisal (verdict, reasons, rule set), kept as it was then. */
    eligibility: jsonb('eligibility'),
    eligibilityCheckedAt: timestamp('eligibility_checked_at', { withTimezone: true }),
    appraisalNote: text('appraisal_note'),
    outcome: text('outcome').$type<ProposalItemOutcome>().notNull().default('pending'),
    outcomeReason: text('outcome_reason'),
    awardId: integer('award_id').references(() => awards.id),
  },
  (t) => [
    check('award_proposal_items_one_recipient', sql`(${t.personId} IS NULL) <> (${t.recipientUnitId} IS NULL)`),
    uniqueIndex('award_proposal_items_position_key').on(t.proposalId, t.position),
    uniqueIndex('award_proposal_items_person_code_key')
      .on(t.proposalId, t.code, t.personId)
      .where(sql`${t.personId} IS NOT NULL`),
    uniqueIndex('award_proposal_items_unit_code_key')
      .on(t.proposalId, t.code, t.recipientUnitId)
      .where(sql`${t.recipientUnitId} IS NOT NULL`),
    index('award_proposal_items_person_idx').on(t.personId),
    index('award_proposal_items_recipient_unit_idx').on(t.recipientUnitId),
    index('award_proposal_items_keeper_unit_idx').on(t.keeperUnitId),
    index('award_proposal_items_catalogue_entry_idx').on(t.catalogueEntryId),
    index('award_proposal_items_award_idx').on(t.awardId),
  ],
);

export const awardProposalItemFiles = pgTable(
  'award_proposal_item_files',
  {
    itemId: integer('item_id')
      .notNull()
      .references(() => awardProposalItems.id),
    attachmentId: integer('attachment_id')
      .notNull()
      .references(() => attachments.id),
  },
  (t) => [
    primaryKey({ columns: [t.itemId, t.attachmentId] }),
    index('award_proposal_item_files_attachment_idx').on(t.attachmentId),
  ],
);

/** The state history of a proposal: every guarded transition, who made it, when and why. */
export const awardProposalEvents = pgTable(
  'award_proposal_events',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    proposalId: integer('proposal_id')
      .notNull()
      .references(() => awardProposals.id),
    action: text('action').notNull(),
    fromStatus: text('from_status').$type<ProposalStatus>(),
    toStatus: text('to_status').$type<ProposalStatus>().notNull(),
    reason: text('reason'),
    actorId: integer('actor_id').references(() => users.id),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('award_proposal_events_proposal_idx').on(t.proposalId, t.at),
    index('award_proposal_events_actor_idx').on(t.actorId),
  ],
);

/** A meeting of the emulation and commendation council (Hội đồng TĐKT) of a deciding unit. */
export const councilMeetings = pgTable(
  'council_meetings',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    title: text('title').notNull(),
    heldOn: date('held_on').notNull(),
    location: text('location'),
    status: text('status').$type<CouncilMeetingStatus>().notNull().default('planned'),
    openedAt: timestamp('opened_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('council_meetings_unit_idx').on(t.unitId, t.heldOn),
    index('council_meetings_created_by_idx').on(t.createdBy),
  ],
);

/** The proposals a meeting considers. */
export const councilMeetingProposals = pgTable(
  'council_meeting_proposals',
  {
    meetingId: integer('meeting_id')
      .notNull()
      .references(() => councilMeetings.id),
    proposalId: integer('proposal_id')
      .notNull()
      .references(() => awardProposals.id),
  },
  (t) => [
    primaryKey({ columns: [t.meetingId, t.proposalId] }),
    index('council_meeting_proposals_proposal_idx').on(t.proposalId),
  ],
);

/** The council's members for this meeting (the whole council, present or not: thresholds may count all). */
export const councilMembers = pgTable(
  'council_members',
  {
    meetingId: integer('meeting_id')
      .notNull()
      .references(() => councilMeetings.id),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    fullName: text('full_name').notNull(),
    councilRole: text('council_role').$type<CouncilRole>().notNull().default('member'),
    present: boolean('present').notNull().default(false),
  },
  (t) => [primaryKey({ columns: [t.meetingId, t.userId] }), index('council_members_user_idx').on(t.userId)],
);

/** A member who may not vote on an item: the candidate themself, or from the candidate's unit where the rules say so. */
export const councilRecusals = pgTable(
  'council_recusals',
  {
    meetingId: integer('meeting_id')
      .notNull()
      .references(() => councilMeetings.id),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    itemId: integer('item_id')
      .notNull()
      .references(() => awardProposalItems.id),
    reason: text('reason').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.meetingId, t.userId, t.itemId] }),
    index('council_recusals_user_idx').on(t.userId),
    index('council_recusals_item_idx').on(t.itemId),
  ],
);

/** That a member voted, and when: never what. The choices only ever reach council_tallies. */
export const councilBallots = pgTable(
  'council_ballots',
  {
    meetingId: integer('meeting_id')
      .notNull()
      .references(() => councilMeetings.id),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    castAt: timestamp('cast_at', { withTimezone: true }).notNull().defaultNow(),
    /** An absent member's sealed written vote (lấy ý kiến bằng văn bản, §5.3), entered by the secretary. */
    inWriting: boolean('in_writing').notNull().default(false),
  },
  (t) => [primaryKey({ columns: [t.meetingId, t.userId] }), index('council_ballots_user_idx').on(t.userId)],
);

/** The secret ballot's counts per item, and at closing the threshold applied and whether it passed. */
export const councilTallies = pgTable(
  'council_tallies',
  {
    meetingId: integer('meeting_id')
      .notNull()
      .references(() => councilMeetings.id),
    itemId: integer('item_id')
      .notNull()
      .references(() => awardProposalItems.id),
    yes: integer('yes').notNull().default(0),
    no: integer('no').notNull().default(0),
    abstain: integer('abstain').notNull().default(0),
    /** Filled at closing: members counted after recusals, the share required and of what, the outcome. */
    eligibleVoters: integer('eligible_voters'),
    thresholdShare: numeric('threshold_share', { precision: 5, scale: 4 }),
    denominator: text('denominator').$type<VoteDenominator>(),
    passed: boolean('passed'),
  },
  (t) => [primaryKey({ columns: [t.meetingId, t.itemId] }), index('council_tallies_item_idx').on(t.itemId)],
);

/** An objection received during the public posting; an upheld one excludes its item (or the proposal). */
export const proposalObjections = pgTable(
  'proposal_objections',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    proposalId: integer('proposal_id')
      .notNull()
      .references(() => awardProposals.id),
    itemId: integer('item_id').references(() => awardProposalItems.id),
    receivedOn: date('received_on').notNull(),
    raisedBy: text('raised_by'),
    content: text('content').notNull(),
    status: text('status').$type<ObjectionStatus>().notNull().default('open'),
    resolution: text('resolution'),
    resolvedBy: integer('resolved_by').references(() => users.id),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('proposal_objections_proposal_idx').on(t.proposalId),
    index('proposal_objections_item_idx').on(t.itemId),
    index('proposal_objections_resolved_by_idx').on(t.resolvedBy),
    index('proposal_objections_created_by_idx').on(t.createdBy),
  ],
);

/** The last number an issuer used in a year, and the symbol after it: "45/QĐ-CĐYT" is 45 and "QĐ-CĐYT". */
export const decisionSequences = pgTable(
  'decision_sequences',
  {
    /** As award_decisions.decider_key: 'unit:<id>'. */
    issuerKey: text('issuer_key').notNull(),
    year: smallint('year').notNull(),
    lastNumber: integer('last_number').notNull().default(0),
    symbol: text('symbol').notNull(),
  },
  (t) => [primaryKey({ columns: [t.issuerKey, t.year] })],
);
