// The organisation tree: a row per unit as it is now, and its versions over time.
import { sql } from 'drizzle-orm';
import { date, index, integer, pgTable, text, timestamp, uniqueIndex, type AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Sector, UnitKind, UnitStatus } from '../../../shared/enums.ts';

export const units = pgTable(
  'units',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    shortName: text('short_name'),
    kind: text('kind').$type<UnitKind>().notNull(),
    sector: text('sector').$type<Sector>().notNull().default('public'),
    province: text('province'),
    parentId: integer('parent_id').references((): AnyPgColumn => units.id),
    /** The second line a unit answers to (a provincial sector union to Công đoàn Y tế Việt Nam). */
    reportingParentId: integer('reporting_parent_id').references((): AnyPgColumn => units.id),
    /** Materialised path of ids along the organisational line: '/1/7/42/'. */
    path: text('path').notNull(),
    /** Materialised path along the reporting line (reporting parent where set, else the parent). */
    reportPath: text('report_path').notNull(),
    status: text('status').$type<UnitStatus>().notNull().default('active'),
    validFrom: date('valid_from').notNull(),
    validTo: date('valid_to'),
    mergedIntoId: integer('merged_into_id').references((): AnyPgColumn => units.id),
    /** Folded name, short name and code: what search matches, diacritics ignored. */
    searchKey: text('search_key').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('units_code_key').on(t.code),
    index('units_parent_id_idx').on(t.parentId),
    index('units_reporting_parent_id_idx').on(t.reportingParentId),
    index('units_path_idx').using('btree', sql`${t.path} text_pattern_ops`),
    index('units_report_path_idx').using('btree', sql`${t.reportPath} text_pattern_ops`),
    index('units_search_key_trgm_idx').using('gin', sql`${t.searchKey} gin_trgm_ops`),
  ],
);

/** One row per period in which a unit's name, parent and attributes held; the open one has no valid_to. */
export const unitVersions = pgTable(
  'unit_versions',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    validFrom: date('valid_from').notNull(),
    validTo: date('valid_to'),
    name: text('name').notNull(),
    shortName: text('short_name'),
    kind: text('kind').$type<UnitKind>().notNull(),
    parentId: integer('parent_id').references(() => units.id),
    reportingParentId: integer('reporting_parent_id').references(() => units.id),
    sector: text('sector').$type<Sector>().notNull(),
    province: text('province'),
    searchKey: text('search_key').notNull(),
  },
  (t) => [
    index('unit_versions_unit_id_idx').on(t.unitId, t.validFrom),
    index('unit_versions_parent_id_idx').on(t.parentId, t.validFrom),
  ],
);
