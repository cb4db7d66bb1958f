// In-app notifications (thông báo): deadlines coming up and workflow steps waiting on the user, unread first.
import { z } from 'zod';
import { idSchema } from './common.ts';

/** What a reminder is about; the scanner writes these, the bell shows an icon per kind. */
export const notificationKinds = [
  'pledge_deadline',
  'self_assessment_deadline',
  'proposal_deadline',
  'proposal_submitted',
  'proposal_returned',
  'posting_ended',
  'council_vote',
] as const;
export type NotificationKind = (typeof notificationKinds)[number];

export const notificationListQuerySchema = z
  .object({
    page: z.coerce.number().int().min(1).default(1),
    pageSize: z.coerce.number().int().min(1).max(100).default(20),
  })
  .strict();
export type NotificationListQuery = z.infer<typeof notificationListQuerySchema>;

export const notificationSchema = z.object({
  id: z.number().int(),
  kind: z.string(),
  title: z.string(),
  body: z.string(),
  /** A path of the web app, e.g. /proposals/12. */
  link: z.string(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export type Notification = z.infer<typeof notificationSchema>;

export const notificationListSchema = z.object({
  items: z.array(notificationSchema),
  total: z.number().int(),
  unread: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type NotificationList = z.infer<typeof notificationListSchema>;

export const notificationCountSchema = z.object({ unread: z.number().int() });
export type NotificationCount = z.infer<typeof notificationCountSchema>;

export const notificationIdParamsSchema = z.object({ id: idSchema }).strict();

export const readAllResultSchema = z.object({ updated: z.number().int() });
export type ReadAllResult = z.infer<typeof readAllResultSchema>;
