// The register's records: the scoped, filtered list, one record, and entering, correcting and withdrawing one.
import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { Initiative, InitiativeListQuery, initiativeBodySchema } from '../../../shared/contracts/initiatives.ts';
import { foldForSearch } from '../../../shared/text/index.ts';
import type { z } from 'zod';
import type { ActorCtx } from '../../context.ts';
import { initiativeAttachments, initiativeAuthors, initiatives, units } from '../../db/schema/index.ts';
import { withWrite, type Audit, type Tx } from '../../db/write.ts';
import { badRequest } from '../../errors.ts';
import { requireCapability } from '../../policies/capabilities.ts';
import { ACHIEVEMENT_READERS, authorizeInitiative } from '../../policies/initiatives.policy.ts';
import { scopeWhere, subtreeWhere } from '../../policies/scope.ts';
import { claimAttachment } from '../attachments/attachments.service.ts';
import { lockUnit } from '../units/unit-rows.ts';
import { getUnitByCode } from '../units/units.service.ts';
import { checkAuthors, searchKeyOf } from './initiative-authors.ts';
import { loadInitiative, selectInitiativeRows, toInitiativeDtos } from './initiative-rows.ts';
import { requireStatus } from './initiative-transitions.ts';

type Body = z.infer<typeof initiativeBodySchema>;

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The year a record counts in: its decision's, or its submission's while it has none. */
export const yearOf = sql`extract(year from coalesce(${initiatives.decisionDate}, ${initiatives.submittedOn}))::int`;

export async function findInitiatives(ctx: ActorCtx, query: InitiativeListQuery) {
  requireCapability(ctx.actor, 'viewInitiatives');
  const filters: (SQL | undefined)[] = [scopeWhere(ctx.actor, ACHIEVEMENT_READERS)];
  if (query.unit) filters.push(subtreeWhere(await getUnitByCode(ctx, query.unit)));
  if (query.kind) filters.push(eq(initiatives.kind, query.kind));
  if (query.level) filters.push(eq(initiatives.recognitionLevel, query.level));
  if (query.status) filters.push(eq(initiatives.status, query.status));
  if (query.year) filters.push(sql`${yearOf} = ${query.year}`);
  if (query.person) {
    filters.push(
      sql`EXISTS (SELECT 1 FROM initiative_authors a WHERE a.initiative_id = ${initiatives.id} AND a.person_id = ${query.person})`,
    );
  }
  for (const word of query.q ? foldForSearch(query.q).split(' ').filter(Boolean) : []) {
    filters.push(sql`${initiatives.searchKey} LIKE ${'%' + escapeLike(word) + '%'}`);
  }
  const where = and(...filters);
  const [rows, [count]] = await Promise.all([
    selectInitiativeRows(ctx.db, where, { limit: query.pageSize, offset: (query.page - 1) * query.pageSize }),
    ctx.db
      .select({ total: sql<number>`count(*)::int` })
      .from(initiatives)
      .innerJoin(units, eq(units.id, initiatives.unitId))
      .where(where),
  ]);
  return {
    items: await toInitiativeDtos(ctx, ctx.db, rows),
    total: count?.total ?? 0,
    page: query.page,
    pageSize: query.pageSize,
  };
}

export async function getInitiative(ctx: ActorCtx, id: number): Promise<Initiative> {
  requireCapability(ctx.actor, 'viewInitiatives');
  const row = await loadInitiative(ctx.db, id);
  authorizeInitiative(ctx.actor, 'read', row.unit);
  const [dto] = await toInitiativeDtos(ctx, ctx.db, [row]);
  return dto!;
}

/** The registering unit: in the actor's keeping and active. */
async function lockRegisteringUnit(ctx: ActorCtx, tx: Tx, unitId: number) {
  const unit = await lockUnit(tx, unitId);
  authorizeInitiative(ctx.actor, 'write', unit);
  if (unit.status !== 'active') {
    throw badRequest(
      'initiatives.unit_not_active',
      `${unit.name} không còn hoạt động.`,
      'The unit is no longer active.',
      [{ field: 'body.unitId', message: 'Đơn vị không còn hoạt động.', messageEn: 'Not active.' }],
    );
  }
  return unit;
}

/** Writes the authors and files of a record, replacing what it had. */
async function writeParts(ctx: ActorCtx, tx: Tx, id: number, body: Body, keptFiles: Set<number>) {
  await tx.delete(initiativeAuthors).where(eq(initiativeAuthors.initiativeId, id));
  await tx.insert(initiativeAuthors).values(
    body.authors.map((author, position) => ({
      initiativeId: id,
      personId: author.personId,
      sharePercent: author.sharePercent,
      position,
    })),
  );
  const fileIds = [...new Set(body.attachmentIds)];
  for (const [index, fileId] of fileIds.entries()) {
    // A file already on the record stays; a new one must be the actor's own upload.
    if (!keptFiles.has(fileId)) await claimAttachment(ctx, tx, fileId, `body.attachmentIds.${index}`);
  }
  await tx.delete(initiativeAttachments).where(eq(initiativeAttachments.initiativeId, id));
  if (fileIds.length) {
    await tx.insert(initiativeAttachments).values(fileIds.map((attachmentId) => ({ initiativeId: id, attachmentId })));
  }
}

function columnsOf(body: Body, searchKey: string) {
  return {
    kind: body.kind,
    title: body.title,
    field: body.field || null,
    unitId: body.unitId,
    submittedOn: body.submittedOn,
    benefitVnd: body.benefitVnd ?? null,
    appliedAt: body.appliedAt || null,
    application: body.application,
    accepted: body.kind === 'research' && body.accepted,
    searchKey,
  };
}

/** Registers an initiative, work or research project with its authors, status "submitted". */
export async function createInitiative(ctx: ActorCtx, body: Body): Promise<Initiative> {
  requireCapability(ctx.actor, 'manageInitiatives');
  const id = await withWrite(ctx, async (tx, audit) => {
    await lockRegisteringUnit(ctx, tx, body.unitId);
    const names = await checkAuthors(ctx, tx, body.authors);
    const [inserted] = await tx
      .insert(initiatives)
      .values({ ...columnsOf(body, searchKeyOf(body.title, body.field, names)), createdBy: ctx.actor.userId })
      .returning({ id: initiatives.id });
    await writeParts(ctx, tx, inserted!.id, body, new Set());
    audit({
      action: 'initiative.create',
      entity: 'initiative',
      entityId: inserted!.id,
      unitId: body.unitId,
      after: body,
    });
    return inserted!.id;
  });
  return getInitiative(ctx, id);
}

async function currentParts(tx: Tx, id: number) {
  const [authors, files] = await Promise.all([
    tx
      .select({ personId: initiativeAuthors.personId, sharePercent: initiativeAuthors.sharePercent })
      .from(initiativeAuthors)
      .where(eq(initiativeAuthors.initiativeId, id))
      .orderBy(initiativeAuthors.position),
    tx
      .select({ attachmentId: initiativeAttachments.attachmentId })
      .from(initiativeAttachments)
      .where(eq(initiativeAttachments.initiativeId, id)),
  ]);
  return { authors, attachmentIds: files.map((file) => file.attachmentId) };
}

/** Locks a record for a change and checks the actor keeps it (at its current unit). */
export async function lockInitiative(ctx: ActorCtx, tx: Tx, id: number) {
  // Locked before it is read, so two steps on one record queue up and the second sees the first's status.
  await tx.select({ id: initiatives.id }).from(initiatives).where(eq(initiatives.id, id)).for('update');
  const row = await loadInitiative(tx, id);
  authorizeInitiative(ctx.actor, 'write', row.unit);
  return row;
}

/** Corrects a record while it waits for recognition; the whole form is sent again. */
export async function updateInitiative(ctx: ActorCtx, id: number, body: Body): Promise<Initiative> {
  requireCapability(ctx.actor, 'manageInitiatives');
  await withWrite(ctx, async (tx, audit) => {
    const row = await lockInitiative(ctx, tx, id);
    requireStatus(row.initiative.status, 'update');
    if (body.unitId !== row.initiative.unitId) await lockRegisteringUnit(ctx, tx, body.unitId);
    const names = await checkAuthors(ctx, tx, body.authors);
    const before = await currentParts(tx, id);
    await tx
      .update(initiatives)
      .set({ ...columnsOf(body, searchKeyOf(body.title, body.field, names)), updatedAt: sql`now()` })
      .where(eq(initiatives.id, id));
    await writeParts(ctx, tx, id, body, new Set(before.attachmentIds));
    auditUpdate(audit, row, before, body);
  });
  return getInitiative(ctx, id);
}

function auditUpdate(
  audit: Audit,
  row: Awaited<ReturnType<typeof loadInitiative>>,
  before: Awaited<ReturnType<typeof currentParts>>,
  body: Body,
) {
  const { searchKey: _searchKey, ...kept } = row.initiative;
  audit({
    action: 'initiative.update',
    entity: 'initiative',
    entityId: row.initiative.id,
    unitId: body.unitId,
    before: { ...kept, ...before },
    after: body,
  });
}

/** Withdraws a record entered by mistake; only while it waits, and the audit row keeps all it held. */
export async function deleteInitiative(ctx: ActorCtx, id: number): Promise<void> {
  requireCapability(ctx.actor, 'manageInitiatives');
  await withWrite(ctx, async (tx, audit) => {
    const row = await lockInitiative(ctx, tx, id);
    requireStatus(row.initiative.status, 'delete');
    const before = await currentParts(tx, id);
    await tx.delete(initiatives).where(eq(initiatives.id, id));
    const { searchKey: _searchKey, ...kept } = row.initiative;
    audit({
      action: 'initiative.delete',
      entity: 'initiative',
      entityId: id,
      unitId: row.initiative.unitId,
      before: { ...kept, ...before },
    });
  });
}
