// The organisation tree contract: units, their history and the reorganisations.
import { z } from 'zod';
import { sectors, unitKinds, unitStatuses } from '../enums.ts';
import { isoDateSchema } from './common.ts';

export const unitCodeSchema = z
  .string()
  .trim()
  .min(2)
  .max(40)
  .regex(/^[A-Z0-9][A-Z0-9_.-]*$/, 'code: A-Z, 0-9, _ . -');

export const unitAbilitiesSchema = z.object({
  update: z.boolean(),
  createChild: z.boolean(),
  move: z.boolean(),
  merge: z.boolean(),
  split: z.boolean(),
  dissolve: z.boolean(),
});
export type UnitAbilities = z.infer<typeof unitAbilitiesSchema>;

export const unitSchema = z.object({
  id: z.number().int(),
  code: z.string(),
  name: z.string(),
  shortName: z.string().nullable(),
  kind: z.enum(unitKinds),
  parentId: z.number().int().nullable(),
  reportingParentId: z.number().int().nullable(),
  sector: z.enum(sectors),
  province: z.string().nullable(),
  status: z.enum(unitStatuses),
  validFrom: z.string(),
  validTo: z.string().nullable(),
  mergedIntoId: z.number().int().nullable(),
  childCount: z.number().int(),
  abilities: unitAbilitiesSchema,
});
export type Unit = z.infer<typeof unitSchema>;

export const unitDetailSchema = unitSchema.extend({
  parent: z.object({ id: z.number().int(), code: z.string(), name: z.string() }).nullable(),
  reportingParent: z.object({ id: z.number().int(), code: z.string(), name: z.string() }).nullable(),
  ancestors: z.array(z.object({ id: z.number().int(), code: z.string(), name: z.string() })),
});
export type UnitDetail = z.infer<typeof unitDetailSchema>;

export const unitListQuerySchema = z
  .object({
    /** Children of this unit; with neither parentId nor q, the roots the user can reach. */
    parentId: z.coerce.number().int().positive().optional(),
    /** Search by name, short name or code; diacritics are ignored. */
    q: z.string().trim().max(100).optional(),
    /** The tree as it stood on this date; default today. */
    asOf: isoDateSchema.optional(),
    limit: z.coerce.number().int().min(1).max(1000).default(200),
  })
  .strict();

export const unitListSchema = z.object({ items: z.array(unitSchema) });

const unitFields = {
  name: z.string().trim().min(2).max(300),
  shortName: z.string().trim().max(100).nullable().optional(),
  sector: z.enum(sectors).default('public'),
  province: z.string().trim().max(100).nullable().optional(),
};

export const createUnitBodySchema = z
  .object({
    code: unitCodeSchema,
    kind: z.enum(unitKinds),
    parentId: z.number().int().positive(),
    reportingParentId: z.number().int().positive().nullable().optional(),
    validFrom: isoDateSchema.optional(),
    ...unitFields,
  })
  .strict();
export type CreateUnitBody = z.input<typeof createUnitBodySchema>;

export const updateUnitBodySchema = z
  .object({
    name: unitFields.name.optional(),
    shortName: unitFields.shortName,
    sector: z.enum(sectors).optional(),
    province: unitFields.province,
    reportingParentId: z.number().int().positive().nullable().optional(),
    /** Date the change takes effect; default today. */
    effectiveDate: isoDateSchema.optional(),
  })
  .strict();
export type UpdateUnitBody = z.input<typeof updateUnitBodySchema>;

export const moveUnitBodySchema = z
  .object({ parentId: z.number().int().positive(), effectiveDate: isoDateSchema.optional() })
  .strict();

/** Merge the unit in the path into targetId: its children and later its members follow. */
export const mergeUnitBodySchema = z
  .object({ targetId: z.number().int().positive(), effectiveDate: isoDateSchema.optional() })
  .strict();

export const splitUnitBodySchema = z
  .object({
    effectiveDate: isoDateSchema.optional(),
    /** Index of the part that takes the split unit's own members and workers (required when it has any). */
    membersToPart: z.number().int().min(0).max(19).optional(),
    parts: z
      .array(
        z
          .object({
            code: unitCodeSchema,
            name: unitFields.name,
            shortName: unitFields.shortName,
            /** Ids of the split unit's children that go to this part. */
            childIds: z.array(z.number().int().positive()).default([]),
          })
          .strict(),
      )
      .min(2)
      .max(20),
  })
  .strict();
export type SplitUnitBody = z.input<typeof splitUnitBodySchema>;

export const dissolveUnitBodySchema = z
  .object({ reason: z.string().trim().min(3).max(1000), effectiveDate: isoDateSchema.optional() })
  .strict();

export const unitVersionSchema = z.object({
  validFrom: z.string(),
  validTo: z.string().nullable(),
  name: z.string(),
  shortName: z.string().nullable(),
  parentId: z.number().int().nullable(),
  parentName: z.string().nullable(),
  reportingParentId: z.number().int().nullable(),
  sector: z.enum(sectors),
  province: z.string().nullable(),
});
export const unitHistorySchema = z.object({ versions: z.array(unitVersionSchema) });
