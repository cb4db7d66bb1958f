// The scanner's clock in a running server: a pass shortly after start, then every 15 minutes; never two passes
// at once in one process (other instances are harmless: the writes are idempotent and mailing skips locked rows).
import type { Config } from '../../config.ts';
import type { Database } from '../../db/client.ts';
import { scanReminders } from './reminder-scan.ts';

export const SCAN_INTERVAL_MS = 15 * 60_000;
/** The start-up pass waits for migrations, which run after the database is opened. */
const FIRST_DELAY_MS = 10_000;
const UNDEFINED_TABLE = '42P01';

export type ReminderScanner = { stop: () => Promise<void> };

export function startReminderScanner(
  db: Database,
  config: Config,
  log: (message: string) => void,
  timing = { firstDelayMs: FIRST_DELAY_MS, intervalMs: SCAN_INTERVAL_MS },
): ReminderScanner {
  let running: Promise<void> | null = null;
  let stopped = false;
  let timer: NodeJS.Timeout | null = null;

  const schedule = (delay: number) => {
    if (stopped) return;
    timer = setTimeout(tick, delay);
    timer.unref();
  };
  const tick = () => {
    running = scanReminders(db, new Date(), { config, log })
      .then((report) => {
        if (report.created || report.mail?.notifications)
          log(`notifications: ${report.created} reminders written, ${report.mail?.notifications ?? 0} e-mailed`);
        schedule(timing.intervalMs);
      })
      .catch((error: Error & { code?: string; cause?: { code?: string } }) => {
        // A first start is still migrating: try again soon rather than in a quarter of an hour.
        const early = (error.code ?? error.cause?.code) === UNDEFINED_TABLE;
        if (!early) log(`notifications: reminder scan failed: ${error.message}`);
        schedule(early ? timing.firstDelayMs : timing.intervalMs);
      })
      .finally(() => {
        running = null;
      });
  };
  schedule(timing.firstDelayMs);

  return {
    stop: async () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
