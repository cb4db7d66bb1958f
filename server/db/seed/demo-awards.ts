// Demo awards at Bạch Mai: past titles of a few people who were rated in 2025, and one collective award, so the
// eligibility check and "suggest candidates" show real answers on first start (e.g. Bằng khen Bộ Y tế 2025).
import { and, asc, eq, inArray, isNull, like } from 'drizzle-orm';
import type { Occasion } from '../../../shared/contracts/emulation.ts';
import { awardDecisions, awards, catalogueEntries, memberships, units } from '../schema/index.ts';
import type { Tx } from '../write.ts';

type Decision = {
  deciderKey: string;
  deciderName: string;
  decisionNo: string;
  decisionDate: string;
  unit?: string;
  authority?: string;
};

const hospital = (decisionNo: string, decisionDate: string): Decision => ({
  deciderKey: 'authority:unit_head:Bệnh viện Bạch Mai',
  deciderName: 'Thủ trưởng cơ quan, đơn vị Bệnh viện Bạch Mai',
  authority: 'unit_head',
  decisionNo,
  decisionDate,
});
const DECISIONS = {
  y2023: hospital('1520/QĐ-BM', '2023-12-20'),
  y2024: hospital('1610/QĐ-BM', '2024-12-18'),
  y2025: hospital('1702/QĐ-BM', '2025-12-17'),
  sector2024: {
    deciderKey: 'unit',
    deciderName: '',
    unit: 'CDYTVN',
    decisionNo: '45/QĐ-CĐYT',
    decisionDate: '2024-12-26',
  } as Decision,
};

/** [index among the hospital's first members, code, year, decision]; index 0 and 5 were rated HTXSNV in 2025. */
const PERSONAL: [number, string, number, keyof typeof DECISIONS][] = [
  [0, 'LDTT', 2023, 'y2023'],
  [0, 'CSTDCS', 2023, 'y2023'],
  [0, 'LDTT', 2024, 'y2024'],
  [0, 'CSTDCS', 2024, 'y2024'],
  [0, 'BK_CDYTVN', 2024, 'sector2024'],
  [1, 'LDTT', 2024, 'y2024'],
  [5, 'LDTT', 2024, 'y2024'],
  [5, 'CSTDCS', 2024, 'y2024'],
  [5, 'LDTT', 2025, 'y2025'],
  [5, 'CSTDCS', 2025, 'y2025'],
];

export async function seedDemoAwards(tx: Tx): Promise<number> {
  const [hospitalUnit] = await tx.select().from(units).where(eq(units.code, 'CDCS-BVBM'));
  const [sector] = await tx.select().from(units).where(eq(units.code, 'CDYTVN'));
  if (!hospitalUnit || !sector) return 0;
  // The same people (and order) the demo ratings of 2025 were given to.
  const members = await tx
    .select({ personId: memberships.personId, unitId: memberships.unitId })
    .from(memberships)
    .innerJoin(units, eq(units.id, memberships.unitId))
    .where(and(like(units.path, `${hospitalUnit.path}%`), isNull(memberships.validTo)))
    .orderBy(asc(memberships.personId))
    .limit(8);
  const entries = await tx
    .select({ id: catalogueEntries.id, key: catalogueEntries.key })
    .from(catalogueEntries)
    .where(
      and(
        eq(catalogueEntries.kind, 'award_type'),
        eq(catalogueEntries.isCurrent, true),
        inArray(catalogueEntries.key, [...new Set([...PERSONAL.map((p) => p[1]), 'CDCS_HTXSNV'])]),
      ),
    );
  const entryOf = new Map(entries.map((e) => [e.key, e.id]));
  const decisionIds = new Map<string, number>();
  for (const [key, d] of Object.entries(DECISIONS)) {
    const isUnit = d.unit !== undefined;
    const [row] = await tx
      .insert(awardDecisions)
      .values({
        deciderKey: isUnit ? `unit:${sector.id}` : d.deciderKey,
        deciderUnitId: isUnit ? sector.id : null,
        deciderAuthority: d.authority ?? null,
        deciderName: isUnit ? sector.name : d.deciderName,
        decisionNo: d.decisionNo,
        decisionDate: d.decisionDate,
        decisionYear: Number(d.decisionDate.slice(0, 4)),
      })
      .returning({ id: awardDecisions.id });
    decisionIds.set(key, row!.id);
  }
  const regular: Occasion = 'regular';
  const rows = PERSONAL.flatMap(([index, code, year, decision]) => {
    const member = members[index];
    const entry = entryOf.get(code);
    if (!member || !entry) return [];
    return [
      {
        decisionId: decisionIds.get(decision)!,
        catalogueEntryId: entry,
        code,
        personId: member.personId,
        unitId: member.unitId,
        year,
        occasion: regular,
      },
    ];
  });
  if (rows.length) await tx.insert(awards).values(rows);
  const collectiveEntry = entryOf.get('CDCS_HTXSNV');
  if (!collectiveEntry) return rows.length;
  await tx.insert(awards).values({
    decisionId: decisionIds.get('sector2024')!,
    catalogueEntryId: collectiveEntry,
    code: 'CDCS_HTXSNV',
    recipientUnitId: hospitalUnit.id,
    unitId: hospitalUnit.id,
    year: 2024,
    occasion: regular,
  });
  return rows.length + 1;
}
