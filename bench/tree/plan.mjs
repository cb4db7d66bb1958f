// Which grassroots unions the generated confederation has, and how big each one is relative to the others.
// A provincial general hospital has many departments; a clinic has two or three.
import {
  centralNames,
  districts,
  privateBrands,
  privateKinds,
  provincialBodies,
  provinces,
  specialties,
} from './names.mjs';

const CITIES = new Set(['HN', 'HCM', 'HP', 'DN', 'CT']);
const BIG_CITIES = new Set(['HN', 'HCM']);

/** A small seeded generator (mulberry32), so every run builds the same tree. */
export function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function abbreviate(name) {
  return name
    .replace(/^Công đoàn /, 'CĐ ')
    .replace('Bệnh viện', 'BV')
    .replace('Đa khoa', 'ĐK')
    .replace('Trung tâm Y tế', 'TTYT')
    .replace('Trung tâm', 'TT')
    .replace('Trung ương', 'TW');
}

/** 'tỉnh Nghệ An', 'thành phố Hải Phòng', 'Thành phố Hồ Chí Minh'. */
function provinceLabel(code, name) {
  if (!CITIES.has(code)) return `tỉnh ${name}`;
  return name.startsWith('Thành phố') ? name : `thành phố ${name}`;
}

function centralWeight(name) {
  if (name.startsWith('Bệnh viện')) return 70;
  if (name.startsWith('Viện')) return 20;
  if (name.startsWith('Trường')) return 15;
  return 6;
}

/**
 * Grassroots unions as { province (index or null for central), name, sector, shape, weight }.
 * `shape` says what their sections are: hospital departments or a health centre's commune stations.
 */
export function planGrassroots(random) {
  const jitter = (weight) => weight * (0.6 + 0.8 * random());
  const plan = centralNames.map((name) => ({
    province: null,
    name: `Công đoàn ${name}`,
    sector: 'public',
    shape: 'hospital',
    weight: jitter(centralWeight(name)),
  }));
  provinces.forEach(([code, name, districtCount], index) => {
    const label = provinceLabel(code, name);
    const add = (body, weight, shape = 'hospital', sector = 'public') =>
      plan.push({ province: index, name: `Công đoàn ${body}`, sector, shape, weight: jitter(weight) });
    add(`Bệnh viện Đa khoa ${label}`, 60);
    const specialtyCount = BIG_CITIES.has(code) ? specialties.length : 5 + Math.floor(random() * 5);
    for (const specialty of specialties.slice(0, specialtyCount)) add(`${specialty} ${label}`, 22);
    for (const body of provincialBodies) add(`${body} ${label}`, 8, 'office');
    for (let d = 0; d < districtCount; d++) {
      const district = districts[(index * 7 + d) % districts.length];
      add(`Trung tâm Y tế huyện ${district}`, 30, 'centre');
      if (random() < 0.3) add(`Bệnh viện Đa khoa khu vực ${district}`, 15);
    }
    const privateCount = Math.round(districtCount * (BIG_CITIES.has(code) ? 2 : 0.6));
    for (let p = 0; p < privateCount; p++) {
      const kind = privateKinds[p % privateKinds.length];
      add(`${kind} ${privateBrands[(index + p) % privateBrands.length]} ${name}`, 5, 'office', 'non_public');
    }
  });
  return plan;
}

/** Splits `total` among the weights in proportion, whole numbers summing exactly to `total` (largest remainder). */
export function apportion(weights, total, minimum = 2) {
  const sum = weights.reduce((a, b) => a + b, 0);
  const spare = total - minimum * weights.length;
  const exact = weights.map((w) => (w / sum) * spare);
  const shares = exact.map((x) => minimum + Math.floor(x));
  let left = total - shares.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => [x - Math.floor(x), i]).sort((a, b) => b[0] - a[0]);
  for (let k = 0; left > 0; k++, left--) shares[order[k % order.length][1]]++;
  return shares;
}
