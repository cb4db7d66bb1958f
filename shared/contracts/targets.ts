// The plan targets (chỉ tiêu) contract: indicators, targets per unit and period, reports and achievement.
import { z } from 'zod';
import { isoDateSchema } from './common.ts';

/** Where an indicator's achieved figure comes from: counted from the data, or reported by hand. */
export const indicatorSources = ['new_members', 'member_records', 'outreach_sessions', 'manual'] as const;
export type IndicatorSourceName = (typeof indicatorSources)[number];

/**
 * What makes a member's record complete for the member_records indicator: every one of these is filled
 * (the date of birth in full, not only the year). The screens list them; the server counts by them.
 */
export const memberRecordFields = [
  'birthDate',
  'gender',
  'ethnicity',
  'citizenId',
  'qualification',
  'cardNumber',
] as const;

const unitRefSchema = z.object({ id: z.number().int(), code: z.string(), name: z.string() });
export type TargetUnitRef = z.infer<typeof unitRefSchema>;

/** A figure as a target or a report holds it: not negative, at most two decimals (numeric(14,2)). */
export const MAX_FIGURE = 999_999_999_999.99;

export const indicatorAbilitiesSchema = z.object({ update: z.boolean(), archive: z.boolean() });

export const indicatorSchema = z.object({
  id: z.number().int(),
  /** Built-in indicators have a code (new_members, member_records, outreach_sessions); user-defined ones none. */
  code: z.string().nullable(),
  name: z.string(),
  unitOfMeasure: z.string(),
  source: z.enum(indicatorSources),
  /** The unit that defined it; null for built-in indicators. */
  ownerUnit: unitRefSchema.nullable(),
  archived: z.boolean(),
  abilities: indicatorAbilitiesSchema,
});
export type Indicator = z.infer<typeof indicatorSchema>;

export const indicatorListQuerySchema = z
  .object({
    /** Unit code: the indicators usable there (built-in, and those defined by it or a unit above it). */
    unit: z.string().trim().min(1).max(40).optional(),
    includeArchived: z.enum(['true', 'false']).default('false'),
  })
  .strict();

export const createIndicatorBodySchema = z
  .object({
    ownerUnitId: z.number().int().positive(),
    name: z.string().trim().min(3).max(200),
    unitOfMeasure: z.string().trim().min(1).max(50),
  })
  .strict();
export type CreateIndicatorBody = z.infer<typeof createIndicatorBodySchema>;

export const updateIndicatorBodySchema = z
  .object({
    name: z.string().trim().min(3).max(200).optional(),
    unitOfMeasure: z.string().trim().min(1).max(50).optional(),
  })
  .strict();
export type UpdateIndicatorBody = z.infer<typeof updateIndicatorBodySchema>;

export const targetAbilitiesSchema = z.object({
  update: z.boolean(),
  delete: z.boolean(),
  /** Report the achieved figure with evidence: manual indicators, officers of the target unit. */
  report: z.boolean(),
});

export const evidenceFileSchema = z.object({
  id: z.number().int(),
  fileName: z.string(),
  mimeType: z.string(),
  byteSize: z.number().int(),
});

export const targetSchema = z.object({
  id: z.number().int(),
  indicatorId: z.number().int(),
  unit: unitRefSchema,
  setByUnit: unitRefSchema,
  periodStart: z.string(),
  periodEnd: z.string(),
  targetValue: z.number(),
  note: z.string().nullable(),
  reportedValue: z.number().nullable(),
  evidence: z.string().nullable(),
  evidenceFile: evidenceFileSchema.nullable(),
  reportedBy: z.string().nullable(),
  reportedAt: z.string().nullable(),
  abilities: targetAbilitiesSchema,
});
export type Target = z.infer<typeof targetSchema>;

const periodFields = { periodStart: isoDateSchema, periodEnd: isoDateSchema };

export const bulkTargetsBodySchema = z
  .object({
    indicatorId: z.number().int().positive(),
    /** The unit setting the targets: its officers set them for it and for the units below it. */
    setByUnitId: z.number().int().positive(),
    ...periodFields,
    note: z.string().trim().max(1000).nullable().optional(),
    rows: z
      .array(z.object({ unitId: z.number().int().positive(), targetValue: z.number() }).strict())
      .min(1)
      .max(2000),
  })
  .strict();
export type BulkTargetsBody = z.infer<typeof bulkTargetsBodySchema>;

export const updateTargetBodySchema = z
  .object({
    targetValue: z.number().optional(),
    note: z.string().trim().max(1000).nullable().optional(),
  })
  .strict();
export type UpdateTargetBody = z.infer<typeof updateTargetBodySchema>;

export const reportTargetBodySchema = z
  .object({
    reportedValue: z.number(),
    /** What shows the figure: a description, a file, or both. */
    evidence: z.string().trim().max(4000).nullable().optional(),
    evidenceAttachmentId: z.number().int().positive().nullable().optional(),
  })
  .strict();
export type ReportTargetBody = z.infer<typeof reportTargetBodySchema>;

export const planQuerySchema = z
  .object({
    setBy: z.coerce.number().int().positive(),
    indicatorId: z.coerce.number().int().positive(),
    from: isoDateSchema,
    to: isoDateSchema,
  })
  .strict();

/** The rows of the bulk form: the setting unit and the units directly below it, with what is already set. */
export const planSchema = z.object({
  setByUnit: unitRefSchema,
  rows: z.array(
    z.object({
      unit: unitRefSchema,
      self: z.boolean(),
      existing: z.object({ id: z.number().int(), targetValue: z.number(), setByUnit: unitRefSchema }).nullable(),
    }),
  ),
});
export type Plan = z.infer<typeof planSchema>;

export const achievementQuerySchema = z
  .object({
    /** Unit code; default the first unit the user is granted on. */
    unit: z.string().trim().min(1).max(40).optional(),
    from: isoDateSchema,
    to: isoDateSchema,
  })
  .strict();
export type AchievementQuery = z.infer<typeof achievementQuerySchema>;

/**
 * How the achieved figure was obtained: counted from the data over the unit's subtree, the unit's own
 * report, the sum of the reports of the units below it (each counted once, the highest reporting unit of
 * a branch), or nothing yet.
 */
export const achievementBases = ['computed', 'own_report', 'children_reports', 'none'] as const;
export type AchievementBasis = (typeof achievementBases)[number];

export const unitAchievementSchema = z.object({
  unit: unitRefSchema,
  target: targetSchema.nullable(),
  achieved: z.number().nullable(),
  basis: z.enum(achievementBases),
  /** For children_reports: how many units' reports were added up. */
  reportingUnits: z.number().int(),
  /** achieved / target in percent, two decimals; null without a target. */
  rate: z.number().nullable(),
});
export type UnitAchievement = z.infer<typeof unitAchievementSchema>;

export const achievementSchema = z.object({
  unit: unitRefSchema,
  periodStart: z.string(),
  periodEnd: z.string(),
  /** The date member figures were counted at: the period's end, or today while the period runs. */
  countedAt: z.string(),
  abilities: z.object({ setTargets: z.boolean(), defineIndicator: z.boolean() }),
  rows: z.array(
    z.object({
      indicator: indicatorSchema,
      own: unitAchievementSchema,
      children: z.array(unitAchievementSchema),
    }),
  ),
});
export type Achievement = z.infer<typeof achievementSchema>;

export const periodsQuerySchema = z.object({ unit: z.string().trim().min(1).max(40).optional() }).strict();
export const periodsSchema = z.object({
  periods: z.array(z.object({ periodStart: z.string(), periodEnd: z.string(), targets: z.number().int() })),
});

/** The kinds of period a target is set for: a year by default, its halves and quarters, or any from/to. */
export const periodKinds = ['year', 'half', 'quarter', 'custom'] as const;
export type PeriodKind = (typeof periodKinds)[number];

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The dates of a year, a half (part 1–2) or a quarter (part 1–4). */
export function periodRange(
  kind: Exclude<PeriodKind, 'custom'>,
  year: number,
  part = 1,
): { start: string; end: string } {
  const months = kind === 'year' ? 12 : kind === 'half' ? 6 : 3;
  const first = kind === 'year' ? 1 : (part - 1) * months + 1;
  const last = first + months - 1;
  return { start: `${year}-${pad(first)}-01`, end: `${year}-${pad(last)}-${pad(lastDay(year, last))}` };
}

/** Recognises a year, a half or a quarter from its dates, for labels; anything else is custom. */
export function describePeriod(start: string, end: string): { kind: PeriodKind; year: number; part: number } {
  const year = Number(start.slice(0, 4));
  for (const kind of ['year', 'half', 'quarter'] as const) {
    const parts = kind === 'year' ? 1 : kind === 'half' ? 2 : 4;
    for (let part = 1; part <= parts; part++) {
      const range = periodRange(kind, year, part);
      if (range.start === start && range.end === end) return { kind, year, part };
    }
  }
  return { kind: 'custom', year, part: 0 };
}
