// A member's requests to correct their own record, decided by an officer of their union.
import { index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { users } from './accounts.ts';
import { people } from './members.ts';

export type CorrectionStatus = 'pending' | 'approved' | 'rejected' | 'withdrawn';

export const correctionRequests = pgTable(
  'correction_requests',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    personId: integer('person_id')
      .notNull()
      .references(() => people.id),
    requestedBy: integer('requested_by')
      .notNull()
      .references(() => users.id),
    /** Field → { from, to }: the record as the member saw it and what they ask for. */
    changes: jsonb('changes').$type<Record<string, { from: unknown; to: unknown }>>().notNull(),
    reason: text('reason').notNull(),
    status: text('status').$type<CorrectionStatus>().notNull().default('pending'),
    decidedBy: integer('decided_by').references(() => users.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    decisionNote: text('decision_note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('correction_requests_person_idx').on(t.personId, t.createdAt),
    index('correction_requests_status_idx').on(t.status, t.createdAt),
  ],
);
