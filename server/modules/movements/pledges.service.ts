// Pledges (đăng ký thi đua): a covered unit registers its collective pledge and its members' pledges, each with
// the title aimed for, until the pledge deadline; and the view of who has and has not registered.
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import { formatDateVi, vietnamToday } from '../../../shared/dates.ts';
import type { Pledge, PledgeBody, Registrations } from '../../../shared/contracts/movements.ts';
import type { ActorCtx } from '../../context.ts';
import { catalogueEntries, employments, memberships, people, pledges, units } from '../../db/schema/index.ts';
import { withWrite, type Tx } from '../../db/write.ts';
import { badRequest, conflict, notFound } from '../../errors.ts';
import { requireCapability } from '../../policies/capabilities.ts';
import {
  authorizeMovement,
  authorizePledgeUnit,
  canKeepPledges,
  MOVEMENT_READERS,
} from '../../policies/movements.policy.ts';
import { inScope, subtreeWhere } from '../../policies/scope.ts';
import { currentAwardType } from '../awards/catalogue-store.ts';
import { loadMovement, placesOf, type LoadedMovement } from './movement-rows.ts';
import { unitRef, type PlacedUnit } from './movement-units.ts';

type Reader = ActorCtx['db'] | Tx;

/** Registration is open while the movement runs and its deadline (inclusive, Vietnam's date) has not passed. */
function isOpen(loaded: LoadedMovement): boolean {
  const { status, pledgeDeadline } = loaded.movement;
  return status === 'launched' && (!pledgeDeadline || vietnamToday() <= pledgeDeadline);
}

function requireOpen(loaded: LoadedMovement): void {
  const { status, pledgeDeadline } = loaded.movement;
  if (status !== 'launched') {
    throw conflict(
      'pledges.movement_not_launched',
      'Phong trào chưa phát động hoặc đã kết thúc: không đăng ký thi đua được.',
      'The movement is not running: pledges are closed.',
    );
  }
  if (!isOpen(loaded)) {
    throw conflict(
      'pledges.deadline_passed',
      `Đã hết hạn đăng ký thi đua (hạn cuối ${formatDateVi(pledgeDeadline!)}).`,
      `The pledge deadline (${pledgeDeadline}) has passed.`,
    );
  }
}

/** Who may read a covered unit's pledges: readers above the launching unit see all, others their own units. */
const readsUnit = (ctx: ActorCtx, loaded: LoadedMovement, unit: PlacedUnit) =>
  inScope(ctx.actor, loaded.launching, MOVEMENT_READERS) || inScope(ctx.actor, unit, MOVEMENT_READERS);

async function readableMovement(ctx: ActorCtx, id: number) {
  requireCapability(ctx.actor, 'viewMovements');
  const loaded = await loadMovement(ctx.db, id);
  authorizeMovement(ctx.actor, 'read', placesOf(loaded));
  return loaded;
}

export async function getRegistrations(ctx: ActorCtx, id: number, unregistered: boolean): Promise<Registrations> {
  const loaded = await readableMovement(ctx, id);
  const visible = loaded.covered.filter((unit) => readsUnit(ctx, loaded, unit));
  const counts = visible.length
    ? await ctx.db
        .select({
          unitId: pledges.unitId,
          collective: sql<number>`count(*) FILTER (WHERE ${pledges.personId} IS NULL)::int`,
          individual: sql<number>`count(*) FILTER (WHERE ${pledges.personId} IS NOT NULL)::int`,
        })
        .from(pledges)
        .where(
          and(
            eq(pledges.movementId, id),
            isNull(pledges.withdrawnAt),
            inArray(
              pledges.unitId,
              visible.map((unit) => unit.id),
            ),
          ),
        )
        .groupBy(pledges.unitId)
    : [];
  const byUnit = new Map(counts.map((row) => [row.unitId, row]));
  const open = isOpen(loaded);
  const rows = visible.map((unit) => ({
    unit: unitRef(unit),
    collectivePledge: (byUnit.get(unit.id)?.collective ?? 0) > 0,
    individualPledges: byUnit.get(unit.id)?.individual ?? 0,
    canRegister: open && canKeepPledges(ctx.actor, unit),
  }));
  return {
    items: unregistered ? rows.filter((row) => !row.collectivePledge) : rows,
    covered: rows.length,
    registered: rows.filter((row) => row.collectivePledge).length,
    pledgeDeadline: loaded.movement.pledgeDeadline,
    open,
  };
}

async function awardNames(db: Reader, codes: string[]): Promise<Map<string, string>> {
  if (codes.length === 0) return new Map();
  const rows = await db
    .select({ key: catalogueEntries.key, definition: catalogueEntries.definition })
    .from(catalogueEntries)
    .where(
      and(
        eq(catalogueEntries.kind, 'award_type'),
        eq(catalogueEntries.isCurrent, true),
        inArray(catalogueEntries.key, codes),
      ),
    );
  return new Map(rows.map((row) => [row.key, (row.definition as { nameVi: string }).nameVi]));
}

async function selectPledges(ctx: ActorCtx, db: Reader, where: ReturnType<typeof and>, loaded: LoadedMovement) {
  const rows = await db
    .select({
      pledge: pledges,
      unit: { id: units.id, code: units.code, name: units.name, path: units.path, reportPath: units.reportPath },
      person: { id: people.id, fullName: people.fullName, titles: people.titles, sortKey: people.sortKey },
    })
    .from(pledges)
    .innerJoin(units, eq(units.id, pledges.unitId))
    .leftJoin(people, eq(people.id, pledges.personId))
    .where(where)
    // The collective pledge first, then people in the Vietnamese order (given name first).
    .orderBy(units.code, sql`${pledges.personId} IS NOT NULL`, sql`${people.sortKey} COLLATE "C"`, pledges.id);
  const names = await awardNames(db, [
    ...new Set(rows.flatMap((row) => (row.pledge.awardCode ? [row.pledge.awardCode] : []))),
  ]);
  const open = isOpen(loaded);
  return rows.map(({ pledge, unit, person }): Pledge => {
    const keeps = open && canKeepPledges(ctx.actor, unit);
    return {
      id: pledge.id,
      movementId: pledge.movementId,
      unit: unitRef(unit),
      person: person ? { id: person.id, fullName: person.fullName, titles: person.titles ?? [] } : null,
      awardCode: pledge.awardCode,
      awardName: pledge.awardCode ? (names.get(pledge.awardCode) ?? null) : null,
      targets: pledge.targets,
      registeredOn: pledge.registeredOn,
      abilities: { update: keeps, withdraw: keeps },
    };
  });
}

/** Pledges in force of one covered unit, or of every covered unit the actor may read. */
export async function findPledges(ctx: ActorCtx, id: number, unitId: number | undefined): Promise<{ items: Pledge[] }> {
  const loaded = await readableMovement(ctx, id);
  const visible = loaded.covered.filter((unit) => readsUnit(ctx, loaded, unit) && (!unitId || unit.id === unitId));
  if (unitId && visible.length === 0) throw notFound('units');
  if (visible.length === 0) return { items: [] };
  const where = and(
    eq(pledges.movementId, id),
    isNull(pledges.withdrawnAt),
    inArray(
      pledges.unitId,
      visible.map((unit) => unit.id),
    ),
  );
  return { items: await selectPledges(ctx, ctx.db, where, loaded) };
}

/** The title aimed for must be in the catalogue and conferred on this kind of recipient. */
async function checkAwardCode(db: Reader, code: string | null | undefined, individual: boolean): Promise<void> {
  if (!code) return;
  const found = await currentAwardType(db, code);
  if (!found) {
    throw badRequest(
      'pledges.unknown_award',
      `Không có danh hiệu, hình thức mã ${code} trong danh mục.`,
      `No catalogue entry ${code}.`,
      [{ field: 'body.awardCode', message: 'Không có trong danh mục.', messageEn: 'Not in the catalogue.' }],
    );
  }
  const kind = individual ? 'individual' : 'collective';
  if (!found.type.recipientKinds.includes(kind)) {
    throw badRequest(
      'pledges.award_wrong_kind',
      `${found.type.nameVi} không dành cho ${individual ? 'cá nhân' : 'tập thể'}.`,
      `${found.type.nameEn} is not conferred on ${individual ? 'individuals' : 'collectives'}.`,
      [{ field: 'body.awardCode', message: 'Không đúng đối tượng.', messageEn: 'Wrong kind of recipient.' }],
    );
  }
}

/** A person pledges through a covered unit whose subtree they belong to (membership or employment) today. */
async function checkPersonUnder(tx: Tx, personId: number, unit: PlacedUnit): Promise<void> {
  const inUnit = (table: typeof memberships | typeof employments) =>
    tx
      .select({ id: table.personId })
      .from(table)
      .innerJoin(units, eq(units.id, table.unitId))
      .where(and(eq(table.personId, personId), isNull(table.validTo), subtreeWhere(unit)))
      .limit(1);
  const [member] = await inUnit(memberships);
  const [worker] = member ? [member] : await inUnit(employments);
  if (!worker) {
    throw badRequest(
      'pledges.person_outside_unit',
      `Người được đăng ký không sinh hoạt, làm việc tại ${unit.name}.`,
      `The person is not a member or worker of ${unit.name}.`,
      [{ field: 'body.personId', message: `Không thuộc ${unit.name}.`, messageEn: `Not under ${unit.name}.` }],
    );
  }
}

export async function registerPledge(ctx: ActorCtx, id: number, body: PledgeBody): Promise<Pledge> {
  requireCapability(ctx.actor, 'manageMovements');
  const pledgeId = await withWrite(ctx, async (tx, audit) => {
    const loaded = await loadMovement(tx, id);
    authorizeMovement(ctx.actor, 'read', placesOf(loaded));
    const unit = loaded.covered.find((covered) => covered.id === body.unitId);
    if (!unit) {
      throw badRequest(
        'pledges.unit_not_covered',
        'Đơn vị không thuộc danh sách tham gia phong trào này.',
        'The unit is not covered by this movement.',
        [{ field: 'body.unitId', message: 'Không tham gia phong trào.', messageEn: 'Not covered.' }],
      );
    }
    authorizePledgeUnit(ctx.actor, unit);
    requireOpen(loaded);
    const personId = body.personId ?? null;
    if (personId) await checkPersonUnder(tx, personId, unit);
    await checkAwardCode(tx, body.awardCode, personId !== null);
    // The partial unique index (one pledge in force per person, or per unit for the collective) decides: two
    // registrations at once cannot both pass a check made before the insert.
    const [row] = await tx
      .insert(pledges)
      .values({
        movementId: id,
        unitId: unit.id,
        personId,
        awardCode: body.awardCode ?? null,
        targets: body.targets,
        registeredOn: vietnamToday(),
        registeredBy: ctx.actor.userId,
      })
      .onConflictDoNothing()
      .returning({ id: pledges.id });
    if (!row) {
      throw conflict(
        'pledges.already_registered',
        personId ? 'Người này đã đăng ký thi đua trong phong trào.' : `${unit.name} đã đăng ký thi đua tập thể.`,
        'Already registered in this movement.',
      );
    }
    audit({
      action: 'pledge.register',
      entity: 'pledge',
      entityId: row!.id,
      unitId: unit.id,
      after: { movementId: id, ...body },
    });
    return row!.id;
  });
  return getPledge(ctx, id, pledgeId);
}

async function getPledge(ctx: ActorCtx, movementId: number, pledgeId: number): Promise<Pledge> {
  const loaded = await loadMovement(ctx.db, movementId);
  const [pledge] = await selectPledges(
    ctx,
    ctx.db,
    and(eq(pledges.movementId, movementId), eq(pledges.id, pledgeId)),
    loaded,
  );
  if (!pledge) throw notFound('pledges');
  return pledge;
}

/** A pledge in force that the actor keeps, in a movement still open to registration. */
async function lockPledge(ctx: ActorCtx, tx: Tx, movementId: number, pledgeId: number) {
  const loaded = await loadMovement(tx, movementId);
  authorizeMovement(ctx.actor, 'read', placesOf(loaded));
  const [pledge] = await tx
    .select()
    .from(pledges)
    .where(and(eq(pledges.id, pledgeId), eq(pledges.movementId, movementId), isNull(pledges.withdrawnAt)))
    .for('update');
  const unit = pledge && loaded.covered.find((covered) => covered.id === pledge.unitId);
  if (!pledge || !unit || !readsUnit(ctx, loaded, unit)) throw notFound('pledges');
  authorizePledgeUnit(ctx.actor, unit);
  requireOpen(loaded);
  return pledge;
}

export async function updatePledge(
  ctx: ActorCtx,
  movementId: number,
  pledgeId: number,
  body: { awardCode?: string | null | undefined; targets: string },
): Promise<Pledge> {
  requireCapability(ctx.actor, 'manageMovements');
  await withWrite(ctx, async (tx, audit) => {
    const pledge = await lockPledge(ctx, tx, movementId, pledgeId);
    await checkAwardCode(tx, body.awardCode, pledge.personId !== null);
    await tx
      .update(pledges)
      .set({ awardCode: body.awardCode ?? null, targets: body.targets })
      .where(eq(pledges.id, pledgeId));
    audit({
      action: 'pledge.update',
      entity: 'pledge',
      entityId: pledgeId,
      unitId: pledge.unitId,
      before: pledge,
      after: body,
    });
  });
  return getPledge(ctx, movementId, pledgeId);
}

/** Withdrawn pledges stay in the table (and the audit) but no longer count. */
export async function withdrawPledge(ctx: ActorCtx, movementId: number, pledgeId: number): Promise<void> {
  requireCapability(ctx.actor, 'manageMovements');
  await withWrite(ctx, async (tx, audit) => {
    const pledge = await lockPledge(ctx, tx, movementId, pledgeId);
    await tx
      .update(pledges)
      .set({ withdrawnAt: sql`now()` })
      .where(eq(pledges.id, pledgeId));
    audit({ action: 'pledge.withdraw', entity: 'pledge', entityId: pledgeId, unitId: pledge.unitId, before: pledge });
  });
}
