// The search mix: at least 1,000 queries an officer would type, built from the people in the database (so they
// find someone), with and without diacritics, card numbers, birth years and citizen IDs, over the whole nation,
// within a province or within one hospital's union. Deterministic for a given data set.
import { foldForSearch } from '../../dist/shared/text/index.js';
import { seededRandom, weightedPicker } from '../../dist/server/db/seed/generate/random.js';

export const QUERY_COUNT = 1200;

const KINDS = [
  ['full name', 15],
  ['full name, no diacritics', 15],
  ['family + given, no diacritics', 10],
  ['given name', 10],
  ['word fragments', 5],
  ['family name only', 5],
  ['card number', 8],
  ['card prefix', 4],
  ['birth year', 8],
  ['citizen ID', 5],
  ['no text (browse)', 5],
  ['middle + given', 10],
];
const SCOPES = [
  ['nation', 45],
  ['province', 40],
  ['grassroots', 15],
];

function textFor(kind, person, random) {
  const given = person.given_name;
  switch (kind) {
    case 'full name':
      // Some officers' keyboards send decomposed (NFD) text.
      return random.chance(0.1) ? person.full_name.normalize('NFD') : person.full_name;
    case 'full name, no diacritics':
      return foldForSearch(person.full_name);
    case 'family + given, no diacritics':
      return foldForSearch(`${person.family_name} ${given}`);
    case 'given name':
      return random.chance(0.5) ? given : foldForSearch(given);
    case 'middle + given':
      return `${person.middle_name} ${given}`.trim();
    case 'word fragments': {
      // "ngu hươ": the start of two words, as someone types before the list narrows.
      const words = foldForSearch(person.full_name).split(' ');
      return `${words[0].slice(0, 3)} ${words.at(-1).slice(0, 3)}`;
    }
    case 'family name only':
      return random.chance(0.5) ? person.family_name : foldForSearch(person.family_name);
    case 'card number':
      return person.card_number;
    case 'card prefix':
      return person.card_number?.slice(0, 8);
    case 'birth year':
      return String(person.birth_year);
    case 'citizen ID':
      return person.citizen_id;
    default:
      return '';
  }
}

/** [{ kind, scope, url }] for the admin of Công đoàn Y tế Việt Nam. */
export async function buildQueryMix(db, seed = 2026) {
  const random = seededRandom(seed);
  const { rows: sectorUnions } = await db.$client.query(
    `SELECT code, report_path FROM units WHERE kind = 'provincial_sector_union' AND valid_to IS NULL`,
  );
  const { rows: bounds } = await db.$client.query(
    `SELECT min(person_id) AS low, max(person_id) AS high FROM memberships WHERE valid_to IS NULL AND status = 'active'`,
  );
  const { low, high } = bounds[0];
  const ids = Array.from({ length: QUERY_COUNT * 2 }, () => random.int(Number(low), Number(high)));
  const { rows: people } = await db.$client.query(
    `SELECT p.id, p.full_name, p.family_name, p.middle_name, p.given_name, p.birth_year, p.citizen_id,
            m.card_number, u.code AS unit_code, u.report_path
     FROM people p JOIN memberships m ON m.person_id = p.id AND m.valid_to IS NULL AND m.status = 'active'
     JOIN units u ON u.id = m.unit_id WHERE p.id = ANY($1::int[]) ORDER BY p.id`,
    [ids],
  );
  const pickKind = weightedPicker(KINDS);
  const pickScope = weightedPicker(SCOPES);
  const queries = [];
  for (let i = 0; queries.length < QUERY_COUNT && i < people.length * 4; i++) {
    const person = people[random.int(0, people.length - 1)];
    const kind = pickKind(random);
    const scope = pickScope(random);
    const q = textFor(kind, person, random);
    if (q === null || q === undefined) continue;
    const province = sectorUnions.find((unit) => person.report_path.startsWith(unit.report_path));
    const unit = scope === 'province' ? province?.code : scope === 'grassroots' ? person.unit_code : undefined;
    if (scope !== 'nation' && !unit) continue;
    const params = new URLSearchParams({ pageSize: '50' });
    if (q) params.set('q', q);
    if (unit) params.set('unit', unit);
    queries.push({ kind, scope, url: `/api/v1/members?${params}` });
  }
  if (queries.length < 1000) throw new Error(`only ${queries.length} queries could be built`);
  return queries;
}
