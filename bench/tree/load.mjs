// Loads the generated tree into a migrated database: one INSERT … SELECT FROM unnest(arrays) per batch,
// which sends one parameter per column instead of one per value, and one open version per unit.
import { msSince } from '../lib/stats.mjs';

const BATCH = 10_000;
const FOUNDED = '2015-01-01';

function columns(rows, pick) {
  return pick.map(([key]) => rows.map((row) => row[key] ?? null));
}

async function insertBatches(client, units, statement, pick) {
  for (let start = 0; start < units.length; start += BATCH) {
    const rows = units.slice(start, start + BATCH);
    await client.query(statement, columns(rows, pick));
  }
}

const unitColumns = [
  ['id', 'int'],
  ['code', 'text'],
  ['name', 'text'],
  ['shortName', 'text'],
  ['kind', 'text'],
  ['sector', 'text'],
  ['province', 'text'],
  ['parentId', 'int'],
  ['reportingParentId', 'int'],
  ['path', 'text'],
  ['reportPath', 'text'],
  ['searchKey', 'text'],
];
const versionColumns = [
  ['id', 'int'],
  ['name', 'text'],
  ['shortName', 'text'],
  ['kind', 'text'],
  ['parentId', 'int'],
  ['reportingParentId', 'int'],
  ['sector', 'text'],
  ['province', 'text'],
  ['searchKey', 'text'],
];
const unnest = (pick) => pick.map(([, type], i) => `$${i + 1}::${type}[]`).join(', ');

/** Inserts units and unit_versions, moves the id sequence past them and refreshes planner statistics. */
export async function loadTree(db, units) {
  const client = await db.$client.connect();
  const timings = {};
  try {
    let start = process.hrtime.bigint();
    await client.query('BEGIN');
    await insertBatches(
      client,
      units,
      `INSERT INTO units (id, code, name, short_name, kind, sector, province, parent_id, reporting_parent_id, path, report_path, search_key, valid_from)
       OVERRIDING SYSTEM VALUE SELECT *, '${FOUNDED}'::date FROM unnest(${unnest(unitColumns)})`,
      unitColumns,
    );
    await insertBatches(
      client,
      units,
      `INSERT INTO unit_versions (unit_id, name, short_name, kind, parent_id, reporting_parent_id, sector, province, search_key, valid_from)
       SELECT *, '${FOUNDED}'::date FROM unnest(${unnest(versionColumns)})`,
      versionColumns,
    );
    await client.query(`SELECT setval(pg_get_serial_sequence('units', 'id'), (SELECT max(id) FROM units))`);
    await client.query('COMMIT');
    timings.insertMs = msSince(start);
    // A real database has statistics from autovacuum; a freshly loaded one needs them before any plan is fair.
    start = process.hrtime.bigint();
    await client.query('VACUUM ANALYZE units');
    await client.query('VACUUM ANALYZE unit_versions');
    timings.analyzeMs = msSince(start);
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
  return timings;
}

/** Users who never log in (no usable password), each with one grant: the actors the benchmarks use. */
export async function insertActors(db, grants) {
  const ids = {};
  for (const [username, role, unitId] of grants) {
    const { rows } = await db.$client.query(
      `INSERT INTO users (username, display_name, password_hash) VALUES ($1, $1, 'bench-no-login') RETURNING id`,
      [username],
    );
    await db.$client.query('INSERT INTO role_grants (user_id, unit_id, role) VALUES ($1, $2, $3)', [
      rows[0].id,
      unitId,
      role,
    ]);
    ids[username] = rows[0].id;
  }
  return ids;
}
