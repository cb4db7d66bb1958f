// The login, session and account contract.
import { z } from 'zod';
import { roles } from '../enums.ts';

export const loginBodySchema = z
  .object({
    username: z.string().trim().min(1).max(100),
    password: z.string().min(1).max(200),
  })
  .strict();

export const grantSchema = z.object({
  id: z.number().int(),
  role: z.enum(roles),
  unitId: z.number().int(),
  unitCode: z.string(),
  unitName: z.string(),
});
export type Grant = z.infer<typeof grantSchema>;

/** What the screens may show: derived by the server's policy module, never by the web app. */
export const capabilitiesSchema = z.object({
  viewUnits: z.boolean(),
  manageUnits: z.boolean(),
  viewMembers: z.boolean(),
  manageMembers: z.boolean(),
  /** Exporting personal data is a permission of its own. */
  exportMembers: z.boolean(),
  viewAudit: z.boolean(),
  manageUsers: z.boolean(),
  /** The login belongs to a person: "Hồ sơ của tôi", their own record, card and correction requests. */
  ownRecord: z.boolean(),
  /** Deciding members' requests to correct their records: officers who keep member records. */
  reviewCorrections: z.boolean(),
  /** Plan targets (chỉ tiêu): reading achievement, and setting targets and defining indicators. */
  viewTargets: z.boolean(),
  manageTargets: z.boolean(),
  /** The register of initiatives and research, and the annual ratings, absences and discipline. */
  viewInitiatives: z.boolean(),
  manageInitiatives: z.boolean(),
  viewPerformanceRatings: z.boolean(),
  managePerformanceRatings: z.boolean(),
  /** Award histories and the eligibility check over them; editing the catalogue of titles and forms. */
  viewAwards: z.boolean(),
  manageAwards: z.boolean(),
  manageCatalogue: z.boolean(),
  /** Emulation movements: reading them, pledges and rankings; launching, scoring and reviewing. */
  viewMovements: z.boolean(),
  manageMovements: z.boolean(),
  /** Award proposals and council meetings: reading them; drafting, appraising and deciding. */
  viewProposals: z.boolean(),
  manageProposals: z.boolean(),
});
export type Capabilities = z.infer<typeof capabilitiesSchema>;

export const meSchema = z.object({
  user: z.object({
    id: z.number().int(),
    username: z.string(),
    displayName: z.string(),
    mustChangePassword: z.boolean(),
  }),
  grants: z.array(grantSchema),
  capabilities: capabilitiesSchema,
  /** Sent back in the X-CSRF-Token header on every state-changing request. */
  csrfToken: z.string(),
  sessionExpiresAt: z.string(),
});
export type Me = z.infer<typeof meSchema>;

export const changePasswordBodySchema = z
  .object({
    currentPassword: z.string().min(1).max(200),
    newPassword: z.string().min(10).max(200),
  })
  .strict();

export const sessionInfoSchema = z.object({
  id: z.string(),
  createdAt: z.string(),
  lastSeenAt: z.string(),
  expiresAt: z.string(),
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
  current: z.boolean(),
});
export type SessionInfo = z.infer<typeof sessionInfoSchema>;
