// The public honour board (bảng vàng) of the portal: the collectives and individuals of a unit's subtree honoured
// for a year, highest awards first. Public, so it carries nothing personal beyond name, academic title and unit,
// and only awards that stand.
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import {
  formRank,
  levelRank,
  type HonourBoard,
  type HonourBoardEntry,
  type HonourBoardQuery,
} from '../../../shared/contracts/award-stats.ts';
import { awardLevels, type AwardForm, type AwardLevel } from '../../../shared/contracts/emulation.ts';
import type { Ctx } from '../../context.ts';
import { awardDecisions, awardProposalItems, awards, catalogueEntries, people, units } from '../../db/schema/index.ts';
import { notFound } from '../../errors.ts';
import { definitionField, keeperUnits, recipientUnits, standingAwardsIn } from './award-rows.ts';

/** A board is a page to read, not an export: the highest awards of a large subtree fill it. */
export const HONOUR_BOARD_LIMIT = 500;
/** The achievement line: the opening of the report, as a board shows it. */
const ACHIEVEMENT_CHARS = 280;
/**
 * The standard achievement report opens with a short curriculum vitae (sinh ngày, quê quán, trú quán…): on a
 * public page those sentences are personal data, so any sentence or line that looks like one is left out.
 */
const PERSONAL =
  /sinh ngày|ngày sinh|năm sinh|quê quán|nguyên quán|trú quán|nơi ở|địa chỉ|cccd|cmnd|căn cước|điện thoại|email|@|\d{9,}/iu;

export function achievementLine(report: string | null): string | null {
  const kept = (report ?? '')
    .normalize('NFC')
    .split(/\n+|(?<=[.;])\s+/u)
    .filter((part) => !PERSONAL.test(part));
  const text = kept.join(' ').replace(/\s+/g, ' ').trim();
  if (!text) return null;
  return text.length <= ACHIEVEMENT_CHARS ? text : `${text.slice(0, ACHIEVEMENT_CHARS - 1).trimEnd()}…`;
}

/** Orders rows by a rank table over a definition field, highest award first. */
function rankOrder<K extends string>(field: 'level' | 'form', ranks: Record<K, number>) {
  const whens = Object.entries<number>(ranks).map(([key, rank]) => `WHEN '${key}' THEN ${rank}`);
  return sql`CASE ${definitionField(field)} ${sql.raw(whens.join(' '))} ELSE 99 END`;
}

async function boardUnit(ctx: Ctx, code: string | undefined) {
  const columns = { id: units.id, code: units.code, name: units.name, path: units.path, reportPath: units.reportPath };
  const [row] = code
    ? await ctx.db.select(columns).from(units).where(eq(units.code, code))
    : await ctx.db.select(columns).from(units).where(isNull(units.parentId)).orderBy(asc(units.id)).limit(1);
  if (!row) throw notFound('units');
  return row;
}

/** Read-only and public: anyone may read the honour board of any unit. */
export async function getHonourBoard(ctx: Ctx, query: HonourBoardQuery): Promise<HonourBoard> {
  const unit = await boardUnit(ctx, query.unit);
  const levels = query.minLevel
    ? awardLevels.filter((level) => levelRank[level] <= levelRank[query.minLevel!])
    : [...awardLevels];
  const rows = await ctx.db
    .select({
      awardId: awards.id,
      personId: awards.personId,
      fullName: people.fullName,
      titles: people.titles,
      keeperName: keeperUnits.name,
      recipientName: recipientUnits.name,
      code: awards.code,
      nameVi: definitionField('nameVi'),
      nameEn: definitionField('nameEn'),
      level: sql<AwardLevel>`${definitionField('level')}`,
      form: sql<AwardForm>`${definitionField('form')}`,
      decisionNo: awardDecisions.decisionNo,
      decisionDate: awardDecisions.decisionDate,
      deciderName: awardDecisions.deciderName,
      report: sql<string | null>`(SELECT ${awardProposalItems.achievementReport} FROM ${awardProposalItems}
        WHERE ${awardProposalItems.awardId} = ${awards.id} ORDER BY ${awardProposalItems.id} DESC LIMIT 1)`,
      matched: sql<number>`count(*) OVER ()::int`,
      matchedCollectives: sql<number>`(count(*) FILTER (WHERE ${awards.personId} IS NULL) OVER ())::int`,
    })
    .from(awards)
    .innerJoin(awardDecisions, eq(awardDecisions.id, awards.decisionId))
    .innerJoin(catalogueEntries, eq(catalogueEntries.id, awards.catalogueEntryId))
    .innerJoin(keeperUnits, eq(keeperUnits.id, awards.unitId))
    .leftJoin(recipientUnits, eq(recipientUnits.id, awards.recipientUnitId))
    .leftJoin(people, eq(people.id, awards.personId))
    .where(
      and(
        standingAwardsIn(unit),
        eq(awards.year, query.year),
        sql`${definitionField('level')} IN (${sql.join(
          levels.map((level) => sql`${level}`),
          sql`, `,
        )})`,
      ),
    )
    .orderBy(
      rankOrder('level', levelRank),
      rankOrder('form', formRank),
      awards.code,
      sql`${awards.personId} IS NOT NULL`,
      sql`${people.sortKey} COLLATE "C"`,
      recipientUnits.name,
      awards.id,
    )
    .limit(HONOUR_BOARD_LIMIT);

  const entries: HonourBoardEntry[] = rows.map((row) => {
    const individual = row.personId !== null;
    return {
      awardId: row.awardId,
      recipientKind: individual ? 'individual' : 'collective',
      name: individual ? (row.fullName ?? '') : (row.recipientName ?? ''),
      academicTitle: individual && row.titles && row.titles.length > 0 ? row.titles.join('') : null,
      unitName: individual ? row.keeperName : null,
      award: { code: row.code, nameVi: row.nameVi, nameEn: row.nameEn, level: row.level, form: row.form },
      decisionNo: row.decisionNo,
      decisionDate: row.decisionDate,
      deciderName: row.deciderName,
      achievement: achievementLine(row.report),
    };
  });
  return {
    unit: { code: unit.code, name: unit.name },
    year: query.year,
    // Counted over everything matched, not only the entries sent when the list is cut.
    collectives: rows[0]?.matchedCollectives ?? 0,
    individuals: (rows[0]?.matched ?? 0) - (rows[0]?.matchedCollectives ?? 0),
    truncated: (rows[0]?.matched ?? 0) > rows.length,
    entries,
  };
}
