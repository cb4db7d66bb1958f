// Exporting a filtered member list to .xlsx or CSV: a permission of its own, audited, streamed in batches.
import { sql, type SQL } from 'drizzle-orm';
import type { Readable } from 'node:stream';
import type { MemberListQuery } from '../../../shared/contracts/members.ts';
import { genderLabels, membershipStatusLabels, qualificationLabels } from '../../../shared/members-enums.ts';
import { formatTitles } from '../../../shared/text/index.ts';
import type { ActorCtx } from '../../context.ts';
import { withWrite } from '../../db/write.ts';
import {
  excelDate,
  streamTable,
  type Cell,
  type ExportColumn,
  type ExportFormat,
} from '../../documents/table-export.ts';
import { requireCapability } from '../../policies/capabilities.ts';
import { maskCitizenId } from '../../policies/members.policy.ts';
import type { MemberListRow } from './member-rows.ts';
import { memberListWhere, selectMemberRows } from './members.service.ts';

const BATCH = 2000;

const COLUMNS: ExportColumn[] = [
  { header: 'STT', width: 7, kind: 'number' },
  { header: 'Họ và tên', width: 28 },
  { header: 'Học hàm, học vị', width: 14 },
  { header: 'Giới tính', width: 9 },
  { header: 'Ngày sinh', width: 12, kind: 'date' },
  { header: 'Năm sinh', width: 9, kind: 'number' },
  { header: 'Dân tộc', width: 10 },
  { header: 'Số CCCD', width: 15, kind: 'text' },
  { header: 'Trình độ chuyên môn', width: 18 },
  { header: 'Chức vụ', width: 24 },
  { header: 'Số thẻ đoàn viên', width: 16, kind: 'text' },
  { header: 'Ngày vào công đoàn', width: 14, kind: 'date' },
  { header: 'Công đoàn cơ sở', width: 40 },
  { header: 'Trạng thái', width: 18 },
];

function toCells(row: MemberListRow, index: number): Cell[] {
  const { person, membership, unit } = row;
  return [
    index,
    person.fullName,
    formatTitles(person.titles) || null,
    person.gender ? genderLabels[person.gender].vi : null,
    excelDate(person.birthDate),
    person.birthYear,
    person.ethnicity,
    maskCitizenId(person.citizenId),
    person.qualification
      ? (qualificationLabels[person.qualification as keyof typeof qualificationLabels]?.vi ?? person.qualification)
      : null,
    person.position,
    membership?.cardNumber ?? null,
    excelDate(membership?.joinedOn ?? null),
    unit.name,
    membership ? membershipStatusLabels[membership.status].vi : 'Chưa là đoàn viên',
  ];
}

/** Keyset batches in the list's order, so a large export neither holds everything nor slows with offsets. */
async function* batchesOf(
  ctx: ActorCtx,
  where: SQL | undefined,
  nonMembers: boolean,
  counter: { rows: number },
): AsyncGenerator<Cell[][]> {
  let after: { sortKey: string; personId: number; validFrom: string } | null = null;
  // The third key is the period the row comes from: the membership, or for non-members the employment.
  const period = sql.raw(nonMembers ? 'employments.valid_from' : 'memberships.valid_from');
  for (;;) {
    const cursor: SQL | undefined = after
      ? sql`(people.sort_key COLLATE "C", people.id, ${period}) > (${after.sortKey} COLLATE "C", ${after.personId}, ${after.validFrom}::date)`
      : undefined;
    const rows: (MemberListRow & { periodFrom: string })[] = await selectMemberRows(
      ctx,
      where && cursor ? sql`${where} AND ${cursor}` : (where ?? cursor),
      nonMembers,
    ).limit(BATCH);
    if (rows.length === 0) return;
    yield rows.map((row) => toCells(row, ++counter.rows));
    const last = rows.at(-1)!;
    after = { sortKey: last.person.sortKey, personId: last.person.id, validFrom: last.periodFrom };
    if (rows.length < BATCH) return;
  }
}

export async function exportMembers(
  ctx: ActorCtx,
  query: Omit<MemberListQuery, 'page' | 'pageSize'>,
  format: ExportFormat,
): Promise<{ stream: Readable; filename: string }> {
  requireCapability(ctx.actor, 'exportMembers');
  const where = await memberListWhere(ctx, query);
  await withWrite(ctx, async (_tx, audit) =>
    audit({
      action: 'member.export',
      entity: 'person',
      entityId: 'list',
      unitId: ctx.actor.grants[0]?.unitId ?? null,
      after: { format, filters: query },
    }),
  );
  const counter = { rows: 0 };
  // A failure midway destroys the stream with the error: the download breaks off visibly and Fastify logs it.
  const stream = streamTable(
    format,
    'Đoàn viên',
    COLUMNS,
    batchesOf(ctx, where, query.status === 'non_member', counter),
    () => undefined,
  );
  const stamp = new Date().toISOString().slice(0, 10);
  return { stream, filename: `doan-vien-${query.unit ?? 'tat-ca'}-${stamp}.${format}` };
}
