// Per person and year: the annual performance rating, days absent and discipline, entered per unit and year.
import { z } from 'zod';
import { isoDateSchema } from './common.ts';
import { disciplineLevels, ratings, type DisciplineLevel, type Rating } from './emulation.ts';

export const ratingLabels: Record<Rating, { vi: string; short: string; en: string }> = {
  excellent: { vi: 'Hoàn thành xuất sắc nhiệm vụ', short: 'HTXSNV', en: 'Completed duties excellently' },
  good: { vi: 'Hoàn thành tốt nhiệm vụ', short: 'HTTNV', en: 'Completed duties well' },
  completed: { vi: 'Hoàn thành nhiệm vụ', short: 'HTNV', en: 'Completed duties' },
  not_completed: { vi: 'Không hoàn thành nhiệm vụ', short: 'KHTNV', en: 'Did not complete duties' },
};
export const disciplineLevelLabels: Record<DisciplineLevel, { vi: string; en: string }> = {
  reprimand: { vi: 'Khiển trách', en: 'Reprimand' },
  warning: { vi: 'Cảnh cáo', en: 'Warning' },
  salary_reduction: { vi: 'Hạ bậc lương', en: 'Salary reduction' },
  demotion: { vi: 'Giáng chức', en: 'Demotion' },
  removal_from_post: { vi: 'Cách chức', en: 'Removal from post' },
  dismissal: { vi: 'Buộc thôi việc', en: 'Dismissal' },
};
/** The screens list ratings best first, as the forms print them. */
export const ratingsBestFirst = [...ratings].reverse() as Rating[];

export const performanceRatingYearSchema = z.coerce.number().int().min(1945).max(2100);
export const MAX_DAYS_ABSENT = 366;

export const performanceRatingGridQuerySchema = z
  .object({ unit: z.string().trim().min(1).max(40).optional(), year: performanceRatingYearSchema })
  .strict();
export type PerformanceRatingGridQuery = z.infer<typeof performanceRatingGridQuerySchema>;

export const performanceRatingValuesSchema = z.object({
  rating: z.enum(ratings).nullable(),
  /** Working days absent in the year, in half days. */
  daysAbsent: z.number().min(0).max(MAX_DAYS_ABSENT).multipleOf(0.5).nullable(),
  disciplineLevel: z.enum(disciplineLevels).nullable(),
  disciplineDecisionNo: z.string().trim().max(100).nullable(),
  disciplineDecisionDate: isoDateSchema.nullable(),
  note: z.string().trim().max(500).nullable(),
});
export type PerformanceRatingValues = z.infer<typeof performanceRatingValuesSchema>;

export const performanceRatingRowSchema = performanceRatingValuesSchema.extend({
  person: z.object({
    id: z.number().int(),
    fullName: z.string(),
    titles: z.array(z.string()),
    cardNumber: z.string().nullable(),
  }),
  unit: z.object({ id: z.number().int(), code: z.string(), name: z.string() }),
  recorded: z.boolean(),
  canWrite: z.boolean(),
});
export type PerformanceRatingRow = z.infer<typeof performanceRatingRowSchema>;

/** Everyone who belonged to the unit's subtree at some time in the year, with what is recorded for them. */
export const performanceRatingGridSchema = z.object({
  unit: z.object({ id: z.number().int(), code: z.string(), name: z.string() }),
  year: z.number().int(),
  rows: z.array(performanceRatingRowSchema),
  canWrite: z.boolean(),
  /** How many rows are rated at each level: the figures a year-end report quotes. */
  ratingCounts: z.record(z.enum(ratings), z.number().int()),
});
export type PerformanceRatingGrid = z.infer<typeof performanceRatingGridSchema>;

export const savePerformanceRatingsBodySchema = z
  .object({
    unit: z.string().trim().min(1).max(40),
    year: performanceRatingYearSchema,
    rows: z
      .array(performanceRatingValuesSchema.extend({ personId: z.number().int().positive() }).strict())
      .min(1)
      .max(20000),
  })
  .strict();
export type SavePerformanceRatingsBody = z.infer<typeof savePerformanceRatingsBodySchema>;

export const savePerformanceRatingsResultSchema = z.object({
  created: z.number().int(),
  updated: z.number().int(),
  cleared: z.number().int(),
  unchanged: z.number().int(),
});
export type SavePerformanceRatingsResult = z.infer<typeof savePerformanceRatingsResultSchema>;

export const performanceRatingImportQuerySchema = z
  .object({ unit: z.string().trim().min(1).max(40), year: performanceRatingYearSchema })
  .strict();

/** One person's recorded years, newest first, for their page. */
export const personPerformanceRatingsSchema = z.object({
  items: z.array(
    performanceRatingValuesSchema.extend({
      year: z.number().int(),
      unit: z.object({ id: z.number().int(), code: z.string(), name: z.string() }),
    }),
  ),
});
export type PersonPerformanceRatings = z.infer<typeof personPerformanceRatingsSchema>;
