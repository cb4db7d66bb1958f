// Initiatives, works and products, research projects (sáng kiến, công trình, đề tài): the register the
// emulation criteria read, with their authors' shares, recognition and evidence files.
import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  date,
  index,
  integer,
  numeric,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import type { AchievementKind, RecognitionLevel } from '../../../shared/contracts/emulation.ts';
import { users } from './accounts.ts';
import { attachments } from './attachments.ts';
import { people } from './members.ts';
import { units } from './units.ts';

export type InitiativeStatus = 'submitted' | 'recognised' | 'rejected';
/** Luật 2022 Điều 3.4: only an applied initiative counts; a trial is for people to judge. */
export type InitiativeApplication = 'applied' | 'trial' | 'none';

export const initiatives = pgTable(
  'initiatives',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    kind: text('kind').$type<AchievementKind>().notNull(),
    title: text('title').notNull(),
    field: text('field'),
    /** The unit that registers it: its officers keep the record, its subtree's statistics count it. */
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    submittedOn: date('submitted_on').notNull(),
    status: text('status').$type<InitiativeStatus>().notNull().default('submitted'),
    recognitionLevel: text('recognition_level').$type<RecognitionLevel>(),
    decisionNo: text('decision_no'),
    decisionDate: date('decision_date'),
    rejectionReason: text('rejection_reason'),
    /** Estimated benefit (làm lợi) in whole đồng. */
    benefitVnd: bigint('benefit_vnd', { mode: 'number' }),
    appliedAt: text('applied_at'),
    application: text('application').$type<InitiativeApplication>().notNull().default('applied'),
    /** Research: accepted (nghiệm thu). */
    accepted: boolean('accepted').notNull().default(false),
    /** Folded title, field and authors' names: what the search box matches, accents optional. */
    searchKey: text('search_key').notNull(),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('initiatives_search_key_trgm_idx').using('gin', sql`${t.searchKey} gin_trgm_ops`),
    index('initiatives_unit_idx').on(t.unitId, t.submittedOn),
    // Statistics of a period read recognised records by their decision date.
    index('initiatives_recognised_idx')
      .on(t.decisionDate, t.kind)
      .where(sql`${t.status} = 'recognised'`),
  ],
);

/** One author of an initiative with their share; the shares of an initiative sum to exactly 100. */
export const initiativeAuthors = pgTable(
  'initiative_authors',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    initiativeId: integer('initiative_id')
      .notNull()
      .references(() => initiatives.id, { onDelete: 'cascade' }),
    personId: integer('person_id')
      .notNull()
      .references(() => people.id),
    sharePercent: numeric('share_percent', { precision: 5, scale: 2, mode: 'number' }).notNull(),
    position: smallint('position').notNull(),
  },
  (t) => [
    uniqueIndex('initiative_authors_key').on(t.initiativeId, t.personId),
    index('initiative_authors_person_idx').on(t.personId),
  ],
);

export const initiativeAttachments = pgTable(
  'initiative_attachments',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    initiativeId: integer('initiative_id')
      .notNull()
      .references(() => initiatives.id, { onDelete: 'cascade' }),
    attachmentId: integer('attachment_id')
      .notNull()
      .references(() => attachments.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('initiative_attachments_key').on(t.initiativeId, t.attachmentId)],
);
