// E-mail copies of unread notifications, through the configured SMTP server: one message per user per scan
// listing what is new. A user without an e-mail address (users → people.email) gets none; a failed send leaves
// the notifications unsent for the next scan. One audit row per scan with the counts.
import nodemailer from 'nodemailer';
import { sql } from 'drizzle-orm';
import type { Ctx } from '../../context.ts';
import { withWrite } from '../../db/write.ts';

export type SmtpSettings = { url: string; from: string };

export type MailReport = { sent: number; failed: number; notifications: number };

/** A notice older than this is not mailed when SMTP is first configured: the bell already shows it. */
const MAX_AGE_DAYS = 7;

type Pending = {
  id: number;
  user_id: number;
  email: string;
  display_name: string;
  title: string;
  body: string;
  link: string;
};

function messageFor(user: Pending[], publicUrl: string | undefined) {
  const first = user[0]!;
  const where = (link: string) => (publicUrl ? `${publicUrl}${link}` : link);
  const lines = user.flatMap((item, index) => [
    `${index + 1}. ${item.title}`,
    `   ${item.body}`,
    `   ${where(item.link)}`,
    '',
  ]);
  return {
    to: { name: first.display_name, address: first.email },
    subject: user.length === 1 ? `[CongDoan] ${first.title}` : `[CongDoan] ${user.length} thông báo mới`,
    text: [
      `Kính gửi ${first.display_name},`,
      '',
      'Bạn có thông báo mới trên hệ thống CongDoan:',
      '',
      ...lines,
      'Thư này được gửi tự động; vui lòng không trả lời.',
    ].join('\n'),
  };
}

/** Mails the unsent, unread notifications of users with an address; marks those sent. */
export async function emailNotifications(
  ctx: Ctx,
  smtp: SmtpSettings,
  log: (message: string) => void,
): Promise<MailReport> {
  const [waiting] = (
    await ctx.db.execute<{ count: number }>(sql`
      SELECT count(*)::int AS count FROM notifications WHERE emailed_at IS NULL AND read_at IS NULL
        AND created_at > now() - ${MAX_AGE_DAYS}::int * interval '1 day'`)
  ).rows;
  if (!waiting?.count) return { sent: 0, failed: 0, notifications: 0 };

  const transport = nodemailer.createTransport(smtp.url);
  try {
    return await withWrite(ctx, async (tx, audit) => {
      // Rows another instance is mailing right now are skipped, so nobody gets a message twice.
      const { rows } = await tx.execute<Pending>(sql`
        SELECT n.id, n.user_id, p.email, u.display_name, n.title, n.body, n.link
        FROM notifications n
        JOIN users u ON u.id = n.user_id AND NOT u.disabled
        JOIN people p ON p.id = u.person_id AND coalesce(p.email, '') <> ''
        WHERE n.emailed_at IS NULL AND n.read_at IS NULL
          AND n.created_at > now() - ${MAX_AGE_DAYS}::int * interval '1 day'
        ORDER BY n.user_id, n.id
        FOR UPDATE OF n SKIP LOCKED`);
      const byUser = new Map<number, Pending[]>();
      for (const row of rows) byUser.set(row.user_id, [...(byUser.get(row.user_id) ?? []), row]);
      const sentIds: number[] = [];
      let failed = 0;
      for (const [userId, items] of byUser) {
        try {
          await transport.sendMail({ from: smtp.from, ...messageFor(items, ctx.config.publicUrl) });
          sentIds.push(...items.map((item) => item.id));
        } catch (error) {
          failed += 1;
          log(`notifications: e-mail to user ${userId} failed, retried next scan: ${(error as Error).message}`);
        }
      }
      if (sentIds.length)
        await tx.execute(
          sql`UPDATE notifications SET emailed_at = now() WHERE id IN (${sql.join(
            sentIds.map((id) => sql`${id}`),
            sql`, `,
          )})`,
        );
      const report = { sent: byUser.size - failed, failed, notifications: sentIds.length };
      audit({ action: 'notification.email', entity: 'notification', entityId: 'scan', after: report });
      return report;
    });
  } finally {
    transport.close();
  }
}
