// Achieved figures the system counts itself, each over the whole subtree of a unit (both lines, each
// person once): new members admitted in the period, and complete member records at its end.
import { sql } from 'drizzle-orm';
import type { ActorCtx } from '../../context.ts';

type Counts = Map<number, number>;

/**
 * Counts per subject unit. `units s` are the subjects, `units u` every unit of a subject's subtree, so the
 * memberships of merged or dissolved units still count under the units they belonged to.
 */
async function countPerSubtree(
  ctx: ActorCtx,
  subjectIds: number[],
  membershipsOf: ReturnType<typeof sql>,
): Promise<Counts> {
  if (subjectIds.length === 0) return new Map();
  const { rows } = await ctx.db.execute<{ subject: number; count: number }>(sql`
    SELECT s.id AS subject, count(DISTINCT m.person_id)::int AS count
    FROM units s
    JOIN units u ON (u.path LIKE s.path || '%' OR u.report_path LIKE s.report_path || '%')
    JOIN memberships m ON m.unit_id = u.id
    JOIN people p ON p.id = m.person_id
    WHERE s.id = ANY(${`{${subjectIds.map(Number).join(',')}}`}::int[]) AND ${membershipsOf}
    GROUP BY s.id`);
  return new Map(rows.map((row) => [row.subject, row.count]));
}

/**
 * Phát triển đoàn viên mới: people admitted (joined_on) in the period. A transfer opens a new period with
 * the old joined_on, so only the period that starts on its joined_on counts: the one of the admission.
 * The same definition as the membership statistics, so both screens agree.
 */
export function countNewMembers(ctx: ActorCtx, subjectIds: number[], from: string, to: string) {
  return countPerSubtree(
    ctx,
    subjectIds,
    sql`m.joined_on BETWEEN ${from}::date AND ${to}::date AND m.valid_from = m.joined_on`,
  );
}

/**
 * Hồ sơ đoàn viên đầy đủ: members on `asOf` (their membership covers the date and was not suspended)
 * whose record has a full date of birth, gender, ethnicity, citizen ID, qualification and a card number
 * (shared/contracts/targets.ts memberRecordFields lists the same fields for the screens).
 */
export function countCompleteRecords(ctx: ActorCtx, subjectIds: number[], asOf: string) {
  return countPerSubtree(
    ctx,
    subjectIds,
    sql`m.valid_from <= ${asOf}::date
      AND ((m.valid_to IS NULL AND m.status = 'active') OR m.valid_to > ${asOf}::date)
      AND p.birth_date IS NOT NULL AND p.gender IS NOT NULL AND p.ethnicity IS NOT NULL
      AND p.citizen_id IS NOT NULL AND p.qualification IS NOT NULL AND m.card_number IS NOT NULL`,
  );
}
