// The generated organisation: provinces' federations and sector unions, hospitals, health centres and bodies as
// grassroots unions, and their departments as union sections, exactly `units` new rows with ids and both paths.
import type { Sector, UnitKind } from '../../../../shared/enums.ts';
import { searchKeyOf } from '../../../modules/units/tree-changes.ts';
import { PROVINCES, provinceWeight, type Province } from './provinces.ts';
import { apportion, type Random } from './random.ts';
import { centralGrassroots, provincialGrassroots, sectionName, type GrassrootsCandidate } from './unit-names.ts';

export type PlacedUnit = { id: number; code: string; path: string; reportPath: string; province: string | null };

/** What the database already has that the generated tree hangs from: the roots and any units by code. */
export type ExistingTree = { confederation: PlacedUnit; national: PlacedUnit; byCode: Map<string, PlacedUnit> };

export type NewUnit = PlacedUnit & {
  name: string;
  shortName: string | null;
  kind: UnitKind;
  sector: Sector;
  parentId: number;
  reportingParentId: number | null;
  searchKey: string;
};

export type PlannedGrassroots = {
  unit: NewUnit;
  sections: NewUnit[];
  /** Where its people mostly come from; null for central bodies. */
  province: Province | null;
  /** Relative head count. */
  weight: number;
};

export type TreePlan = { units: NewUnit[]; grassroots: PlannedGrassroots[]; provinces: Province[] };

/** Fewer than this cannot hold two provinces with a hospital each and a central body. */
export const MIN_UNITS = 10;
const SECTIONS_PER_GRASSROOTS = 8;

function abbreviate(name: string): string {
  return name
    .replace(/^Công đoàn /, 'CĐ ')
    .replace('Bệnh viện', 'BV')
    .replace('Đa khoa', 'ĐK')
    .replace('Trung tâm Y tế', 'TTYT')
    .replace('Trung tâm', 'TT')
    .replace('Trung ương', 'TW');
}

export function planTree(
  existing: ExistingTree,
  options: { units: number; tag: string; firstId: number; random: Random },
): TreePlan {
  const { random, tag } = options;
  if (options.units < MIN_UNITS) throw new RangeError(`at least ${MIN_UNITS} units`);
  const units: NewUnit[] = [];
  const add = (
    fields: {
      code: string;
      name: string;
      shortName: string | null;
      kind: UnitKind;
      sector: Sector;
      province: string | null;
    },
    parent: PlacedUnit,
    reporting: PlacedUnit | null = null,
  ): NewUnit => {
    const id = options.firstId + units.length;
    const unit: NewUnit = {
      ...fields,
      id,
      parentId: parent.id,
      reportingParentId: reporting?.id ?? null,
      path: `${parent.path}${id}/`,
      reportPath: `${(reporting ?? parent).reportPath}${id}/`,
      searchKey: searchKeyOf(fields),
    };
    units.push(unit);
    return unit;
  };

  // The biggest provinces first: a small tree covers Hà Nội and Hồ Chí Minh City before Bắc Kạn.
  const byWeight = [...PROVINCES].sort((a, b) => provinceWeight(b) - provinceWeight(a));
  const provinceCount = Math.min(PROVINCES.length, Math.max(2, Math.round(options.units / 160)));
  const provinces = byWeight.slice(0, provinceCount);
  const missing = (code: string) => (existing.byCode.has(code) ? 0 : 1);
  const provinceUnits = provinces.reduce((sum, p) => sum + missing(`LDLD-${p.code}`) + missing(`CDYT-${p.code}`), 0);
  const left = options.units - provinceUnits;
  const grassrootsCount = Math.min(
    left,
    Math.max(provinces.length + 1, Math.round(left / (SECTIONS_PER_GRASSROOTS + 1))),
  );
  if (grassrootsCount < provinces.length + 1)
    throw new RangeError(`at least ${provinceUnits + provinces.length + 1} units`);
  const centralCount = Math.max(1, Math.round(grassrootsCount * 0.04));
  const perProvince = apportion(provinces.map(provinceWeight), grassrootsCount - centralCount - provinces.length).map(
    (share) => share + 1,
  );

  const planned: { candidate: GrassrootsCandidate; parent: PlacedUnit; province: Province | null; code: string }[] = [];
  centralGrassroots(centralCount).forEach((candidate, i) =>
    planned.push({
      candidate,
      parent: { ...existing.national, province: 'Trung ương' },
      province: null,
      code: `CDCS-TW-${tag}${String(i + 1).padStart(4, '0')}`,
    }),
  );
  provinces.forEach((province, p) => {
    const federation =
      existing.byCode.get(`LDLD-${province.code}`) ??
      add(
        {
          code: `LDLD-${province.code}`,
          name: `Liên đoàn Lao động ${province.name}`,
          shortName: `LĐLĐ ${province.name}`,
          kind: 'provincial_federation',
          sector: 'public',
          province: province.name,
        },
        existing.confederation,
      );
    const sectorUnion =
      existing.byCode.get(`CDYT-${province.code}`) ??
      add(
        {
          code: `CDYT-${province.code}`,
          name: `Công đoàn ngành Y tế ${province.name}`,
          shortName: `CĐ ngành Y tế ${province.name}`,
          kind: 'provincial_sector_union',
          sector: 'public',
          province: province.name,
        },
        federation,
        existing.national,
      );
    provincialGrassroots(province, PROVINCES.indexOf(province), perProvince[p]!).forEach((candidate, i) =>
      planned.push({
        candidate,
        parent: sectorUnion,
        province,
        code: `CDCS-${province.code}-${tag}${String(i + 1).padStart(4, '0')}`,
      }),
    );
  });

  const jittered = planned.map(({ candidate }) => candidate.weight * (0.6 + 0.8 * random.next()));
  const sectionTotal = options.units - units.length - planned.length;
  const sectionCounts =
    sectionTotal >= planned.length
      ? apportion(jittered, sectionTotal - planned.length).map((share) => share + 1)
      : apportion(jittered, sectionTotal);
  const grassroots = planned.map(({ candidate, parent, province, code }, g) => {
    const unit = add(
      {
        code,
        name: candidate.name,
        shortName: abbreviate(candidate.name),
        kind: 'grassroots_union',
        sector: candidate.sector,
        province: parent.province,
      },
      parent,
    );
    const sections = Array.from({ length: sectionCounts[g]! }, (_, s) =>
      add(
        {
          code: `${code}-B${String(s + 1).padStart(3, '0')}`,
          name: sectionName(candidate.shape, s, g),
          shortName: null,
          kind: 'union_section',
          sector: candidate.sector,
          province: parent.province,
        },
        unit,
      ),
    );
    // Head count follows the number of departments, with the same jitter as their count.
    return { unit, sections, province, weight: jittered[g]! };
  });
  if (units.length !== options.units) throw new Error(`planned ${units.length} units, asked for ${options.units}`);
  return { units, grassroots, provinces };
}
