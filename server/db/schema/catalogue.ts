// The emulation catalogue as rows: each title or form, legal document and parameter is kept as versions of
// its JSON definition, so an administrator's edit adds a version and awards keep the version they were given under.
import { sql } from 'drizzle-orm';
import { boolean, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { users } from './accounts.ts';

export type CatalogueEntryKind = 'award_type' | 'document' | 'parameter';

export const catalogueEntries = pgTable(
  'catalogue_entries',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    kind: text('kind').$type<CatalogueEntryKind>().notNull(),
    /** The award type's code, the document's key or the parameter's key. */
    key: text('key').notNull(),
    version: integer('version').notNull(),
    /** The version the engine reads; older versions stay for the awards given under them. */
    isCurrent: boolean('is_current').notNull().default(true),
    /** The AwardType, LegalDocument or ParameterDef of shared/contracts/emulation.ts. */
    definition: jsonb('definition').notNull(),
    changeNote: text('change_note'),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('catalogue_entries_kind_key_version_key').on(t.kind, t.key, t.version),
    uniqueIndex('catalogue_entries_current_key')
      .on(t.kind, t.key)
      .where(sql`${t.isCurrent}`),
    index('catalogue_entries_created_by_idx').on(t.createdBy),
  ],
);
