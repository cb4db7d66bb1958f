// Plan targets (chỉ tiêu): what a unit sets for itself and the units below it, per indicator and period.
import { sql } from 'drizzle-orm';
import { date, index, integer, numeric, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { users } from './accounts.ts';
import { attachments } from './attachments.ts';
import { units } from './units.ts';

/** Where an indicator's achieved figure comes from: counted from the data, or reported by hand. */
export type IndicatorSource = 'new_members' | 'member_records' | 'outreach_sessions' | 'manual';

export const targetIndicators = pgTable(
  'target_indicators',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    /** Built-in indicators have a code; those users define have none. */
    code: text('code'),
    name: text('name').notNull(),
    unitOfMeasure: text('unit_of_measure').notNull(),
    source: text('source').$type<IndicatorSource>().notNull(),
    /** The unit that defined it: it can be used in that unit's subtree. Null for built-in indicators. */
    ownerUnitId: integer('owner_unit_id').references(() => units.id),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('target_indicators_code_key')
      .on(t.code)
      .where(sql`${t.code} IS NOT NULL`),
    index('target_indicators_owner_unit_idx').on(t.ownerUnitId),
  ],
);

export const targets = pgTable(
  'targets',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    indicatorId: integer('indicator_id')
      .notNull()
      .references(() => targetIndicators.id),
    /** The unit expected to reach the figure: the setting unit itself or one below it. */
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    setByUnitId: integer('set_by_unit_id')
      .notNull()
      .references(() => units.id),
    periodStart: date('period_start').notNull(),
    periodEnd: date('period_end').notNull(),
    targetValue: numeric('target_value', { precision: 14, scale: 2, mode: 'number' }).notNull(),
    note: text('note'),
    /** For a manual indicator: the figure the unit reports, with its evidence. */
    reportedValue: numeric('reported_value', { precision: 14, scale: 2, mode: 'number' }),
    evidence: text('evidence'),
    evidenceAttachmentId: integer('evidence_attachment_id').references(() => attachments.id),
    reportedBy: integer('reported_by').references(() => users.id),
    reportedAt: timestamp('reported_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('targets_indicator_unit_period_key').on(t.indicatorId, t.unitId, t.periodStart, t.periodEnd),
    index('targets_unit_idx').on(t.unitId, t.periodStart),
    index('targets_set_by_unit_idx').on(t.setByUnitId, t.periodStart),
  ],
);
