// The indicators every database has, whatever its data: the ones the system can count, and outreach
// sessions, reported by hand until the activities module records the sessions themselves.
import { isNotNull, sql } from 'drizzle-orm';
import type { Ctx } from '../../context.ts';
import { targetIndicators, type IndicatorSource } from '../../db/schema/index.ts';
import { withWrite } from '../../db/write.ts';

export const BUILT_IN_INDICATORS: { code: string; name: string; unitOfMeasure: string; source: IndicatorSource }[] = [
  { code: 'new_members', name: 'Phát triển đoàn viên mới', unitOfMeasure: 'đoàn viên', source: 'new_members' },
  {
    code: 'member_records',
    name: 'Hồ sơ đoàn viên đầy đủ trên hệ thống',
    unitOfMeasure: 'hồ sơ',
    source: 'member_records',
  },
  // Reported by hand until the activities issue records outreach sessions and gives this indicator a source.
  { code: 'outreach_sessions', name: 'Tổ chức buổi tuyên truyền', unitOfMeasure: 'buổi', source: 'manual' },
];

/** Inserts the built-in indicators that are missing; safe to run on every start and by several instances. */
export async function ensureBuiltInIndicators(ctx: Ctx): Promise<string[]> {
  const existing = await ctx.db
    .select({ code: targetIndicators.code })
    .from(targetIndicators)
    .where(isNotNull(targetIndicators.code));
  const known = new Set(existing.map((row) => row.code));
  const missing = BUILT_IN_INDICATORS.filter((indicator) => !known.has(indicator.code));
  if (missing.length === 0) return [];
  return withWrite(ctx, async (tx, audit) => {
    const inserted: string[] = [];
    for (const indicator of missing) {
      const { rows } = await tx.execute<{ id: number }>(sql`
        INSERT INTO target_indicators (code, name, unit_of_measure, source)
        VALUES (${indicator.code}, ${indicator.name}, ${indicator.unitOfMeasure}, ${indicator.source})
        ON CONFLICT (code) WHERE code IS NOT NULL DO NOTHING
        RETURNING id`);
      if (rows[0]) inserted.push(indicator.code);
    }
    // Another instance may have inserted them meanwhile; the start is recorded either way.
    audit({
      action: 'system.built_in_indicators',
      entity: 'target_indicator',
      entityId: 'built-in',
      after: { inserted },
    });
    return inserted;
  });
}
