// The members contract: people, their membership and employment, search and the changes of membership.
import { z } from 'zod';
import { sectors } from '../enums.ts';
import { contractKinds, ethnicities, genders, membershipStatuses, qualifications } from '../members-enums.ts';
import { isoDateSchema, pageOf } from './common.ts';

/** 12 digits (căn cước), or the old 9-digit identity card number. */
export const citizenIdSchema = z
  .string()
  .trim()
  .regex(/^(\d{9}|\d{12})$/, 'citizenId: 9 or 12 digits');
export const cardNumberSchema = z
  .string()
  .trim()
  .min(3)
  .max(30)
  .regex(/^[A-Za-z0-9./-]+$/, 'cardNumber: letters, digits . / -');

const unitRefSchema = z.object({ id: z.number().int(), code: z.string(), name: z.string() });

export const memberAbilitiesSchema = z.object({
  update: z.boolean(),
  transfer: z.boolean(),
  leave: z.boolean(),
  join: z.boolean(),
  viewCitizenId: z.boolean(),
});
export type MemberAbilities = z.infer<typeof memberAbilitiesSchema>;

export const memberSummarySchema = z.object({
  id: z.number().int(),
  fullName: z.string(),
  /** With titles the Vietnamese way: "GS.TS. Phạm Thanh Bình". */
  displayName: z.string(),
  gender: z.enum(genders).nullable(),
  birthDate: z.string().nullable(),
  birthYear: z.number().int().nullable(),
  /** Masked to the last 4 digits unless the viewer may see it. */
  citizenId: z.string().nullable(),
  qualification: z.enum(qualifications).nullable(),
  position: z.string().nullable(),
  cardNumber: z.string().nullable(),
  status: z.enum(membershipStatuses).nullable(),
  joinedOn: z.string().nullable(),
  unit: unitRefSchema.nullable(),
});
export type MemberSummary = z.infer<typeof memberSummarySchema>;

export const membershipPeriodSchema = z.object({
  id: z.number().int(),
  unit: unitRefSchema,
  cardNumber: z.string().nullable(),
  joinedOn: z.string(),
  validFrom: z.string(),
  validTo: z.string().nullable(),
  status: z.enum(membershipStatuses),
  leftOn: z.string().nullable(),
  leftReason: z.string().nullable(),
});

export const employmentPeriodSchema = z.object({
  id: z.number().int(),
  unit: unitRefSchema,
  validFrom: z.string(),
  validTo: z.string().nullable(),
  contractKind: z.enum(contractKinds).nullable(),
});

export const memberDetailSchema = memberSummarySchema.extend({
  familyName: z.string(),
  middleName: z.string(),
  givenName: z.string(),
  titles: z.array(z.string()),
  ethnicity: z.string().nullable(),
  religion: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  memberships: z.array(membershipPeriodSchema),
  employments: z.array(employmentPeriodSchema),
  abilities: memberAbilitiesSchema,
});
export type MemberDetail = z.infer<typeof memberDetailSchema>;

export const memberListQuerySchema = z
  .object({
    /** Part of a name (with or without diacritics), a card number, a citizen ID or a birth year. */
    q: z.string().trim().max(100).optional(),
    /** Unit code; the list covers its whole subtree. */
    unit: z.string().trim().max(40).optional(),
    /** `non_member`: workers of the subtree without an open membership (the other side of the unionisation rate). */
    status: z.enum([...membershipStatuses, 'all', 'non_member']).default('active'),
    gender: z.enum(genders).optional(),
    qualification: z.enum(qualifications).optional(),
    sector: z.enum(sectors).optional(),
    birthYear: z.coerce.number().int().min(1900).max(2100).optional(),
    /** Members as the list stood on this date. */
    asOf: isoDateSchema.optional(),
    page: z.coerce.number().int().min(1).default(1),
    pageSize: z.coerce.number().int().min(1).max(200).default(50),
  })
  .strict();
export type MemberListQuery = z.infer<typeof memberListQuerySchema>;

export const memberPageSchema = pageOf(memberSummarySchema);

const personFields = {
  /** As typed; titles in front ("ThS. BSCKII Lê Văn Bình") are recognised and kept apart. */
  fullName: z.string().trim().min(2).max(200),
  gender: z.enum(genders).nullable().optional(),
  birthDate: isoDateSchema.nullable().optional(),
  birthYear: z.number().int().min(1900).max(2100).nullable().optional(),
  ethnicity: z.enum(ethnicities).nullable().optional(),
  religion: z.string().trim().max(100).nullable().optional(),
  citizenId: citizenIdSchema.nullable().optional(),
  phone: z
    .string()
    .trim()
    .regex(/^[0-9 +().-]{8,20}$/, 'phone: digits, 8–20 characters')
    .nullable()
    .optional(),
  email: z.email().max(200).nullable().optional(),
  qualification: z.enum(qualifications).nullable().optional(),
  position: z.string().trim().max(200).nullable().optional(),
};

export const createMemberBodySchema = z
  .object({
    ...personFields,
    /** The grassroots union the person joins; leave out for a worker who is not a member. */
    membership: z
      .object({
        unitId: z.number().int().positive(),
        joinedOn: isoDateSchema,
        cardNumber: cardNumberSchema.nullable().optional(),
      })
      .strict()
      .optional(),
    employment: z
      .object({
        unitId: z.number().int().positive(),
        validFrom: isoDateSchema,
        contractKind: z.enum(contractKinds).nullable().optional(),
      })
      .strict()
      .optional(),
  })
  .strict();
export type CreateMemberBody = z.input<typeof createMemberBodySchema>;

export const updateMemberBodySchema = z
  .object({
    ...personFields,
    fullName: personFields.fullName.optional(),
    cardNumber: cardNumberSchema.nullable().optional(),
  })
  .strict();
export type UpdateMemberBody = z.input<typeof updateMemberBodySchema>;

export const transferMemberBodySchema = z
  .object({
    unitId: z.number().int().positive(),
    date: isoDateSchema.optional(),
    cardNumber: cardNumberSchema.nullable().optional(),
  })
  .strict();
export const leaveMemberBodySchema = z
  .object({
    date: isoDateSchema.optional(),
    reason: z.string().trim().min(3).max(500),
    suspend: z.boolean().default(false),
  })
  .strict();
export const joinMemberBodySchema = z
  .object({
    unitId: z.number().int().positive(),
    joinedOn: isoDateSchema.optional(),
    cardNumber: cardNumberSchema.nullable().optional(),
  })
  .strict();

export const memberStatsQuerySchema = z
  .object({
    /** Unit code: the statistics cover its whole subtree; default the whole scope. */
    unit: z.string().trim().max(40).optional(),
    /** The period for new members and leavers; default the current calendar year. */
    from: isoDateSchema.optional(),
    to: isoDateSchema.optional(),
  })
  .strict();

const countsSchema = z.array(z.object({ key: z.string(), count: z.number().int() }));

export const memberStatsSchema = z.object({
  unit: unitRefSchema.nullable(),
  from: z.string(),
  to: z.string(),
  members: z.number().int(),
  /** Everyone employed at a unit of the subtree, member or not. */
  workforce: z.number().int(),
  /** Members of the subtree who also work in it, over the workforce; null without a workforce. */
  unionisationRate: z.number().nullable(),
  newMembers: z.number().int(),
  leavers: z.number().int(),
  byGender: countsSchema,
  byAgeBand: countsSchema,
  byEthnicity: countsSchema,
  byQualification: countsSchema,
  bySector: countsSchema,
});
export type MemberStats = z.infer<typeof memberStatsSchema>;
