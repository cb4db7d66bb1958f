// One pass of the reminder scanner: write the reminders due now (each user and subject once, whatever the number
// of scans or instances), then mail what is unsent when SMTP is configured.
import { vietnamToday } from '../../../shared/dates.ts';
import type { Config } from '../../config.ts';
import type { Database } from '../../db/client.ts';
import { and, inArray } from 'drizzle-orm';
import type { Ctx } from '../../context.ts';
import { notifications } from '../../db/schema/index.ts';
import { withWrite } from '../../db/write.ts';
import { dueReminders } from './reminder-rules.ts';
import { emailNotifications, type MailReport } from './reminder-mail.ts';

export type ScanOptions = {
  /** Its SMTP settings (CONGDOAN_SMTP_URL, CONGDOAN_SMTP_FROM) turn mailing on; its public URL prefixes the links. */
  config?: Config;
  log?: (message: string) => void;
};

export type ScanReport = { due: number; created: number; mail: MailReport | null };

/** Inserting in slices keeps one statement's parameters well under PostgreSQL's limit. */
const SLICE = 1000;

type Reminder = typeof notifications.$inferInsert;

/**
 * Only reminders not yet written go in, in one transaction with one audit row for the scan; a scan that finds
 * nothing new writes nothing. Another instance scanning at the same moment is absorbed by the unique key.
 */
async function insertNew(db: Database, config: Config | undefined, due: Reminder[]): Promise<number> {
  const fresh: Reminder[] = [];
  for (let start = 0; start < due.length; start += SLICE) {
    const slice = due.slice(start, start + SLICE);
    const existing = await db
      .select({ userId: notifications.userId, subjectKey: notifications.subjectKey })
      .from(notifications)
      .where(
        and(
          inArray(notifications.userId, [...new Set(slice.map((r) => r.userId))]),
          inArray(notifications.subjectKey, [...new Set(slice.map((r) => r.subjectKey))]),
        ),
      );
    const seen = new Set(existing.map((r) => `${r.userId}|${r.subjectKey}`));
    fresh.push(...slice.filter((r) => !seen.has(`${r.userId}|${r.subjectKey}`)));
  }
  if (fresh.length === 0) return 0;
  const ctx = { db, config: config as Config, actor: null, requestId: 'reminders', ip: null } satisfies Ctx;
  return withWrite(ctx, async (tx, audit) => {
    let created = 0;
    for (let start = 0; start < fresh.length; start += SLICE) {
      const inserted = await tx
        .insert(notifications)
        .values(fresh.slice(start, start + SLICE))
        .onConflictDoNothing({ target: [notifications.userId, notifications.subjectKey] })
        .returning({ id: notifications.id });
      created += inserted.length;
    }
    audit({
      action: 'notification.create',
      entity: 'notification',
      entityId: 'scan',
      after: { created, kinds: [...new Set(fresh.map((r) => r.kind))] },
    });
    return created;
  });
}

export async function scanReminders(db: Database, now: Date, options: ScanOptions = {}): Promise<ScanReport> {
  const log = options.log ?? (() => undefined);
  const due = await dueReminders(db, vietnamToday(now));
  const created = await insertNew(db, options.config, due);
  const config = options.config;
  const mail = config?.smtp
    ? await emailNotifications({ db, config, actor: null, requestId: 'reminders', ip: null }, config.smtp, log)
    : null;
  return { due: due.length, created, mail };
}
