// Login throttling kept in the database, so every instance counts the same failures.
import { eq, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { loginThrottle } from '../../db/schema/index.ts';
import type { Tx } from '../../db/write.ts';
import { AppError } from '../../errors.ts';

/** Failures older than this are forgotten. */
const WINDOW_MINUTES = 15;
const LOCK_MINUTES = 15;
const LIMITS = { user: 5, ip: 30 } as const;

export type ThrottleKey = { kind: keyof typeof LIMITS; value: string };

const keyOf = (key: ThrottleKey) => `${key.kind}:${key.value.toLowerCase()}`;

/** Throws 429 with the wait when any of the keys is locked; returns how many recent failures there were. */
export async function checkThrottle(db: Database, keys: ThrottleKey[]): Promise<number> {
  let failures = 0;
  for (const key of keys) {
    const [row] = await db
      .select({
        failures: loginThrottle.failures,
        lockedSeconds: sql<number>`ceil(extract(epoch from (${loginThrottle.lockedUntil} - now())))::int`,
        stale: sql<boolean>`${loginThrottle.lastFailureAt} < now() - ${WINDOW_MINUTES} * interval '1 minute'`,
      })
      .from(loginThrottle)
      .where(eq(loginThrottle.key, keyOf(key)));
    if (!row) continue;
    if (row.lockedSeconds !== null && row.lockedSeconds > 0) {
      const minutes = Math.ceil(row.lockedSeconds / 60);
      throw new AppError(
        429,
        'auth.locked',
        `Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau ${minutes} phút.`,
        `Too many failed logins. Try again in ${minutes} minute(s).`,
        { retryAfterSeconds: row.lockedSeconds },
      );
    }
    if (!row.stale && key.kind === 'user') failures = Math.max(failures, row.failures);
  }
  return failures;
}

/** Counts one failure on each key and locks a key that reaches its limit. */
export async function recordFailure(tx: Tx, keys: ThrottleKey[]): Promise<void> {
  for (const key of keys) {
    const limit = LIMITS[key.kind];
    await tx
      .insert(loginThrottle)
      .values({ key: keyOf(key), failures: 1 })
      .onConflictDoUpdate({
        target: loginThrottle.key,
        set: {
          failures: sql`CASE WHEN ${loginThrottle.lastFailureAt} < now() - ${WINDOW_MINUTES} * interval '1 minute' OR ${loginThrottle.lockedUntil} < now() THEN 1 ELSE ${loginThrottle.failures} + 1 END`,
          lastFailureAt: sql`now()`,
        },
      });
    await tx
      .update(loginThrottle)
      .set({ lockedUntil: sql`now() + ${LOCK_MINUTES} * interval '1 minute'`, failures: 0 })
      .where(sql`${loginThrottle.key} = ${keyOf(key)} AND ${loginThrottle.failures} >= ${limit}`);
  }
}

export async function clearFailures(tx: Tx, key: ThrottleKey): Promise<void> {
  await tx.delete(loginThrottle).where(eq(loginThrottle.key, keyOf(key)));
}

/** The slow-down before answering a failed attempt: grows with each failure, at most 2 s. */
export function slowDownMs(previousFailures: number): number {
  return Math.min(2000, previousFailures * 250);
}
