// The candidates part's data set: a generated national tree with five years of achievement history, the sizes
// of what was written, and the hospital the 200 ms goal is measured on.
import { generateDemoData } from '../../dist/server/db/seed/generate/generate-demo.js';
import { msSince, round } from '../lib/stats.mjs';

export const YEAR = 2025;
const HOSPITAL_SIZE = 2000;

export async function generateHistory(db, config, members, log) {
  const units = Math.max(60, Math.round(members / 100));
  log(`    generating ${members.toLocaleString('en')} members in ${units.toLocaleString('en')} units, with history`);
  const start = process.hrtime.bigint();
  let shown = '';
  const report = await generateDemoData(
    { db, config, actor: null, requestId: 'bench', ip: null },
    {
      members,
      units,
      seed: 2026,
      force: false,
      history: true,
      onProgress: ({ phase }) => {
        if (phase !== shown) log(`      ${phase}`);
        shown = phase;
      },
    },
  );
  const ms = msSince(start);
  const { rows } = await db.$client.query(`
    SELECT (SELECT count(*) FROM performance_ratings)::int AS ratings, (SELECT count(*) FROM awards)::int AS awards,
           (SELECT count(*) FROM award_decisions)::int AS decisions, (SELECT count(*) FROM initiatives)::int AS initiatives,
           (SELECT count(*) FROM initiative_authors)::int AS authors,
           (SELECT sum(pg_total_relation_size(t))::bigint FROM unnest(ARRAY['performance_ratings', 'awards',
             'award_decisions', 'initiatives', 'initiative_authors']::regclass[]) t) AS bytes`);
  const sizes = rows[0];
  log(
    `    generated in ${round(ms / 1000, 1)} s: ${sizes.ratings.toLocaleString('en')} ratings, ` +
      `${sizes.awards.toLocaleString('en')} awards, ${sizes.initiatives.toLocaleString('en')} initiatives`,
  );
  return {
    members,
    units,
    ms: round(ms, 0),
    seconds: report.seconds,
    people: report.people,
    byCode: report.history?.byCode,
    ...sizes,
    historyMiB: round(Number(sizes.bytes) / 2 ** 20, 0),
    bytes: undefined,
  };
}

/** The grassroots union whose members of the year number closest to 2,000, and how many each scope holds. */
export async function pickScopes(db) {
  const { rows } = await db.$client.query(
    `SELECT g.code, g.name, count(DISTINCT m.person_id)::int AS members
       FROM units g JOIN units u ON u.path LIKE g.path || '%'
       JOIN memberships m ON m.unit_id = u.id
      WHERE g.kind = 'grassroots_union' AND m.valid_from <= make_date($1, 12, 31)
        AND (m.valid_to IS NULL OR m.valid_to >= make_date($1, 1, 1))
      GROUP BY g.code, g.name ORDER BY abs(count(DISTINCT m.person_id) - $2), g.code LIMIT 1`,
    [YEAR, HOSPITAL_SIZE],
  );
  const { rows: all } = await db.$client.query(
    `SELECT count(DISTINCT person_id)::int AS members FROM memberships
      WHERE valid_from <= make_date($1, 12, 31) AND (valid_to IS NULL OR valid_to >= make_date($1, 1, 1))`,
    [YEAR],
  );
  return { national: { code: 'TLDLDVN', members: all[0].members }, hospital: rows[0] };
}
