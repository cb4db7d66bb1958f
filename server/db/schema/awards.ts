// Titles and commendations conferred on people and collectives (khen thưởng): each under a decision of a
// deciding body, a union unit or an outside authority, numbered once per body and year.
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import type { Occasion } from '../../../shared/contracts/emulation.ts';
import { users } from './accounts.ts';
import { catalogueEntries } from './catalogue.ts';
import { people } from './members.ts';
import { units } from './units.ts';

/** One decision (quyết định khen thưởng): its number is unique for the deciding body within the year it was signed. */
export const awardDecisions = pgTable(
  'award_decisions',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    /** 'unit:<id>' or 'authority:<authority>:<organisation>': the "deciding level" of the cross-cutting rules. */
    deciderKey: text('decider_key').notNull(),
    deciderUnitId: integer('decider_unit_id').references(() => units.id),
    /** An outside authority (shared/contracts/emulation.ts authorities) when no union unit decided. */
    deciderAuthority: text('decider_authority'),
    deciderName: text('decider_name').notNull(),
    decisionNo: text('decision_no').notNull(),
    decisionDate: date('decision_date').notNull(),
    decisionYear: smallint('decision_year').notNull(),
    /** Who signed, as printed under the decision: "CHỦ TỊCH" and the name. */
    signerName: text('signer_name'),
    signerTitle: text('signer_title'),
    /** A decision revoked as a whole (Luật 2022 Chương VII) revokes every award under it. */
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    revokedReason: text('revoked_reason'),
    revokedBy: integer('revoked_by').references(() => users.id),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('award_decisions_decider_number_key').on(t.deciderKey, t.decisionNo, t.decisionYear),
    index('award_decisions_decider_unit_idx').on(t.deciderUnitId),
    index('award_decisions_revoked_by_idx').on(t.revokedBy),
  ],
);

export const awards = pgTable(
  'awards',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    decisionId: integer('decision_id')
      .notNull()
      .references(() => awardDecisions.id),
    /** The catalogue version in force when it was entered: a later edit of the form never rewrites it. */
    catalogueEntryId: integer('catalogue_entry_id')
      .notNull()
      .references(() => catalogueEntries.id),
    code: text('code').notNull(),
    /** Exactly one of person (an individual) and recipient unit (a collective). */
    personId: integer('person_id').references(() => people.id),
    recipientUnitId: integer('recipient_unit_id').references(() => units.id),
    /** Whose officers keep the record: the person's unit when entered, or the collective itself. */
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    /** The year of achievement the award rewards (năm thành tích). */
    year: smallint('year').notNull(),
    occasion: text('occasion').$type<Occasion>().notNull(),
    note: text('note'),
    revoked: boolean('revoked').notNull().default(false),
    revokedReason: text('revoked_reason'),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('awards_one_recipient', sql`(${t.personId} IS NULL) <> (${t.recipientUnitId} IS NULL)`),
    uniqueIndex('awards_decision_person_code_key')
      .on(t.decisionId, t.code, t.personId)
      .where(sql`${t.personId} IS NOT NULL`),
    uniqueIndex('awards_decision_unit_code_key')
      .on(t.decisionId, t.code, t.recipientUnitId)
      .where(sql`${t.recipientUnitId} IS NOT NULL`),
    index('awards_person_idx').on(t.personId, t.year),
    index('awards_recipient_unit_idx').on(t.recipientUnitId, t.year),
    index('awards_unit_idx').on(t.unitId, t.year),
    index('awards_catalogue_entry_idx').on(t.catalogueEntryId),
  ],
);
