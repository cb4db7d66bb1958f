// Builds the whole confederation as rows of `units` with explicit ids and both materialised paths,
// parents always before their children (so foreign keys hold row by row while loading).
import { foldForSearch } from '../../dist/shared/text/fold.js';
import { communes, departments, groups, provinces } from './names.mjs';
import { abbreviate, apportion, planGrassroots, seededRandom } from './plan.mjs';

export const TREE_SIZE = 100_000;

/** Returns { units, landmarks }: the rows, and the ids the benchmarks query by. */
export function generateTree({ size = TREE_SIZE, seed = 2026 } = {}) {
  const random = seededRandom(seed);
  const units = [];
  const add = (fields, parent, reporting = null) => {
    const id = units.length + 1;
    const unit = {
      id,
      shortName: null,
      sector: parent?.sector ?? 'public',
      province: parent?.province ?? null,
      ...fields,
      parentId: parent?.id ?? null,
      reportingParentId: reporting?.id ?? null,
      path: `${parent ? parent.path : '/'}${id}/`,
      reportPath: `${(reporting ?? parent)?.reportPath ?? '/'}${id}/`,
    };
    unit.searchKey = foldForSearch([unit.name, unit.shortName ?? '', unit.code].join(' '));
    units.push(unit);
    return unit;
  };

  const confederation = add(
    { code: 'TLDLDVN', name: 'Tổng Liên đoàn Lao động Việt Nam', shortName: 'Tổng LĐLĐVN', kind: 'confederation' },
    null,
  );
  const national = add(
    { code: 'CDYTVN', name: 'Công đoàn Y tế Việt Nam', shortName: 'CĐYTVN', kind: 'national_sector_union' },
    confederation,
  );

  const plan = planGrassroots(random);
  const fixed = 2 + 2 * provinces.length + plan.length;
  const sizes = apportion(
    plan.map((g) => g.weight),
    size - fixed,
  );
  const byProvince = provinces.map(() => []);
  const central = [];
  plan.forEach((grassroots, i) =>
    (grassroots.province === null ? central : byProvince[grassroots.province]).push({ ...grassroots, size: sizes[i] }),
  );

  let serial = 0;
  const addGrassroots = (grassroots, parent, codePrefix) => {
    serial++;
    const code = `${codePrefix}-${String(serial).padStart(4, '0')}`;
    const unit = add(
      {
        code,
        name: grassroots.name,
        shortName: abbreviate(grassroots.name),
        kind: 'grassroots_union',
        sector: grassroots.sector,
      },
      parent,
    );
    addSections(unit, grassroots, serial);
    return unit;
  };
  const addSections = (grassroots, { shape, size: descendants }, offset) => {
    // Up to 30 descendants are all sections; a bigger union also has groups (tổ) inside its sections.
    const sectionCount = descendants <= 30 ? descendants : Math.max(30, Math.round(descendants / 2.5));
    const groupCounts = apportion(Array(sectionCount).fill(1), descendants - sectionCount, 0);
    for (let s = 0; s < sectionCount; s++) {
      const section = add(
        {
          code: `${grassroots.code}-B${String(s + 1).padStart(3, '0')}`,
          name: sectionName(shape, s, offset),
          kind: 'union_section',
        },
        grassroots,
      );
      for (let g = 0; g < groupCounts[s]; g++) {
        const name = g < groups.length ? `Tổ công đoàn ${groups[g]}` : `Tổ công đoàn số ${g + 1}`;
        add({ code: `${section.code}-T${g + 1}`, name, kind: 'union_section' }, section);
      }
    }
  };

  for (const grassroots of central)
    addGrassroots({ ...grassroots }, { ...national, province: 'Trung ương' }, 'CDCS-TW');
  const provinceMarks = provinces.map(([code, name], index) => {
    const federation = add(
      {
        code: `LDLD-${code}`,
        name: `Liên đoàn Lao động ${name}`,
        shortName: `LĐLĐ ${name}`,
        kind: 'provincial_federation',
        province: name,
      },
      confederation,
    );
    const sectorUnion = add(
      {
        code: `CDYT-${code}`,
        name: `Công đoàn ngành Y tế ${name}`,
        shortName: `CĐ ngành Y tế ${name}`,
        kind: 'provincial_sector_union',
        province: name,
      },
      federation,
      national,
    );
    const first = units.length;
    for (const grassroots of byProvince[index]) addGrassroots(grassroots, sectorUnion, `CDCS-${code}`);
    return {
      code,
      name,
      federationId: federation.id,
      sectorUnionId: sectorUnion.id,
      path: sectorUnion.path,
      reportPath: sectorUnion.reportPath,
      grassroots: byProvince[index].length,
      subtree: units.length - first + 1,
    };
  });
  if (units.length !== size) throw new Error(`generated ${units.length} units, expected ${size}`);
  return {
    units,
    landmarks: {
      confederation: confederation.id,
      national: national.id,
      central: central.length,
      provinces: provinceMarks,
    },
  };
}

function sectionName(shape, index, offset) {
  // A district health centre's sections are mostly its commune stations, then its departments.
  if (shape === 'centre' && index % 5 !== 4) {
    const commune = communes[(index + offset) % communes.length];
    const round = Math.floor(index / communes.length);
    return `Công đoàn bộ phận Trạm Y tế xã ${commune}${round ? ` ${round + 1}` : ''}`;
  }
  const department = departments[index % departments.length];
  const round = Math.floor(index / departments.length);
  return `Công đoàn bộ phận ${department}${round ? ` (cơ sở ${round + 1})` : ''}`;
}
