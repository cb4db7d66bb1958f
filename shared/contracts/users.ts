// The user administration contract: accounts and their role grants on units.
import { z } from 'zod';
import { roles } from '../enums.ts';
import { grantSchema } from './auth.ts';

export const userSchema = z.object({
  id: z.number().int(),
  username: z.string(),
  displayName: z.string(),
  disabled: z.boolean(),
  lockedUntil: z.string().nullable(),
  createdAt: z.string(),
  grants: z.array(grantSchema),
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
  })
  .strict();

export const addGrantBodySchema = z.object({ role: z.enum(roles), unitId: z.number().int().positive() }).strict();
