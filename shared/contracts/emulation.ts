// The emulation catalogue as data: titles and forms, their rules as clause trees, and the eligibility answer.
// Everything here is JSON, so a catalogue row, an administrator's edit and the web's display share one shape.
import { z } from 'zod';
import { unitKinds } from '../enums.ts';

/** How sure the reference is of a fact: [LAW-2022], [OLD], [LOCAL], [UNCONFIRMED]. */
export const certainties = ['law_2022', 'old', 'local', 'unconfirmed'] as const;
export const awardCategories = ['emulation_title', 'commendation'] as const;
export const awardForms = [
  'title',
  'emulation_flag',
  'order',
  'medal',
  'honorary_title',
  'prize',
  'commemorative_medal',
  'certificate_of_merit',
  'certificate_of_commendation',
  'creative_labour_certificate',
  'quality_rating',
] as const;
export const awardLevels = [
  'grassroots',
  'upper_grassroots',
  'provincial_sector',
  'ministry_province',
  'national',
  'local_government',
] as const;
export const awardSystems = ['state', 'union'] as const;
export const recipientKinds = ['individual', 'collective', 'household'] as const;
/** Loại hình khen thưởng (reference §4.2). */
export const occasions = [
  'regular',
  'thematic',
  'ad_hoc',
  'lifetime_service',
  'length_of_service',
  'influential_achievement',
  'foreign_relations',
  'period_review',
] as const;
export const frequencies = ['per_year', 'per_lifetime', 'repeatable'] as const;
export const authorities = [
  'president',
  'government',
  'prime_minister',
  'minister',
  'mass_organisation_head',
  'provincial_pc_chair',
  'district_pc_chair',
  'commune_pc_chair',
  'peoples_committee',
  'department_director',
  'unit_head',
  'enterprise_head',
  'armed_forces_command',
] as const;
export const unionOrgans = ['executive_committee', 'presidium', 'standing_committee'] as const;
/** Annual performance rating, lowest first: KHTNV < HTNV < HTTNV < HTXSNV. */
export const ratings = ['not_completed', 'completed', 'good', 'excellent'] as const;
/** Scope of effect of an initiative or research project, lowest first (reference §6.2). */
export const recognitionLevels = ['grassroots', 'ministry_province', 'national'] as const;
export const achievementKinds = ['initiative', 'research', 'work_product', 'combat_solution'] as const;
/** Discipline, lightest first: khiển trách < cảnh cáo < hạ bậc lương < giáng chức < cách chức < buộc thôi việc. */
export const disciplineLevels = [
  'reprimand',
  'warning',
  'salary_reduction',
  'demotion',
  'removal_from_post',
  'dismissal',
] as const;
export const studyResults = ['weak', 'average', 'above_average', 'good', 'very_good', 'excellent'] as const;
export const serviceTracks = [
  'union_full_time',
  'union_part_time',
  'union_part_time_non_state',
  'union_service_unit',
  'union_enterprise_manager',
  'health_sector',
  'position_head',
  'position_deputy_head',
] as const;
/** The recipient facts an attribute clause may test; the engine's history type has the same keys. */
export const profileKeys = [
  'gender',
  'isUnionMember',
  'isUnionCadre',
  'unionCadreLevel',
  'educationLevel',
  'holdsLeadershipPost',
  'isDirectProductionWorker',
  'isInUnionStaff',
] as const;
export const outcomes = ['met', 'not_met', 'review', 'skipped'] as const;
export const verdicts = ['eligible', 'ineligible', 'needs_review'] as const;
export const reviewCauses = [
  'judgment',
  'parameter_unset',
  'criteria_unknown',
  'no_rule_set',
  'missing_data',
  'trial_application',
] as const;

export type Certainty = (typeof certainties)[number];
export type AwardCategory = (typeof awardCategories)[number];
export type AwardForm = (typeof awardForms)[number];
export type AwardLevel = (typeof awardLevels)[number];
export type RecipientKind = (typeof recipientKinds)[number];
export type Occasion = (typeof occasions)[number];
export type Rating = (typeof ratings)[number];
export type RecognitionLevel = (typeof recognitionLevels)[number];
export type AchievementKind = (typeof achievementKinds)[number];
export type DisciplineLevel = (typeof disciplineLevels)[number];
export type StudyResult = (typeof studyResults)[number];
export type ServiceTrack = (typeof serviceTracks)[number];
export type ProfileKey = (typeof profileKeys)[number];
export type Outcome = (typeof outcomes)[number];
export type Verdict = (typeof verdicts)[number];
export type ReviewCause = (typeof reviewCauses)[number];

const isoDate = z.iso.date();
const code = z.string().regex(/^[A-Z][A-Z0-9_]*$/, 'code: UPPER_SNAKE_CASE');

/** Where a rule comes from: a document key plus article, clause and point, and the reference's source keys. */
export const citationSchema = z.object({
  doc: z.string(),
  article: z.string().optional(),
  clause: z.string().optional(),
  point: z.string().optional(),
  /** The reference marks the article number with `*`: inferred from its neighbours. */
  inferred: z.boolean().optional(),
  sources: z.array(z.string()).optional(),
});
export type Citation = z.infer<typeof citationSchema>;

export const legalDocumentSchema = z.object({
  key: z.string(),
  nameVi: z.string(),
  nameEn: z.string(),
  issuedOn: isoDate.nullable(),
  validFrom: isoDate.nullable(),
  validTo: isoDate.nullable(),
  status: z.enum(certainties),
  sources: z.array(z.string()),
});
export type LegalDocument = z.infer<typeof legalDocumentSchema>;

/** A value an issuing body may configure: never a number in the rule, always a named parameter. */
export const paramRefSchema = z.object({ param: z.string() });
export type ParamRef = z.infer<typeof paramRefSchema>;
const num = z.union([z.number(), paramRefSchema]);
const codes = z.union([z.array(code).min(1), paramRefSchema]);
export type NumberOrParam = z.infer<typeof num>;
export type CodesOrParam = z.infer<typeof codes>;

export const parameterTypes = [
  'number',
  'share',
  'boolean',
  'rating',
  'discipline_level',
  'study_result',
  'codes',
] as const;
/** What an unset (null) parameter means for the clause that reads it. */
export const unsetMeanings = ['not_applied', 'needs_review', 'no_limit'] as const;
export const parameterDefSchema = z.object({
  key: z.string(),
  type: z.enum(parameterTypes),
  default: z.union([z.number(), z.boolean(), z.string(), z.array(z.string()), z.null()]),
  unset: z.enum(unsetMeanings),
  status: z.enum(certainties),
  labelVi: z.string(),
  labelEn: z.string(),
  cite: citationSchema.optional(),
  noteVi: z.string().optional(),
});
export type ParameterDef = z.infer<typeof parameterDefSchema>;
export type ParameterValue = ParameterDef['default'];

const clauseBase = z.object({
  cite: citationSchema.optional(),
  status: z.enum(certainties).optional(),
  /** A boolean parameter that switches the clause on; off means skipped. */
  when: paramRefSchema.optional(),
});
const ofAward = z.object({ of: z.literal('award'), codes, min: num });
const ofRating = z.object({ of: z.literal('rating'), atLeast: z.enum(ratings), min: num });
const memberSubject = z.union([
  z.object({ award: codes }),
  z.object({ ratingAtLeast: z.enum(ratings) }),
  z.object({ disciplineAtLeast: z.union([z.enum(disciplineLevels), paramRefSchema]) }),
]);

const leafClauseSchema = z.discriminatedUnion('kind', [
  clauseBase.extend({
    kind: z.literal('rating'),
    atLeast: z.union([z.enum(ratings), paramRefSchema]),
    years: num,
    toOffset: z.number().int(),
  }),
  clauseBase.extend({
    kind: z.literal('award_streak'),
    codes,
    length: num,
    toOffset: z.number().int().nullable(),
    maxGapYears: num,
  }),
  clauseBase.extend({
    kind: z.literal('award_count'),
    codes,
    min: num,
    years: num.nullable(),
    toOffset: z.number().int(),
  }),
  clauseBase.extend({ kind: z.literal('not_awarded'), codes, years: num.nullable() }),
  clauseBase.extend({
    kind: z.literal('since_award'),
    after: codes,
    years: num,
    ratingAtLeast: z.enum(ratings),
    counts: z.array(z.discriminatedUnion('of', [ofAward, ofRating])),
  }),
  clauseBase.extend({
    kind: z.literal('achievement'),
    kinds: z.array(z.enum(achievementKinds)).min(1),
    minLevel: z.enum(recognitionLevels),
    minCount: num,
    years: num.nullable(),
    toOffset: z.number().int(),
    requireApplied: z.boolean(),
    eachYear: z.boolean().optional(),
    minTotalValueVnd: num.optional(),
  }),
  clauseBase.extend({
    kind: z.literal('no_discipline'),
    minLevel: z.union([z.enum(disciplineLevels), paramRefSchema]),
  }),
  clauseBase.extend({ kind: z.literal('max_absence'), limitDays: num }),
  clauseBase.extend({ kind: z.literal('training'), minResult: z.union([z.enum(studyResults), paramRefSchema]) }),
  clauseBase.extend({ kind: z.literal('pledged') }),
  clauseBase.extend({ kind: z.literal('no_fine') }),
  clauseBase.extend({
    kind: z.literal('tenure'),
    since: z.enum(['hired', 'established']),
    minMonths: num,
    minMonthsAfterReorganisation: num.optional(),
  }),
  clauseBase.extend({
    kind: z.literal('service_years'),
    tracks: z.array(z.object({ track: z.enum(serviceTracks), weight: z.number().positive() })).min(1),
    minYears: num,
    minYearsFemale: num.optional(),
  }),
  clauseBase.extend({
    kind: z.literal('attribute'),
    key: z.enum(profileKeys),
    in: z.array(z.union([z.string(), z.boolean()])).min(1),
  }),
  clauseBase.extend({
    kind: z.literal('member_stat'),
    subject: memberSubject,
    measure: z.enum(['share', 'count']),
    op: z.enum(['gte', 'gt', 'lte']),
    value: num,
  }),
  clauseBase.extend({ kind: z.literal('cluster_rank'), maxRank: num }),
  clauseBase.extend({
    kind: z.literal('judgment'),
    key: z.string(),
    textVi: z.string(),
    textEn: z.string(),
    /** 'review': every candidate waits for people to decide; 'not_met': a route that exists only when claimed. */
    ifUnrecorded: z.enum(['review', 'not_met']),
  }),
  clauseBase.extend({ kind: z.literal('title_criteria'), code }),
]);
export type LeafClause = z.infer<typeof leafClauseSchema>;
export type GroupClause = z.infer<typeof clauseBase> & { kind: 'all' | 'any'; children: Clause[] };
export type Clause = LeafClause | GroupClause;
export type ClauseKind = Clause['kind'];

const groupClauseSchema = clauseBase.extend({
  kind: z.enum(['all', 'any']),
  children: z.array(z.lazy(() => clauseSchema)).min(1),
});
export const clauseSchema: z.ZodType<Clause> = z.lazy(() => z.union([groupClauseSchema, leafClauseSchema]));

const quotaBase = clauseBase;
export const quotaSchema = z.discriminatedUnion('kind', [
  quotaBase.extend({ kind: z.literal('share_of'), ofCodes: codes, max: num }),
  quotaBase.extend({
    kind: z.literal('max_count'),
    max: num,
    per: z.enum(['unit', 'proposing_unit', 'theme', 'all']),
  }),
  quotaBase.extend({
    kind: z.literal('attribute_share'),
    key: z.enum(profileKeys),
    values: z.array(z.union([z.string(), z.boolean()])).min(1),
    min: num.optional(),
    max: num.optional(),
  }),
]);
export type Quota = z.infer<typeof quotaSchema>;

/** One version of an award's criteria: valid between two dates, for one recipient kind, optionally one body. */
export const ruleSetSchema = z.object({
  id: z.string(),
  recipientKind: z.enum(recipientKinds),
  validFrom: isoDate.nullable(),
  validTo: isoDate.nullable(),
  /** A body key (e.g. 'union') whose own regulation replaces the general rule for proposals it governs. */
  appliesTo: z.string().optional(),
  status: z.enum(certainties),
  basis: z.array(citationSchema).min(1),
  /** null: the reference has no computable criteria; every proposal goes to people. */
  criteria: clauseSchema.nullable(),
  quotas: z.array(quotaSchema),
  noteVi: z.string().optional(),
});
export type RuleSet = z.infer<typeof ruleSetSchema>;

export const conferrerSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('authority'),
    authority: z.enum(authorities),
    organisationVi: z.string().optional(),
    validTo: isoDate.optional(),
    status: z.enum(certainties),
  }),
  z.object({
    kind: z.literal('union'),
    unitKind: z.enum(unitKinds),
    organ: z.enum(unionOrgans),
    status: z.enum(certainties),
  }),
]);
export type Conferrer = z.infer<typeof conferrerSchema>;

export const awardTypeSchema = z.object({
  code,
  category: z.enum(awardCategories),
  form: z.enum(awardForms),
  system: z.enum(awardSystems),
  nameVi: z.string().min(1),
  nameEn: z.string().min(1),
  altNamesVi: z.array(z.string()),
  level: z.enum(awardLevels),
  conferrers: z.array(conferrerSchema).min(1),
  recipientKinds: z.array(z.enum(recipientKinds)).min(1),
  occasions: z.array(z.enum(occasions)).min(1),
  frequency: z.enum(frequencies),
  /** Where the once-a-year or once-in-a-lifetime limit comes from. */
  frequencyCite: citationSchema.optional(),
  /** Holding this award counts as holding another (e.g. a TLĐ Bằng khen as a ministry-level one), maybe by parameter. */
  countsAs: z.array(z.object({ code, when: paramRefSchema.optional() })),
  themes: z.array(z.string()).optional(),
  rewardMultipliers: z.array(
    z.object({
      value: z.number(),
      validFrom: isoDate.nullable(),
      validTo: isoDate.nullable(),
      cite: citationSchema,
      status: z.enum(certainties),
    }),
  ),
  councilVote: z
    .object({ minShare: num, strict: z.boolean(), denominator: z.enum(['total_members', 'present']) })
    .optional(),
  status: z.enum(certainties),
  sources: z.array(z.string()),
  ruleSets: z.array(ruleSetSchema),
  noteVi: z.string().optional(),
});
export type AwardType = z.infer<typeof awardTypeSchema>;

export const catalogueSchema = z.object({
  version: z.string(),
  documents: z.array(legalDocumentSchema),
  parameters: z.array(parameterDefSchema),
  awardTypes: z.array(awardTypeSchema),
});
export type Catalogue = z.infer<typeof catalogueSchema>;

/** One line of the engine's explanation, in Vietnamese first, with an English key for the web and the logs. */
export const reasonSchema = z.object({
  key: z.string(),
  outcome: z.enum(outcomes),
  cause: z.enum(reviewCauses).optional(),
  messageVi: z.string(),
  messageEn: z.string(),
  citationVi: z.string().optional(),
  citationEn: z.string().optional(),
  status: z.enum(certainties).optional(),
  /** Reasons sharing this number are alternatives: meeting one of them is enough. */
  anyOf: z.number().int().optional(),
});
export type Reason = z.infer<typeof reasonSchema>;
export type TraceNode = Reason & { kind: string; children?: TraceNode[] };
export const traceNodeSchema: z.ZodType<TraceNode> = z.lazy(() =>
  reasonSchema.extend({ kind: z.string(), children: z.array(traceNodeSchema).optional() }),
);

export const eligibilityResultSchema = z.object({
  recipientId: z.string(),
  code,
  year: z.number().int(),
  verdict: z.enum(verdicts),
  ruleSetId: z.string().nullable(),
  /** Why the verdict is what it is: the failing clauses, or those waiting for people. */
  reasons: z.array(reasonSchema),
  /** Judgments people still have to make even when every computable clause is met. */
  pending: z.array(reasonSchema),
  achievementIds: z.array(z.string()),
  trace: traceNodeSchema.optional(),
});
export type EligibilityResult = z.infer<typeof eligibilityResultSchema>;
