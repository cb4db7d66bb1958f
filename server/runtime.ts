// Opening the database the configuration names: a server by URL, or the embedded one in the data folder.
import { sql } from 'drizzle-orm';
import type { Config } from './config.ts';
import { createDatabase, type Database } from './db/client.ts';
import { runningInstanceUrl, startEmbeddedDatabase } from './db/embedded.ts';
import { AppStartError } from './errors.ts';
import { startReminderScanner } from './modules/notifications/reminder-timer.ts';

export type Runtime = { db: Database; embedded: boolean; close: () => Promise<void> };

/**
 * `shareRunning`: a command other than serve may use the PostgreSQL of a CongDoan already running on the
 * same data folder rather than fail on its lock.
 * `reminders`: run the reminder scanner (notifications, and e-mail when SMTP is configured) while open: the
 * server asks for it; one-off commands do not.
 */
export async function openDatabase(
  config: Config,
  log: (message: string) => void,
  options: { shareRunning?: boolean; reminders?: boolean } = {},
): Promise<Runtime> {
  const shared = !config.databaseUrl && options.shareRunning ? runningInstanceUrl(config.dataDir) : null;
  const embedded = config.databaseUrl || shared ? null : await startEmbeddedDatabase(config.dataDir, log);
  const url = config.databaseUrl ?? shared ?? embedded!.url;
  const db = createDatabase(url, config.poolSize);
  try {
    await db.execute(sql`SELECT 1`);
  } catch (error) {
    await db.$client.end().catch(() => undefined);
    await embedded?.stop();
    const where = config.databaseUrl ? new URL(config.databaseUrl).host : 'embedded';
    throw new AppStartError(
      `Không kết nối được cơ sở dữ liệu (${where}): ${(error as Error).message} / cannot connect to the database`,
      3,
    );
  }
  const scanner = options.reminders ? startReminderScanner(db, config, log) : null;
  return {
    db,
    embedded: embedded !== null,
    close: async () => {
      await scanner?.stop();
      await db.$client.end();
      await embedded?.stop();
    },
  };
}
