// The user administration contract: accounts and their role grants on units.
import { z } from 'zod';
import { roles } from '../enums.ts';
import { grantSchema } from './auth.ts';

/** The person a login belongs to (what "Hồ sơ của tôi" shows), as the users list names them. */
export const userPersonSchema = z.object({
  id: z.number().int(),
  /** With titles the Vietnamese way: "GS.TS. Phạm Thanh Bình". */
  fullName: z.string(),
  /** The grassroots union of their open membership; null when they have none. */
  unitName: z.string().nullable(),
});
export type UserPerson = z.infer<typeof userPersonSchema>;

export const userSchema = z.object({
  id: z.number().int(),
  username: z.string(),
  displayName: z.string(),
  disabled: z.boolean(),
  lockedUntil: z.string().nullable(),
  createdAt: z.string(),
  grants: z.array(grantSchema),
  person: userPersonSchema.nullable(),
});
export type User = z.infer<typeof userSchema>;

export const userListSchema = z.object({ items: z.array(userSchema) });

export const createUserBodySchema = z
  .object({
    username: z
      .string()
      .trim()
      .min(3)
      .max(60)
      .regex(/^[a-z0-9._-]+$/, 'username: a-z 0-9 . _ -'),
    displayName: z.string().trim().min(2).max(200),
    password: z.string().min(10).max(200),
    grants: z.array(z.object({ role: z.enum(roles), unitId: z.number().int().positive() }).strict()).min(1),
    /** The member record this login belongs to, linked in the same transaction. */
    personId: z.number().int().positive().optional(),
  })
  .strict();

export const addGrantBodySchema = z.object({ role: z.enum(roles), unitId: z.number().int().positive() }).strict();
