// Award statistics over a subtree and a period, the public honour board, and the sentences the articles use:
// "25 tập thể, 85 cá nhân"; "328 huân chương, 47 Cờ thi đua của Chính phủ, 525 Bằng khen của Thủ tướng Chính phủ".
import { z } from 'zod';
import { formatViNumber } from '../format-number.ts';
import { awardForms, awardLevels, occasions, type AwardForm, type AwardLevel } from './emulation.ts';

const label = (vi: string, en: string) => ({ vi, en });
const yearSchema = z.coerce.number().int().min(1945).max(2100);
const unitCode = z.string().trim().min(1).max(50);

/** Which year puts an award in the period: the year of achievement it rewards, or the year its decision was signed. */
export const periodBases = ['achievement_year', 'decision_date'] as const;
export type PeriodBasis = (typeof periodBases)[number];
export const periodBasisLabels: Record<PeriodBasis, { vi: string; en: string }> = {
  achievement_year: label('Theo năm thành tích', 'By year of achievement'),
  decision_date: label('Theo ngày quyết định', 'By decision date'),
};

export const awardLevelLabels: Record<AwardLevel, { vi: string; en: string }> = {
  national: label('Nhà nước', 'State'),
  ministry_province: label('Bộ, ban, ngành, tỉnh', 'Ministry, province'),
  provincial_sector: label('Công đoàn ngành, Liên đoàn Lao động tỉnh', 'Sector union, provincial federation'),
  upper_grassroots: label('Cấp trên trực tiếp cơ sở', 'Directly above grassroots'),
  grassroots: label('Cơ sở', 'Grassroots'),
  local_government: label('Chính quyền địa phương', 'Local government'),
};

export const recipientKindStatLabels = {
  collective: label('Tập thể', 'Collectives'),
  individual: label('Cá nhân', 'Individuals'),
} as const;
export type StatRecipientKind = keyof typeof recipientKindStatLabels;

/** Highest first: how the articles and the honour board order awards. */
export const levelRank: Record<AwardLevel, number> = {
  national: 0,
  ministry_province: 1,
  provincial_sector: 2,
  upper_grassroots: 3,
  grassroots: 4,
  local_government: 5,
};
/** Within one level, the order the articles name forms in: orders before flags before certificates. */
export const formRank: Record<AwardForm, number> = {
  honorary_title: 0,
  order: 1,
  medal: 2,
  prize: 3,
  title: 4,
  emulation_flag: 5,
  certificate_of_merit: 6,
  creative_labour_certificate: 7,
  commemorative_medal: 8,
  certificate_of_commendation: 9,
  quality_rating: 10,
};

export const awardStatsQuerySchema = z
  .object({
    /** Unit code; the actor's own unit when absent. */
    unit: unitCode.optional(),
    from: yearSchema,
    to: yearSchema,
    basis: z.enum(periodBases).default('achievement_year'),
    /** Narrow to one form (award code), one level or one occasion, e.g. the Sở Y tế certificates of a year. */
    code: z.string().trim().min(1).max(50).optional(),
    level: z.enum(awardLevels).optional(),
    occasion: z.enum(occasions).optional(),
  })
  .strict()
  .refine((q) => q.from <= q.to, { message: 'Năm bắt đầu phải trước hoặc bằng năm kết thúc.', path: ['to'] });
export type AwardStatsQuery = z.infer<typeof awardStatsQuerySchema>;

const counts = { collectives: z.number().int(), individuals: z.number().int(), total: z.number().int() };

export const awardStatsFormRowSchema = z.object({
  code: z.string(),
  nameVi: z.string(),
  nameEn: z.string(),
  form: z.enum(awardForms),
  level: z.enum(awardLevels),
  ...counts,
});
export type AwardStatsFormRow = z.infer<typeof awardStatsFormRowSchema>;

export const awardStatsSchema = z.object({
  unit: z.object({ id: z.number().int(), code: z.string(), name: z.string() }),
  from: z.number().int(),
  to: z.number().int(),
  basis: z.enum(periodBases),
  /** Awards counted (each award once). */
  awards: z.object(counts),
  /** Distinct recipients honoured: what "25 tập thể, 85 cá nhân" counts. */
  recipients: z.object({ collectives: z.number().int(), individuals: z.number().int() }),
  byForm: z.array(awardStatsFormRowSchema),
  byLevel: z.array(z.object({ level: z.enum(awardLevels), ...counts })),
  byOccasion: z.array(z.object({ occasion: z.enum(occasions), ...counts })),
  byYear: z.array(z.object({ year: z.number().int(), ...counts })),
  byDecider: z.array(z.object({ deciderKey: z.string(), deciderName: z.string(), ...counts })),
  recipientsSentenceVi: z.string(),
  recipientsSentenceEn: z.string(),
  formsSentenceVi: z.string(),
  formsSentenceEn: z.string(),
});
export type AwardStats = z.infer<typeof awardStatsSchema>;

/** A form as the sentences name it: the Huân chương family as one word, every other form by its printed name. */
function sentenceGroup(row: AwardStatsFormRow) {
  if (row.form === 'order') return { key: 'order', vi: 'huân chương', en: 'orders' };
  return { key: row.code, vi: row.nameVi, en: row.nameEn };
}

const enNumber = (value: number) => value.toLocaleString('en-GB');

/**
 * The two sentences the articles write, from the counts: "25 tập thể, 85 cá nhân" and
 * "328 huân chương, 47 Cờ thi đua của Chính phủ, 525 Bằng khen của Thủ tướng Chính phủ" (highest level first,
 * then by form, then the most frequent). A zero part is left out; nothing at all gives empty sentences.
 */
export function describeAwards(input: {
  recipients: { collectives: number; individuals: number };
  byForm: readonly AwardStatsFormRow[];
}): Pick<AwardStats, 'recipientsSentenceVi' | 'recipientsSentenceEn' | 'formsSentenceVi' | 'formsSentenceEn'> {
  const { collectives, individuals } = input.recipients;
  const vi: string[] = [];
  const en: string[] = [];
  if (collectives > 0) {
    vi.push(`${formatViNumber(collectives)} tập thể`);
    en.push(`${enNumber(collectives)} ${collectives === 1 ? 'collective' : 'collectives'}`);
  }
  if (individuals > 0) {
    vi.push(`${formatViNumber(individuals)} cá nhân`);
    en.push(`${enNumber(individuals)} ${individuals === 1 ? 'individual' : 'individuals'}`);
  }

  const groups = new Map<string, { vi: string; en: string; total: number; level: number; form: number }>();
  for (const row of input.byForm) {
    if (row.total === 0) continue;
    const group = sentenceGroup(row);
    const known = groups.get(group.key);
    const level = levelRank[row.level];
    const form = formRank[row.form];
    if (known) {
      known.total += row.total;
      known.level = Math.min(known.level, level);
      known.form = Math.min(known.form, form);
    } else groups.set(group.key, { vi: group.vi, en: group.en, total: row.total, level, form });
  }
  const ordered = [...groups.values()].sort(
    (a, b) => a.level - b.level || a.form - b.form || b.total - a.total || a.vi.localeCompare(b.vi, 'vi'),
  );
  return {
    recipientsSentenceVi: vi.join(', '),
    recipientsSentenceEn: en.join(', '),
    formsSentenceVi: ordered.map((group) => `${formatViNumber(group.total)} ${group.vi}`).join(', '),
    formsSentenceEn: ordered.map((group) => `${enNumber(group.total)} ${group.en}`).join(', '),
  };
}

export const honourBoardQuerySchema = z
  .object({
    /** Unit code; the root of the tree when absent. */
    unit: unitCode.optional(),
    /** The year of achievement. */
    year: yearSchema,
    /** Only awards at this level or higher. */
    minLevel: z.enum(awardLevels).optional(),
  })
  .strict();
export type HonourBoardQuery = z.infer<typeof honourBoardQuerySchema>;

/** One honoured recipient and award: nothing personal beyond the name, the academic title and the unit. */
export const honourBoardEntrySchema = z.object({
  awardId: z.number().int(),
  recipientKind: z.enum(['individual', 'collective']),
  name: z.string(),
  /** "GS.TS.", "BSCKII." for individuals who hold one. */
  academicTitle: z.string().nullable(),
  /** The unit an individual belongs to; null for a collective, whose name is the unit's. */
  unitName: z.string().nullable(),
  award: z.object({
    code: z.string(),
    nameVi: z.string(),
    nameEn: z.string(),
    level: z.enum(awardLevels),
    form: z.enum(awardForms),
  }),
  decisionNo: z.string(),
  decisionDate: z.string(),
  deciderName: z.string(),
  /** The first lines of the achievement report of the proposal that led to the award, when there was one. */
  achievement: z.string().nullable(),
});
export type HonourBoardEntry = z.infer<typeof honourBoardEntrySchema>;

export const honourBoardSchema = z.object({
  unit: z.object({ code: z.string(), name: z.string() }),
  year: z.number().int(),
  collectives: z.number().int(),
  individuals: z.number().int(),
  /** More entries matched than the board shows (it keeps the highest levels). */
  truncated: z.boolean(),
  entries: z.array(honourBoardEntrySchema),
});
export type HonourBoard = z.infer<typeof honourBoardSchema>;
