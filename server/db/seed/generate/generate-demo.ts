// `congdoan demo`: fills a database with a national-scale generated data set (tree, people, histories) in one
// transaction, loaded with COPY, then refreshes the planner's statistics so the first queries plan as they will.
import type { PoolClient } from 'pg';
import { vietnamToday } from '../../../../shared/dates.ts';
import type { Ctx } from '../../../context.ts';
import { AppError } from '../../../errors.ts';
import { withWrite } from '../../write.ts';
import { connectionOf, copyLines, spillFile } from './bulk-copy.ts';
import {
  EMPLOYMENT_COLUMNS,
  employmentLines,
  MEMBERSHIP_COLUMNS,
  membershipLines,
  nameColumnsCache,
  PERSON_COLUMNS,
  personLine,
  UNIT_COLUMNS,
  unitLine,
  VERSION_COLUMNS,
  versionLine,
} from './copy-rows.ts';
import { referenceDay } from './draw-person.ts';
import { HISTORY_TABLES, historyWriter, type HistoryPhase, type HistoryReport } from './generate-history.ts';
import { generatePeople, peopleCount, type GeneratedPerson } from './generate-people.ts';
import { MIN_UNITS, planTree, type ExistingTree, type PlacedUnit } from './plan-tree.ts';
import { seededRandom } from './random.ts';
import { dataBeyondSeed } from './seed-check.ts';

export const MAX_MEMBERS = 20_000_000;
export const MAX_UNITS = 1_000_000;
const FOUNDED = '2015-01-01';
const TABLES = ['units', 'unit_versions', 'people', 'memberships', 'employments'];

export type GeneratePhase = 'units' | 'people' | 'memberships' | 'employments' | HistoryPhase | 'analyze';
export type GenerateOptions = {
  members: number;
  units: number;
  seed: number;
  force: boolean;
  /** Also five years of ratings, titles and commendations, and initiatives (generate-history.ts). */
  history?: boolean;
  onProgress?: (progress: { phase: GeneratePhase; done: number; total: number }) => void;
};
export type GenerateReport = {
  units: number;
  provinces: number;
  grassroots: number;
  people: number;
  memberships: number;
  employments: number;
  /** People by the shape of their history: active, transferred, left, rejoined, suspended, worker (not a member). */
  histories: Record<GeneratedPerson['kind'], number>;
  history?: HistoryReport;
  seconds: {
    units: number;
    people: number;
    memberships: number;
    employments: number;
    history: number;
    analyze: number;
  };
};

function badOption(vi: string, en: string): AppError {
  return new AppError(400, 'demo.bad_option', vi, en);
}

async function existingTree(client: PoolClient): Promise<ExistingTree> {
  const { rows } = await client.query<PlacedUnit & { parentId: number | null }>(
    'SELECT id, code, path, report_path AS "reportPath", province, parent_id AS "parentId" FROM units',
  );
  const byCode = new Map(rows.map((row) => [row.code, row]));
  const confederation = byCode.get('TLDLDVN') ?? rows.find((row) => row.parentId === null);
  const national = byCode.get('CDYTVN');
  if (!confederation || !national) {
    throw new AppError(
      409,
      'demo.no_roots',
      'Cơ sở dữ liệu chưa có Tổng Liên đoàn và Công đoàn Y tế Việt Nam: hãy chạy congdoan serve một lần trước.',
      'The database has no root units yet: run congdoan serve once first.',
    );
  }
  return { confederation, national, byCode };
}

/** The first id of a block for `table`; the identity sequence is moved past the block once it is written. */
async function firstFreeId(client: PoolClient, table: string): Promise<number> {
  const { rows } = await client.query<{ id: number }>(
    `SELECT greatest(nextval(pg_get_serial_sequence('${table}', 'id')), (SELECT coalesce(max(id), 0) + 1 FROM ${table}))::int AS id`,
  );
  return rows[0]!.id;
}
async function claimIds(client: PoolClient, table: string, lastId: number): Promise<void> {
  await client.query(`SELECT setval(pg_get_serial_sequence('${table}', 'id'), $1)`, [lastId]);
}

async function takenValues(client: PoolClient, query: string): Promise<Set<string>> {
  const { rows } = await client.query<{ value: string }>({ text: query, rowMode: 'array' } as never);
  return new Set((rows as unknown as string[][]).map((row) => row[0]!));
}

function* mapped<T>(items: Iterable<T>, each: (item: T) => string): Generator<string> {
  for (const item of items) yield each(item);
}

const secondsSince = (start: number) => Math.round((performance.now() - start) / 100) / 10;

export async function generateDemoData(ctx: Ctx, options: GenerateOptions): Promise<GenerateReport> {
  if (!Number.isInteger(options.members) || options.members < 0 || options.members > MAX_MEMBERS)
    throw badOption(`--members phải từ 0 đến ${MAX_MEMBERS}.`, `--members must be 0 to ${MAX_MEMBERS}.`);
  if (!Number.isInteger(options.units) || options.units < MIN_UNITS || options.units > MAX_UNITS)
    throw badOption(`--units phải từ ${MIN_UNITS} đến ${MAX_UNITS}.`, `--units must be ${MIN_UNITS} to ${MAX_UNITS}.`);
  if (!options.force) {
    const beyond = await dataBeyondSeed(ctx.db);
    if (beyond.units > 0 || beyond.people > 0) {
      throw new AppError(
        409,
        'demo.database_not_empty',
        `Cơ sở dữ liệu đã có dữ liệu ngoài dữ liệu mẫu (${beyond.units} đơn vị, ${beyond.people} người): dữ liệu sinh ra sẽ lẫn vào. Dùng --force nếu thật sự muốn.`,
        `The database has data beyond the demo set (${beyond.units} units, ${beyond.people} people); use --force to add generated data anyway.`,
        beyond,
      );
    }
  }
  const progress = options.onProgress ?? (() => undefined);
  const tables = options.history ? [...TABLES, ...HISTORY_TABLES] : TABLES;
  const report = await withWrite(ctx, async (tx, audit) => {
    const client = connectionOf(tx);
    // No one else writes these tables meanwhile, so the id blocks and the uniqueness checks below hold.
    await client.query(`LOCK TABLE ${tables.join(', ')} IN EXCLUSIVE MODE`);
    const existing = await existingTree(client);
    const { rows: runRows } = await client.query<{ runs: number }>(
      `SELECT count(*)::int AS runs FROM audit_log WHERE action = 'demo.generate'`,
    );
    const runs = runRows[0]!.runs;
    const tag = runs > 0 ? `R${runs + 1}-` : '';

    let start = performance.now();
    const firstUnitId = await firstFreeId(client, 'units');
    const plan = planTree(existing, {
      units: options.units,
      tag,
      firstId: firstUnitId,
      random: seededRandom(options.seed),
    });
    const onUnits = (done: number) => progress({ phase: 'units', done, total: plan.units.length });
    await copyLines(
      client,
      'units',
      UNIT_COLUMNS,
      mapped(plan.units, (unit) => unitLine(unit, FOUNDED)),
      onUnits,
    );
    await copyLines(
      client,
      'unit_versions',
      VERSION_COLUMNS,
      mapped(plan.units, (unit) => versionLine(unit, FOUNDED)),
    );
    await claimIds(client, 'units', firstUnitId + plan.units.length - 1);
    const seconds = { units: secondsSince(start), people: 0, memberships: 0, employments: 0, history: 0, analyze: 0 };

    const total = peopleCount(options.members);
    let membershipRows = 0;
    let employmentRows = 0;
    const peopleOptions = {
      members: options.members,
      seed: options.seed,
      reference: referenceDay(vietnamToday()),
      firstPersonId: await firstFreeId(client, 'people'),
      takenCitizenIds: await takenValues(client, 'SELECT citizen_id FROM people WHERE citizen_id IS NOT NULL'),
      takenCardNumbers: await takenValues(
        client,
        'SELECT DISTINCT card_number FROM memberships WHERE card_number IS NOT NULL',
      ),
    };
    // One pass over the people: their rows go to COPY at once, their histories to temporary files that are
    // copied next (a connection runs one COPY at a time).
    const histories: GenerateReport['histories'] = {
      active: 0,
      transferred: 0,
      left: 0,
      rejoined: 0,
      suspended: 0,
      worker: 0,
    };
    const membershipFile = spillFile('memberships');
    const employmentFile = spillFile('employments');
    const history = options.history
      ? await historyWriter(client, plan.grassroots, existing.national, options.seed)
      : null;
    let historyReport: HistoryReport | undefined;
    try {
      start = performance.now();
      const names = nameColumnsCache();
      const each = (person: GeneratedPerson) => {
        histories[person.kind]++;
        membershipFile.add(membershipLines(person), person.memberships.length);
        employmentFile.add(employmentLines(person), person.employments.length);
        history?.add(person);
        return personLine(person, names);
      };
      const people = generatePeople(plan.grassroots, peopleOptions);
      await copyLines(client, 'people', PERSON_COLUMNS, mapped(people, each), (done) =>
        progress({ phase: 'people', done, total }),
      );
      if (total > 0) await claimIds(client, 'people', peopleOptions.firstPersonId + total - 1);
      seconds.people = secondsSince(start);
      start = performance.now();
      membershipRows = await membershipFile.copyTo(client, 'memberships', MEMBERSHIP_COLUMNS, (done, all) =>
        progress({ phase: 'memberships', done, total: all }),
      );
      seconds.memberships = secondsSince(start);
      start = performance.now();
      employmentRows = await employmentFile.copyTo(client, 'employments', EMPLOYMENT_COLUMNS, (done, all) =>
        progress({ phase: 'employments', done, total: all }),
      );
      seconds.employments = secondsSince(start);
      start = performance.now();
      historyReport = await history?.copy((phase, done, all) => progress({ phase, done, total: all }));
      seconds.history = secondsSince(start);
    } finally {
      membershipFile.remove();
      employmentFile.remove();
      history?.remove();
    }

    start = performance.now();
    progress({ phase: 'analyze', done: 0, total: tables.length });
    for (const table of tables) await client.query(`ANALYZE ${table}`);
    seconds.analyze = secondsSince(start);
    const result: GenerateReport = {
      units: plan.units.length,
      provinces: plan.provinces.length,
      grassroots: plan.grassroots.length,
      people: total,
      memberships: membershipRows,
      employments: employmentRows,
      histories,
      ...(historyReport ? { history: historyReport } : {}),
      seconds,
    };
    audit({
      action: 'demo.generate',
      entity: 'unit',
      entityId: existing.national.id,
      unitId: existing.national.id,
      after: { seed: options.seed, members: options.members, tag, ...result, seconds: undefined },
    });
    return result;
  });
  // Outside the transaction: VACUUM sets the visibility map, so counts over a million rows can read the indexes only.
  const start = performance.now();
  for (const table of tables) await ctx.db.$client.query(`VACUUM ${table}`);
  report.seconds.analyze += secondsSince(start);
  progress({ phase: 'analyze', done: tables.length, total: tables.length });
  return report;
}
