// Emulation movements (phong trào thi đua): launched by a unit for the units it covers, with criteria and point
// scales; the pledges units and people register, the agreements peer units sign, the clusters and blocs that
// rank their members, and the scores that produce the ranking.
import { sql } from 'drizzle-orm';
import {
  check,
  date,
  index,
  integer,
  numeric,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import { users } from './accounts.ts';
import { attachments } from './attachments.ts';
import { people } from './members.ts';
import { units } from './units.ts';

export type MovementKind = 'regular' | 'thematic' | 'periodic' | 'peak' | 'ad_hoc';
export type MovementStatus = 'draft' | 'launched' | 'closed';
export type ClusterKind = 'cluster' | 'bloc';
export type ScoreSheetStatus = 'draft' | 'submitted' | 'reviewed';
export type ScoreStage = 'self' | 'review';

export const movements = pgTable(
  'movements',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    name: text('name').notNull(),
    /** The unit with launch authority: its keepers edit the movement and review the scores of the units covered. */
    launchingUnitId: integer('launching_unit_id')
      .notNull()
      .references(() => units.id),
    kind: text('kind').$type<MovementKind>().notNull(),
    /** The year whose annual titles a regular movement yields; pledges and ranks of that year feed the engine. */
    year: smallint('year').notNull(),
    startsOn: date('starts_on').notNull(),
    endsOn: date('ends_on').notNull(),
    goals: text('goals'),
    status: text('status').$type<MovementStatus>().notNull().default('draft'),
    pledgeDeadline: date('pledge_deadline'),
    selfAssessmentDeadline: date('self_assessment_deadline'),
    proposalDeadline: date('proposal_deadline'),
    /** The launch document (kế hoạch, hướng dẫn thi đua): its number and the file. */
    launchDocumentNo: text('launch_document_no'),
    launchDocumentId: integer('launch_document_id').references(() => attachments.id),
    launchedAt: timestamp('launched_at', { withTimezone: true }),
    launchedBy: integer('launched_by').references(() => users.id),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('movements_period', sql`${t.startsOn} <= ${t.endsOn}`),
    index('movements_launching_unit_idx').on(t.launchingUnitId, t.year),
    index('movements_year_idx').on(t.year, t.kind),
    index('movements_launched_by_idx').on(t.launchedBy),
    index('movements_created_by_idx').on(t.createdBy),
    index('movements_launch_document_idx').on(t.launchDocumentId),
  ],
);

/** The units a movement covers: they pledge, assess themselves and are ranked. */
export const movementUnits = pgTable(
  'movement_units',
  {
    movementId: integer('movement_id')
      .notNull()
      .references(() => movements.id),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
  },
  (t) => [primaryKey({ columns: [t.movementId, t.unitId] }), index('movement_units_unit_idx').on(t.unitId)],
);

/** One criterion of the score sheet, optionally under a group (parent): its maximum points and the evidence it needs. */
export const movementCriteria = pgTable(
  'movement_criteria',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    movementId: integer('movement_id')
      .notNull()
      .references(() => movements.id),
    parentId: integer('parent_id').references((): AnyPgColumn => movementCriteria.id),
    position: integer('position').notNull(),
    title: text('title').notNull(),
    maxPoints: numeric('max_points', { precision: 7, scale: 2 }).notNull(),
    /** How points are given (thang điểm): e.g. "đạt 100% chỉ tiêu: 10 điểm; mỗi 5% thiếu trừ 1 điểm". */
    scale: text('scale'),
    evidenceRequired: text('evidence_required'),
  },
  (t) => [
    uniqueIndex('movement_criteria_position_key').on(t.movementId, t.position),
    index('movement_criteria_parent_idx').on(t.parentId),
    check('movement_criteria_max_points', sql`${t.maxPoints} >= 0`),
  ],
);

/** A cluster (cụm) or bloc (khối) of peer units that compare, rank and vote up a leader, set up by an organising unit. */
export const emulationClusters = pgTable(
  'emulation_clusters',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    name: text('name').notNull(),
    kind: text('kind').$type<ClusterKind>().notNull(),
    organisingUnitId: integer('organising_unit_id')
      .notNull()
      .references(() => units.id),
    /** The unit leading the cluster this year (cụm trưởng), if named. */
    leaderUnitId: integer('leader_unit_id').references(() => units.id),
    validFrom: smallint('valid_from_year').notNull(),
    validTo: smallint('valid_to_year'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('emulation_clusters_organising_unit_idx').on(t.organisingUnitId),
    index('emulation_clusters_leader_unit_idx').on(t.leaderUnitId),
  ],
);

export const emulationClusterUnits = pgTable(
  'emulation_cluster_units',
  {
    clusterId: integer('cluster_id')
      .notNull()
      .references(() => emulationClusters.id),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
  },
  (t) => [primaryKey({ columns: [t.clusterId, t.unitId] }), index('emulation_cluster_units_unit_idx').on(t.unitId)],
);

/** A pledge (đăng ký thi đua) of a collective (person_id null) or of a person, with the title aimed for. */
export const pledges = pgTable(
  'pledges',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    movementId: integer('movement_id')
      .notNull()
      .references(() => movements.id),
    /** The pledging collective, or the unit whose officers registered the person's pledge. */
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    personId: integer('person_id').references(() => people.id),
    /** Catalogue code of the title aimed for (LDTT, CSTDCS, TTLDXS...). */
    awardCode: text('award_code'),
    /** The pledged targets, one per line as the registration form lists them. */
    targets: text('targets'),
    registeredOn: date('registered_on').notNull(),
    registeredBy: integer('registered_by').references(() => users.id),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('pledges_movement_unit_key')
      .on(t.movementId, t.unitId)
      .where(sql`${t.personId} IS NULL AND ${t.withdrawnAt} IS NULL`),
    uniqueIndex('pledges_movement_person_key')
      .on(t.movementId, t.personId)
      .where(sql`${t.personId} IS NOT NULL AND ${t.withdrawnAt} IS NULL`),
    index('pledges_unit_idx').on(t.unitId),
    index('pledges_person_idx').on(t.personId),
    index('pledges_registered_by_idx').on(t.registeredBy),
  ],
);

/** An emulation agreement (giao ước thi đua) signed between units, within a movement or a cluster. */
export const emulationAgreements = pgTable(
  'emulation_agreements',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    movementId: integer('movement_id').references(() => movements.id),
    clusterId: integer('cluster_id').references(() => emulationClusters.id),
    title: text('title').notNull(),
    signedOn: date('signed_on').notNull(),
    content: text('content').notNull(),
    attachmentId: integer('attachment_id').references(() => attachments.id),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('emulation_agreements_movement_idx').on(t.movementId),
    index('emulation_agreements_cluster_idx').on(t.clusterId),
    index('emulation_agreements_attachment_idx').on(t.attachmentId),
    index('emulation_agreements_created_by_idx').on(t.createdBy),
  ],
);

export const emulationAgreementParties = pgTable(
  'emulation_agreement_parties',
  {
    agreementId: integer('agreement_id')
      .notNull()
      .references(() => emulationAgreements.id),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    /** Who signed for the unit, as printed on the agreement. */
    signatory: text('signatory'),
  },
  (t) => [
    primaryKey({ columns: [t.agreementId, t.unitId] }),
    index('emulation_agreement_parties_unit_idx').on(t.unitId),
  ],
);

/** A covered unit's score sheet for a movement: self-assessed, submitted, then reviewed by the level above. */
export const scoreSheets = pgTable(
  'score_sheets',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    movementId: integer('movement_id')
      .notNull()
      .references(() => movements.id),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    status: text('status').$type<ScoreSheetStatus>().notNull().default('draft'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    submittedBy: integer('submitted_by').references(() => users.id),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    reviewedBy: integer('reviewed_by').references(() => users.id),
  },
  (t) => [
    uniqueIndex('score_sheets_movement_unit_key').on(t.movementId, t.unitId),
    index('score_sheets_unit_idx').on(t.unitId),
    index('score_sheets_submitted_by_idx').on(t.submittedBy),
    index('score_sheets_reviewed_by_idx').on(t.reviewedBy),
  ],
);

/** Points for one criterion on one sheet: the unit's own, and the reviewer's (the final one when set). */
export const criterionScores = pgTable(
  'criterion_scores',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    sheetId: integer('sheet_id')
      .notNull()
      .references(() => scoreSheets.id),
    criterionId: integer('criterion_id')
      .notNull()
      .references(() => movementCriteria.id),
    selfPoints: numeric('self_points', { precision: 7, scale: 2 }),
    selfNote: text('self_note'),
    evidenceId: integer('evidence_id').references(() => attachments.id),
    reviewedPoints: numeric('reviewed_points', { precision: 7, scale: 2 }),
    reviewNote: text('review_note'),
  },
  (t) => [
    uniqueIndex('criterion_scores_sheet_criterion_key').on(t.sheetId, t.criterionId),
    index('criterion_scores_criterion_idx').on(t.criterionId),
    index('criterion_scores_evidence_idx').on(t.evidenceId),
  ],
);

/** Every change of a score after it was first given, with the reason the issue requires. */
export const criterionScoreChanges = pgTable(
  'criterion_score_changes',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    scoreId: integer('score_id')
      .notNull()
      .references(() => criterionScores.id),
    stage: text('stage').$type<ScoreStage>().notNull(),
    pointsBefore: numeric('points_before', { precision: 7, scale: 2 }),
    pointsAfter: numeric('points_after', { precision: 7, scale: 2 }),
    reason: text('reason').notNull(),
    changedBy: integer('changed_by').references(() => users.id),
    changedAt: timestamp('changed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('criterion_score_changes_score_idx').on(t.scoreId, t.changedAt),
    index('criterion_score_changes_changed_by_idx').on(t.changedBy),
  ],
);

/** The ranking of a cluster's units in a movement; published rows are locked, and rank 1 is proposed for the flag. */
export const movementRankings = pgTable(
  'movement_rankings',
  {
    movementId: integer('movement_id')
      .notNull()
      .references(() => movements.id),
    clusterId: integer('cluster_id')
      .notNull()
      .references(() => emulationClusters.id),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    totalPoints: numeric('total_points', { precision: 9, scale: 2 }).notNull(),
    rank: integer('rank').notNull(),
    /** Catalogue code of the flag the ranking proposes (Cờ thi đua), on the leader only. */
    proposedAwardCode: text('proposed_award_code'),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    publishedBy: integer('published_by').references(() => users.id),
  },
  (t) => [
    primaryKey({ columns: [t.movementId, t.clusterId, t.unitId] }),
    index('movement_rankings_unit_idx').on(t.unitId),
    index('movement_rankings_cluster_idx').on(t.clusterId),
    index('movement_rankings_published_by_idx').on(t.publishedBy),
  ],
);
