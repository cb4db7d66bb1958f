// Backup and restore of the whole database as one gzip file of COPY data, taken in one snapshot.
import fs from 'node:fs';
import readline from 'node:readline';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import type { PoolClient } from 'pg';
import { AppStartError } from '../errors.ts';
import type { Database } from './client.ts';

/** Parents before children, so the order also suits a reader of the file. */
export const TABLES = [
  'units',
  'unit_versions',
  'users',
  'role_grants',
  'sessions',
  'login_throttle',
  'audit_log',
  'people',
  'employments',
  'memberships',
  'attachments',
  'target_indicators',
  'targets',
  'correction_requests',
  'initiatives',
  'initiative_authors',
  'initiative_attachments',
  'performance_ratings',
  'catalogue_entries',
  'award_decisions',
  'awards',
  'movements',
  'movement_units',
  'movement_criteria',
  'emulation_clusters',
  'emulation_cluster_units',
  'pledges',
  'emulation_agreements',
  'emulation_agreement_parties',
  'score_sheets',
  'criterion_scores',
  'criterion_score_changes',
  'movement_rankings',
  'award_proposals',
  'award_proposal_items',
  'award_proposal_item_files',
  'award_proposal_events',
  'council_meetings',
  'council_meeting_proposals',
  'council_members',
  'council_recusals',
  'council_ballots',
  'council_tallies',
  'proposal_objections',
  'decision_sequences',
  'notifications',
] as const;
/** Tables whose `id` is an identity column: their sequences continue after the restored rows. */
const IDENTITY_TABLES: readonly string[] = [
  'units',
  'unit_versions',
  'users',
  'role_grants',
  'audit_log',
  'people',
  'employments',
  'memberships',
  'attachments',
  'target_indicators',
  'targets',
  'correction_requests',
  'initiatives',
  'initiative_authors',
  'initiative_attachments',
  'performance_ratings',
  'catalogue_entries',
  'award_decisions',
  'awards',
  'movements',
  'movement_criteria',
  'emulation_clusters',
  'pledges',
  'emulation_agreements',
  'score_sheets',
  'criterion_scores',
  'criterion_score_changes',
  'award_proposals',
  'award_proposal_items',
  'award_proposal_events',
  'council_meetings',
  'proposal_objections',
  'notifications',
];
const END = '\\.';

type Header = { format: 'congdoan-backup'; version: 1; createdAt: string; migrations: string[] };

async function appliedMigrations(client: PoolClient): Promise<string[]> {
  const { rows } = await client.query<{ hash: string }>('SELECT hash FROM drizzle.__drizzle_migrations ORDER BY id');
  return rows.map((row) => row.hash);
}

export async function backupDatabase(db: Database, file: string): Promise<{ tables: number; rows: number }> {
  const client = await db.$client.connect();
  const out = createGzip();
  const written = pipeline(out, fs.createWriteStream(`${file}.partial`));
  let rows = 0;
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const header: Header = {
      format: 'congdoan-backup',
      version: 1,
      createdAt: new Date().toISOString(),
      migrations: await appliedMigrations(client),
    };
    out.write(`${JSON.stringify(header)}\n`);
    for (const table of TABLES) {
      out.write(`${JSON.stringify({ table })}\n`);
      const stream = client.query(copyTo(`COPY ${table} TO STDOUT`));
      for await (const chunk of stream) out.write(chunk);
      rows += Number((stream as unknown as { rowCount: number }).rowCount ?? 0);
      out.write(`${END}\n`);
    }
    await client.query('COMMIT');
    out.end();
    await written;
    fs.renameSync(`${file}.partial`, file);
    return { tables: TABLES.length, rows };
  } catch (error) {
    out.destroy();
    await written.catch(() => undefined);
    fs.rmSync(`${file}.partial`, { force: true });
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/** Restores into a database at the same migration; refuses one that has data unless `force`, then all or nothing. */
export async function restoreDatabase(
  db: Database,
  file: string,
  options: { force: boolean },
): Promise<{ tables: number; rows: number }> {
  if (!fs.existsSync(file)) throw new AppStartError(`Không có tệp ${file} / no such file`, 2);
  const lines = readline.createInterface({
    input: fs.createReadStream(file).pipe(createGunzip()),
    crlfDelay: Infinity,
  });
  const iterator = lines[Symbol.asyncIterator]();
  const next = async () => {
    const result = await iterator.next();
    return result.done ? null : result.value;
  };
  const client = await db.$client.connect();
  let rows = 0;
  try {
    const header = JSON.parse((await next()) ?? '{}') as Partial<Header>;
    if (header.format !== 'congdoan-backup')
      throw new AppStartError(`${file} không phải bản sao lưu CongDoan / not a CongDoan backup`, 2);
    const current = await appliedMigrations(client);
    if (JSON.stringify(current) !== JSON.stringify(header.migrations)) {
      throw new AppStartError(
        'Bản sao lưu thuộc phiên bản CSDL khác / the backup is from a different schema version',
        2,
      );
    }
    await client.query('BEGIN');
    const { rows: used } = await client.query<{ n: number }>(
      `SELECT (SELECT count(*) FROM units) + (SELECT count(*) FROM users) AS n`,
    );
    if (Number(used[0]?.n) > 0) {
      if (!options.force)
        throw new AppStartError(
          'CSDL đích đã có dữ liệu; dùng --force để ghi đè / the target database is not empty; use --force',
          2,
        );
      await client.query(`TRUNCATE ${TABLES.join(', ')} RESTART IDENTITY`);
    }
    await client.query('SET CONSTRAINTS ALL DEFERRED');
    for (let line = await next(); line !== null; line = await next()) {
      const { table } = JSON.parse(line) as { table: (typeof TABLES)[number] };
      if (!TABLES.includes(table))
        throw new AppStartError(`Bảng lạ trong bản sao lưu / unknown table ${String(table)}`, 2);
      const sink = client.query(copyFrom(`COPY ${table} FROM STDIN`));
      const done = new Promise((resolve, reject) => sink.on('finish', resolve).on('error', reject));
      for (let row = await next(); row !== END; row = await next()) {
        if (row === null) throw new AppStartError('Bản sao lưu bị cắt cụt / the backup is truncated', 2);
        if (!sink.write(`${row}\n`)) await new Promise((resolve) => sink.once('drain', resolve));
        rows++;
      }
      sink.end();
      await done;
      if (IDENTITY_TABLES.includes(table)) {
        await client.query(
          `SELECT setval(pg_get_serial_sequence('${table}', 'id'), COALESCE((SELECT max(id) FROM ${table}), 0) + 1, false)`,
        );
      }
    }
    await client.query('COMMIT');
    return { tables: TABLES.length, rows };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
    lines.close();
  }
}
