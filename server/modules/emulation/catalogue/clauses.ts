// Short constructors for clause data, so the catalogue reads like the reference's formulas. They build plain JSON.
import type {
  AchievementKind,
  Citation,
  Clause,
  CodesOrParam,
  DisciplineLevel,
  NumberOrParam,
  ParamRef,
  ProfileKey,
  Quota,
  Rating,
  RecognitionLevel,
  ServiceTrack,
  StudyResult,
} from '../../../../shared/contracts/emulation.ts';

type Extra = { cite?: Citation; status?: Clause['status']; when?: ParamRef };

export const param = (key: string): ParamRef => ({ param: key });

export function cite(doc: string, article?: string, more: Omit<Citation, 'doc' | 'article'> = {}): Citation {
  return article === undefined ? { doc, ...more } : { doc, article, ...more };
}
/** Luật Thi đua, khen thưởng 2022, the article the reference confirms (or infers, with `*`). */
export const luat = (article: string, more: Omit<Citation, 'doc' | 'article'> = {}) => cite('LUAT_2022', article, more);

export const all = (children: Clause[], extra: Extra = {}): Clause => ({ kind: 'all', children, ...extra });
export const any = (children: Clause[], extra: Extra = {}): Clause => ({ kind: 'any', children, ...extra });

export function rating(atLeast: Rating | ParamRef, extra: Extra & { years?: NumberOrParam; toOffset?: number } = {}) {
  const { years = 1, toOffset = 0, ...rest } = extra;
  return { kind: 'rating', atLeast, years, toOffset, ...rest } satisfies Clause;
}

export function streak(
  codes: CodesOrParam,
  length: NumberOrParam,
  extra: Extra & { toOffset?: number | null; maxGapYears?: NumberOrParam } = {},
) {
  const { toOffset = 0, maxGapYears = 1, ...rest } = extra;
  return { kind: 'award_streak', codes, length, toOffset, maxGapYears, ...rest } satisfies Clause;
}

export function awardCount(
  codes: CodesOrParam,
  min: NumberOrParam,
  extra: Extra & { years?: NumberOrParam | null; toOffset?: number } = {},
) {
  const { years = 1, toOffset = 0, ...rest } = extra;
  return { kind: 'award_count', codes, min, years, toOffset, ...rest } satisfies Clause;
}

export const notAwarded = (codes: CodesOrParam, years: NumberOrParam | null, extra: Extra = {}) =>
  ({ kind: 'not_awarded', codes, years, ...extra }) satisfies Clause;

type CountSpec =
  { of: 'award'; codes: CodesOrParam; min: NumberOrParam } | { of: 'rating'; atLeast: Rating; min: NumberOrParam };
export function sinceAward(
  after: CodesOrParam,
  years: NumberOrParam,
  ratingAtLeast: Rating,
  counts: CountSpec[],
  extra: Extra = {},
) {
  return { kind: 'since_award', after, years, ratingAtLeast, counts, ...extra } satisfies Clause;
}

type AchievementOptions = Extra & {
  minLevel?: RecognitionLevel;
  minCount?: NumberOrParam;
  years?: NumberOrParam | null;
  toOffset?: number;
  requireApplied?: boolean;
  eachYear?: boolean;
  minTotalValueVnd?: NumberOrParam;
};
export function achievement(kinds: AchievementKind[], options: AchievementOptions = {}) {
  const { minLevel = 'grassroots', minCount = 1, years = 1, toOffset = 0, requireApplied = false, ...rest } = options;
  return { kind: 'achievement', kinds, minLevel, minCount, years, toOffset, requireApplied, ...rest } satisfies Clause;
}

export const noDiscipline = (minLevel: DisciplineLevel | ParamRef, extra: Extra = {}) =>
  ({ kind: 'no_discipline', minLevel, ...extra }) satisfies Clause;
export const maxAbsence = (limitDays: NumberOrParam, extra: Extra = {}) =>
  ({ kind: 'max_absence', limitDays, ...extra }) satisfies Clause;
export const training = (minResult: StudyResult | ParamRef, extra: Extra = {}) =>
  ({ kind: 'training', minResult, ...extra }) satisfies Clause;
export const pledged = (extra: Extra = {}) => ({ kind: 'pledged', ...extra }) satisfies Clause;
export const noFine = (extra: Extra = {}) => ({ kind: 'no_fine', ...extra }) satisfies Clause;

export function tenure(
  since: 'hired' | 'established',
  minMonths: NumberOrParam,
  extra: Extra & { minMonthsAfterReorganisation?: NumberOrParam } = {},
) {
  return { kind: 'tenure', since, minMonths, ...extra } satisfies Clause;
}

export function serviceYears(
  tracks: Array<[ServiceTrack, number]>,
  minYears: NumberOrParam,
  extra: Extra & { minYearsFemale?: NumberOrParam } = {},
) {
  return {
    kind: 'service_years',
    tracks: tracks.map(([track, weight]) => ({ track, weight })),
    minYears,
    ...extra,
  } satisfies Clause;
}

export const attribute = (key: ProfileKey, values: Array<string | boolean>, extra: Extra = {}) =>
  ({ kind: 'attribute', key, in: values, ...extra }) satisfies Clause;

type MemberSubject =
  { award: CodesOrParam } | { ratingAtLeast: Rating } | { disciplineAtLeast: DisciplineLevel | ParamRef };
export function memberStat(
  subject: MemberSubject,
  measure: 'share' | 'count',
  op: 'gte' | 'gt' | 'lte',
  value: NumberOrParam,
  extra: Extra = {},
) {
  return { kind: 'member_stat', subject, measure, op, value, ...extra } satisfies Clause;
}

export const clusterRank = (maxRank: NumberOrParam, extra: Extra = {}) =>
  ({ kind: 'cluster_rank', maxRank, ...extra }) satisfies Clause;

/** A condition people decide ('review'), or a route that exists only when the dossier claims it ('not_met'). */
export function judgment(
  key: string,
  textVi: string,
  textEn: string,
  ifUnrecorded: 'review' | 'not_met',
  extra: Extra = {},
) {
  return { kind: 'judgment', key, textVi, textEn, ifUnrecorded, ...extra } satisfies Clause;
}

export const titleCriteria = (code: string, extra: Extra = {}) =>
  ({ kind: 'title_criteria', code, ...extra }) satisfies Clause;

export const shareOf = (ofCodes: CodesOrParam, max: NumberOrParam, extra: Extra = {}): Quota => ({
  kind: 'share_of',
  ofCodes,
  max,
  ...extra,
});
export const maxCount = (
  max: NumberOrParam,
  per: 'unit' | 'proposing_unit' | 'theme' | 'all',
  extra: Extra = {},
): Quota => ({ kind: 'max_count', max, per, ...extra });
export const attributeShare = (
  key: ProfileKey,
  values: Array<string | boolean>,
  bounds: { min?: NumberOrParam; max?: NumberOrParam },
  extra: Extra = {},
): Quota => ({ kind: 'attribute_share', key, values, ...bounds, ...extra });
