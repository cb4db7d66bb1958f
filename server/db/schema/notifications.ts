// In-app notifications (and their e-mail copies): deadlines coming up and workflow steps waiting on someone.
import { index, integer, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { users } from './accounts.ts';

export const notifications = pgTable(
  'notifications',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    kind: text('kind').notNull(),
    /** What it is about, e.g. 'proposal:12:appraisal' or 'movement:3:pledge-deadline:2026-11-30': one per user. */
    subjectKey: text('subject_key').notNull(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    /** The screen that deals with it, a path of the web app. */
    link: text('link').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp('read_at', { withTimezone: true }),
    emailedAt: timestamp('emailed_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('notifications_user_subject_key').on(t.userId, t.subjectKey),
    index('notifications_user_unread_idx').on(t.userId, t.createdAt),
  ],
);
