// Decision numbers (số quyết định) per issuer and year: "45/QĐ-CĐYT" is the 45th decision the issuer signed in
// that year, then its symbol. The sequence row is locked while a number is taken, so two decisions never share one.
import { and, desc, eq, lt, sql } from 'drizzle-orm';
import type { ActorCtx } from '../../context.ts';
import { awardDecisions, decisionSequences } from '../../db/schema/index.ts';
import type { Tx } from '../../db/write.ts';
import { conflict } from '../../errors.ts';

type Reader = ActorCtx['db'] | Tx;
export type Issuer = { key: string; shortName: string | null; name: string };

/** "CĐ ngành Y tế Hà Nội" → "CĐNYTHN": a word already in capitals is kept whole, others give their first letter. */
export function initialsOf(name: string): string {
  return name
    .normalize('NFC')
    .split(/[\s-]+/)
    .filter(Boolean)
    .map((word) => (word === word.toUpperCase() && word.length > 1 ? word : word[0]!.toUpperCase()))
    .join('');
}

/** The number in front of the slash, if the text starts with one. */
export function leadingNumber(decisionNo: string): number | null {
  const match = /^\s*(\d+)/.exec(decisionNo);
  return match ? Number(match[1]) : null;
}

/** The symbol the screen proposes the first time: the issuer's symbol of an earlier year, else "QĐ-" + initials. */
async function defaultSymbol(db: Reader, issuer: Issuer, year: number): Promise<string> {
  const [earlier] = await db
    .select({ symbol: decisionSequences.symbol })
    .from(decisionSequences)
    .where(and(eq(decisionSequences.issuerKey, issuer.key), lt(decisionSequences.year, year)))
    .orderBy(desc(decisionSequences.year))
    .limit(1);
  return earlier?.symbol ?? `QĐ-${initialsOf(issuer.shortName || issuer.name)}`;
}

/** Decisions the issuer already recorded that year (entered by hand, say) count before the sequence starts. */
async function highestRecorded(db: Reader, issuerKey: string, year: number): Promise<number> {
  const [row] = await db
    .select({ n: sql<number | null>`max((substring(${awardDecisions.decisionNo} from '^[0-9]+'))::int)` })
    .from(awardDecisions)
    .where(and(eq(awardDecisions.deciderKey, issuerKey), eq(awardDecisions.decisionYear, year)));
  return row?.n ?? 0;
}

/** What the decide form shows: the next number and the symbol, and whether the symbol must still be asked. */
export async function peekDecisionNumber(db: Reader, issuer: Issuer, year: number) {
  const [row] = await db
    .select()
    .from(decisionSequences)
    .where(and(eq(decisionSequences.issuerKey, issuer.key), eq(decisionSequences.year, year)));
  if (row) return { year, nextNumber: row.lastNumber + 1, symbol: row.symbol, symbolKnown: true };
  return {
    year,
    nextNumber: (await highestRecorded(db, issuer.key, year)) + 1,
    symbol: await defaultSymbol(db, issuer, year),
    symbolKnown: false,
  };
}

/** Used when the issuer already has that number in the year, whatever follows it: 45/QĐ-CĐ clashes with 45/QĐ-CĐYT. */
async function numberUsed(tx: Tx, issuerKey: string, year: number, decisionNo: string): Promise<boolean> {
  const number = leadingNumber(decisionNo);
  const [used] = await tx
    .select({ id: awardDecisions.id })
    .from(awardDecisions)
    .where(
      and(
        eq(awardDecisions.deciderKey, issuerKey),
        eq(awardDecisions.decisionYear, year),
        number === null
          ? eq(awardDecisions.decisionNo, decisionNo)
          : sql`(substring(${awardDecisions.decisionNo} from '^ *([0-9]+)'))::int = ${number}`,
      ),
    )
    .limit(1);
  return Boolean(used);
}

/**
 * Takes the issuer's next number (or accepts one typed by hand if that issuer has not used it that year),
 * holding the sequence row FOR UPDATE until the caller's transaction ends.
 */
export async function takeDecisionNumber(
  tx: Tx,
  issuer: Issuer,
  year: number,
  wanted: { decisionNo?: string | undefined; symbol?: string | undefined },
): Promise<string> {
  await tx
    .insert(decisionSequences)
    .values({
      issuerKey: issuer.key,
      year,
      lastNumber: await highestRecorded(tx, issuer.key, year),
      symbol: wanted.symbol || (await defaultSymbol(tx, issuer, year)),
    })
    .onConflictDoNothing();
  const [sequence] = await tx
    .select()
    .from(decisionSequences)
    .where(and(eq(decisionSequences.issuerKey, issuer.key), eq(decisionSequences.year, year)))
    .for('update');
  let decisionNo: string;
  let last = sequence!.lastNumber;
  if (wanted.decisionNo) {
    decisionNo = wanted.decisionNo;
    if (await numberUsed(tx, issuer.key, year, decisionNo)) {
      throw conflict(
        'proposals.decision_number_taken',
        `Số quyết định «${decisionNo}» đã được dùng trong năm ${year}.`,
        `Decision number "${decisionNo}" is already used in ${year}.`,
        [{ field: 'decisionNo', message: 'Số quyết định đã dùng', messageEn: 'Decision number already used' }],
      );
    }
    last = Math.max(last, leadingNumber(decisionNo) ?? 0);
  } else {
    // A number entered by hand elsewhere (an award recorded directly) is skipped, never reused.
    do {
      last += 1;
      decisionNo = `${last}/${sequence!.symbol}`;
    } while (await numberUsed(tx, issuer.key, year, decisionNo));
  }
  await tx
    .update(decisionSequences)
    .set({ lastNumber: last })
    .where(and(eq(decisionSequences.issuerKey, issuer.key), eq(decisionSequences.year, year)));
  return decisionNo;
}
