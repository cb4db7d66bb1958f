// Emulation agreements (giao ước thi đua): signed between units within a movement or a cluster, kept by the
// officers of the unit that runs the movement or organises the cluster.
import { desc, eq, inArray } from 'drizzle-orm';
import type { Agreement, AgreementBody } from '../../../shared/contracts/movements.ts';
import type { ActorCtx } from '../../context.ts';
import {
  attachments,
  emulationAgreementParties,
  emulationAgreements,
  emulationClusters,
  emulationClusterUnits,
} from '../../db/schema/index.ts';
import { withWrite, type Tx } from '../../db/write.ts';
import { badRequest, conflict, notFound } from '../../errors.ts';
import { requireCapability } from '../../policies/capabilities.ts';
import { authorizeCluster, authorizeMovement, canKeepUnit } from '../../policies/movements.policy.ts';
import { claimAttachment, readAttachment } from '../attachments/attachments.service.ts';
import { loadMovement, placesOf } from './movement-rows.ts';
import { loadUnit, loadUnits, unitRef, type PlacedUnit } from './movement-units.ts';

type Reader = ActorCtx['db'] | Tx;
type Context = { owner: PlacedUnit; parties: Set<number>; movementId: number | null; clusterId: number | null };

/** The movement or cluster an agreement belongs to, checked for the actor: who keeps it and who may sign. */
async function contextOf(
  ctx: ActorCtx,
  db: Reader,
  ref: { movementId?: number | null | undefined; clusterId?: number | null | undefined },
  action: 'read' | 'write',
): Promise<Context> {
  if (Boolean(ref.movementId) === Boolean(ref.clusterId)) {
    throw badRequest(
      'agreements.context_required',
      'Giao ước phải thuộc đúng một phong trào hoặc một cụm, khối thi đua.',
      'An agreement belongs to exactly one movement or one cluster.',
      [
        {
          field: 'body.movementId',
          message: 'Chọn phong trào hoặc cụm, khối.',
          messageEn: 'Pick a movement or a cluster.',
        },
      ],
    );
  }
  if (ref.movementId) {
    const loaded = await loadMovement(db, ref.movementId);
    authorizeMovement(ctx.actor, action, placesOf(loaded));
    if (action === 'write' && loaded.movement.status === 'draft') {
      throw conflict(
        'agreements.movement_not_launched',
        'Phong trào chưa phát động: chưa ký kết giao ước được.',
        'The movement has not been launched yet.',
      );
    }
    return {
      owner: loaded.launching,
      parties: new Set([loaded.launching.id, ...loaded.covered.map((unit) => unit.id)]),
      movementId: ref.movementId,
      clusterId: null,
    };
  }
  const [cluster] = await db.select().from(emulationClusters).where(eq(emulationClusters.id, ref.clusterId!));
  if (!cluster) throw notFound('emulation_clusters');
  const organising = (await loadUnit(db, cluster.organisingUnitId))!;
  const memberIds = (
    await db
      .select({ unitId: emulationClusterUnits.unitId })
      .from(emulationClusterUnits)
      .where(eq(emulationClusterUnits.clusterId, cluster.id))
  ).map((row) => row.unitId);
  const members = [...(await loadUnits(db, memberIds)).values()];
  authorizeCluster(ctx.actor, action, { organising, members });
  return {
    owner: organising,
    parties: new Set([organising.id, ...memberIds]),
    movementId: null,
    clusterId: cluster.id,
  };
}

async function toDtos(ctx: ActorCtx, db: Reader, rows: (typeof emulationAgreements.$inferSelect)[], owner: PlacedUnit) {
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.id);
  const parties = await db
    .select()
    .from(emulationAgreementParties)
    .where(inArray(emulationAgreementParties.agreementId, ids));
  const placed = await loadUnits(
    db,
    parties.map((party) => party.unitId),
  );
  const fileIds = rows.flatMap((row) => (row.attachmentId ? [row.attachmentId] : []));
  const files = fileIds.length
    ? await db
        .select({
          id: attachments.id,
          fileName: attachments.fileName,
          mimeType: attachments.mimeType,
          byteSize: attachments.byteSize,
        })
        .from(attachments)
        .where(inArray(attachments.id, fileIds))
    : [];
  const keeps = canKeepUnit(ctx.actor, owner);
  return rows.map((row): Agreement => ({
    id: row.id,
    movementId: row.movementId,
    clusterId: row.clusterId,
    title: row.title,
    signedOn: row.signedOn,
    content: row.content,
    file: files.find((file) => file.id === row.attachmentId) ?? null,
    parties: parties
      .filter((party) => party.agreementId === row.id)
      .map((party) => ({ unit: unitRef(placed.get(party.unitId)!), signatory: party.signatory }))
      .sort((a, b) => a.unit.name.localeCompare(b.unit.name, 'vi')),
    abilities: { update: keeps, delete: keeps },
  }));
}

export async function findAgreements(
  ctx: ActorCtx,
  query: { movementId?: number | undefined; clusterId?: number | undefined },
): Promise<{ items: Agreement[] }> {
  requireCapability(ctx.actor, 'viewMovements');
  const context = await contextOf(ctx, ctx.db, query, 'read');
  const rows = await ctx.db
    .select()
    .from(emulationAgreements)
    .where(
      context.movementId
        ? eq(emulationAgreements.movementId, context.movementId)
        : eq(emulationAgreements.clusterId, context.clusterId!),
    )
    .orderBy(desc(emulationAgreements.signedOn), desc(emulationAgreements.id));
  return { items: await toDtos(ctx, ctx.db, rows, context.owner) };
}

async function loadAgreement(ctx: ActorCtx, db: Reader, id: number, action: 'read' | 'write') {
  const [row] = await db.select().from(emulationAgreements).where(eq(emulationAgreements.id, id));
  if (!row) throw notFound('agreements');
  const context = await contextOf(ctx, db, row, action);
  return { row, context };
}

export async function getAgreement(ctx: ActorCtx, id: number): Promise<Agreement> {
  requireCapability(ctx.actor, 'viewMovements');
  const { row, context } = await loadAgreement(ctx, ctx.db, id, 'read');
  const [dto] = await toDtos(ctx, ctx.db, [row], context.owner);
  return dto!;
}

/** Each party signs once and must take part in the movement or cluster. */
function checkParties(body: AgreementBody, context: Context): void {
  const seen = new Set<number>();
  body.parties.forEach((party, index) => {
    if (!context.parties.has(party.unitId) || seen.has(party.unitId)) {
      throw badRequest(
        'agreements.invalid_party',
        seen.has(party.unitId)
          ? 'Một đơn vị được ghi hai lần trong các bên ký kết.'
          : 'Bên ký kết phải là đơn vị tham gia phong trào hoặc thành viên cụm, khối.',
        seen.has(party.unitId) ? 'A party is listed twice.' : 'A party must take part in the movement or cluster.',
        [{ field: `body.parties.${index}.unitId`, message: 'Đơn vị không hợp lệ.', messageEn: 'Not a valid party.' }],
      );
    }
    seen.add(party.unitId);
  });
}

async function writeParties(tx: Tx, id: number, body: AgreementBody) {
  await tx.delete(emulationAgreementParties).where(eq(emulationAgreementParties.agreementId, id));
  await tx
    .insert(emulationAgreementParties)
    .values(
      body.parties.map((party) => ({ agreementId: id, unitId: party.unitId, signatory: party.signatory || null })),
    );
}

const columnsOf = (body: AgreementBody, context: Context) => ({
  movementId: context.movementId,
  clusterId: context.clusterId,
  title: body.title,
  signedOn: body.signedOn,
  content: body.content,
  attachmentId: body.attachmentId ?? null,
});

export async function createAgreement(ctx: ActorCtx, body: AgreementBody): Promise<Agreement> {
  requireCapability(ctx.actor, 'manageMovements');
  const id = await withWrite(ctx, async (tx, audit) => {
    const context = await contextOf(ctx, tx, body, 'write');
    checkParties(body, context);
    if (body.attachmentId) await claimAttachment(ctx, tx, body.attachmentId, 'body.attachmentId');
    const [row] = await tx
      .insert(emulationAgreements)
      .values({ ...columnsOf(body, context), createdBy: ctx.actor.userId })
      .returning({ id: emulationAgreements.id });
    await writeParties(tx, row!.id, body);
    audit({
      action: 'agreement.create',
      entity: 'agreement',
      entityId: row!.id,
      unitId: context.owner.id,
      after: body,
    });
    return row!.id;
  });
  return getAgreement(ctx, id);
}

export async function updateAgreement(ctx: ActorCtx, id: number, body: AgreementBody): Promise<Agreement> {
  requireCapability(ctx.actor, 'manageMovements');
  await withWrite(ctx, async (tx, audit) => {
    await tx
      .select({ id: emulationAgreements.id })
      .from(emulationAgreements)
      .where(eq(emulationAgreements.id, id))
      .for('update');
    const { row, context } = await loadAgreement(ctx, tx, id, 'write');
    if ((body.movementId ?? null) !== row.movementId || (body.clusterId ?? null) !== row.clusterId) {
      throw badRequest(
        'agreements.context_fixed',
        'Không chuyển giao ước sang phong trào, cụm khác được.',
        'An agreement stays where it was signed.',
      );
    }
    checkParties(body, context);
    if (body.attachmentId && body.attachmentId !== row.attachmentId) {
      await claimAttachment(ctx, tx, body.attachmentId, 'body.attachmentId');
    }
    const before = await tx
      .select()
      .from(emulationAgreementParties)
      .where(eq(emulationAgreementParties.agreementId, id));
    await tx.update(emulationAgreements).set(columnsOf(body, context)).where(eq(emulationAgreements.id, id));
    await writeParties(tx, id, body);
    audit({
      action: 'agreement.update',
      entity: 'agreement',
      entityId: id,
      unitId: context.owner.id,
      before: { ...row, parties: before },
      after: body,
    });
  });
  return getAgreement(ctx, id);
}

export async function deleteAgreement(ctx: ActorCtx, id: number): Promise<void> {
  requireCapability(ctx.actor, 'manageMovements');
  await withWrite(ctx, async (tx, audit) => {
    await tx
      .select({ id: emulationAgreements.id })
      .from(emulationAgreements)
      .where(eq(emulationAgreements.id, id))
      .for('update');
    const { row, context } = await loadAgreement(ctx, tx, id, 'write');
    const parties = await tx
      .select()
      .from(emulationAgreementParties)
      .where(eq(emulationAgreementParties.agreementId, id));
    await tx.delete(emulationAgreementParties).where(eq(emulationAgreementParties.agreementId, id));
    await tx.delete(emulationAgreements).where(eq(emulationAgreements.id, id));
    audit({
      action: 'agreement.delete',
      entity: 'agreement',
      entityId: id,
      unitId: context.owner.id,
      before: { ...row, parties },
    });
  });
}

export async function readAgreementFile(ctx: ActorCtx, id: number) {
  requireCapability(ctx.actor, 'viewMovements');
  const { row } = await loadAgreement(ctx, ctx.db, id, 'read');
  if (!row.attachmentId) throw notFound('attachments');
  return readAttachment(ctx.db, row.attachmentId);
}
