// Per person and year: the annual performance rating, days absent and discipline, which the
// eligibility rules of every individual title read.
import { date, index, integer, numeric, pgTable, smallint, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import type { DisciplineLevel, Rating } from '../../../shared/contracts/emulation.ts';
import { users } from './accounts.ts';
import { people } from './members.ts';
import { units } from './units.ts';

export const performanceRatings = pgTable(
  'performance_ratings',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    personId: integer('person_id')
      .notNull()
      .references(() => people.id),
    year: smallint('year').notNull(),
    /** Where the person belonged when it was entered: its officers keep the row. */
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    rating: text('rating').$type<Rating>(),
    daysAbsent: numeric('days_absent', { precision: 5, scale: 1, mode: 'number' }),
    disciplineLevel: text('discipline_level').$type<DisciplineLevel>(),
    disciplineDecisionNo: text('discipline_decision_no'),
    disciplineDecisionDate: date('discipline_decision_date'),
    note: text('note'),
    updatedBy: integer('updated_by').references(() => users.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('performance_ratings_person_year_key').on(t.personId, t.year),
    index('performance_ratings_unit_year_idx').on(t.unitId, t.year),
  ],
);
