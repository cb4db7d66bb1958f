// People, where they work and their union membership, each with its history.
import { sql } from 'drizzle-orm';
import { date, index, integer, pgTable, smallint, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { units } from './units.ts';

export const people = pgTable(
  'people',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    /** As typed, NFC, without titles. */
    fullName: text('full_name').notNull(),
    familyName: text('family_name').notNull(),
    middleName: text('middle_name').notNull().default(''),
    givenName: text('given_name').notNull(),
    /** Academic title and degrees in order: ['GS.', 'TS.']. */
    titles: text('titles')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    birthDate: date('birth_date'),
    /** Old records know only the year; set from birth_date when that is known. */
    birthYear: smallint('birth_year'),
    gender: text('gender').$type<'male' | 'female'>(),
    ethnicity: text('ethnicity'),
    religion: text('religion'),
    citizenId: text('citizen_id'),
    phone: text('phone'),
    email: text('email'),
    qualification: text('qualification'),
    position: text('position'),
    /** Folded full name: 'nguyen duc dat'; what name search matches. */
    searchKey: text('search_key').notNull(),
    /** Byte-ordered Vietnamese key (given, middle, family): lists sort by it with COLLATE "C". */
    sortKey: text('sort_key').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('people_citizen_id_key')
      .on(t.citizenId)
      .where(sql`${t.citizenId} IS NOT NULL`),
    index('people_search_key_trgm_idx').using('gin', sql`${t.searchKey} gin_trgm_ops`),
    index('people_sort_key_idx').using('btree', sql`${t.sortKey} COLLATE "C"`),
    index('people_birth_year_idx').on(t.birthYear),
    // The columns membership statistics count by, read from the index alone instead of the whole rows.
    index('people_stats_idx').on(t.id, t.gender, t.birthYear, t.ethnicity, t.qualification),
  ],
);

/** A period in which a person worked at a unit; the open one has no valid_to. */
export const employments = pgTable(
  'employments',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    personId: integer('person_id')
      .notNull()
      .references(() => people.id),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    validFrom: date('valid_from').notNull(),
    validTo: date('valid_to'),
    contractKind: text('contract_kind'),
  },
  (t) => [
    index('employments_person_idx').on(t.personId, t.validFrom),
    index('employments_unit_idx').on(t.unitId),
    // Who works in a subtree now: the workforce of the statistics.
    index('employments_open_unit_idx')
      .on(t.unitId, t.personId)
      .where(sql`${t.validTo} IS NULL`),
  ],
);

/** A period of membership in one grassroots union; a transfer or leaving closes it, re-joining opens a new one. */
export const memberships = pgTable(
  'memberships',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    personId: integer('person_id')
      .notNull()
      .references(() => people.id),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    cardNumber: text('card_number'),
    joinedOn: date('joined_on').notNull(),
    validFrom: date('valid_from').notNull(),
    validTo: date('valid_to'),
    status: text('status').$type<'active' | 'transferred' | 'left' | 'suspended'>().notNull().default('active'),
    leftOn: date('left_on'),
    leftReason: text('left_reason'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('memberships_person_idx').on(t.personId, t.validFrom),
    index('memberships_unit_idx').on(t.unitId, t.validFrom),
    // One card number belongs to one open membership; closed periods keep theirs for history.
    uniqueIndex('memberships_card_number_key')
      .on(t.cardNumber)
      .where(sql`${t.cardNumber} IS NOT NULL AND ${t.validTo} IS NULL`),
    uniqueIndex('memberships_one_open_per_person_key')
      .on(t.personId)
      .where(sql`${t.validTo} IS NULL`),
    // Card search by prefix, whatever the case typed.
    index('memberships_card_number_upper_idx').using('btree', sql`upper(${t.cardNumber}) text_pattern_ops`),
    // Current members of a subtree (lists and counts by unit), and joined to people by person (statistics).
    index('memberships_open_unit_idx')
      .on(t.unitId, t.personId)
      .where(sql`${t.validTo} IS NULL`),
    index('memberships_active_person_idx')
      .on(t.personId, t.unitId)
      .where(sql`${t.validTo} IS NULL AND ${t.status} = 'active'`),
    // New members and leavers of a period.
    index('memberships_joined_on_idx').on(t.joinedOn),
    index('memberships_left_on_idx')
      .on(t.leftOn)
      .where(sql`${t.status} = 'left'`),
  ],
);
