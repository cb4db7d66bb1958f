// Recording awards (also those of outside authorities), revoking them, and each recipient's history.
import { and, desc, eq, inArray } from 'drizzle-orm';
import {
  authorityLabels,
  type Award,
  type AwardList,
  type CreateAwardInput,
  type RevokeAwardBody,
} from '../../../shared/contracts/awards.ts';
import type { AwardType } from '../../../shared/contracts/emulation.ts';
import { formatDateVi } from '../../../shared/dates.ts';
import type { ActorCtx } from '../../context.ts';
import { awardDecisions, awardProposals, awards, catalogueEntries, people, units } from '../../db/schema/index.ts';
import { withWrite, type Tx } from '../../db/write.ts';
import { badRequest, conflict, notFound } from '../../errors.ts';
import { authorizeAwardRecipient, canKeepAwards } from '../../policies/awards.policy.ts';
import { requireCapability } from '../../policies/capabilities.ts';
import { selectUnitByCode } from '../units/unit-rows.ts';
import { resolveRecipient, type Recipient } from './award-recipients.ts';
import { currentAwardType } from './catalogue-store.ts';

type Body = CreateAwardInput;

async function requireAwardType(tx: Tx, code: string, recipient: Recipient) {
  const found = await currentAwardType(tx, code);
  if (!found) {
    throw badRequest(
      'awards.unknown_code',
      `Danh hiệu, hình thức «${code}» không có trong danh mục.`,
      `"${code}" is not in the catalogue.`,
      [{ field: 'code', message: 'Không có trong danh mục', messageEn: 'Not in the catalogue' }],
    );
  }
  if (!found.type.recipientKinds.includes(recipient.kind)) {
    const vi = recipient.kind === 'individual' ? 'cá nhân' : 'tập thể';
    throw badRequest(
      'awards.wrong_recipient_kind',
      `«${found.type.nameVi}» không xét tặng cho ${vi}.`,
      `"${found.type.nameEn}" is not conferred on a ${recipient.kind}.`,
      [{ field: 'code', message: `Không xét tặng cho ${vi}`, messageEn: `Not for a ${recipient.kind}` }],
    );
  }
  return found;
}

/**
 * The deciding body as stored: a unit of the tree, or one of the form's outside authorities. A hospital records
 * the awards its people received from the levels above, so the deciding unit need not be in the officer's scope;
 * decisions issued through the workflow are protected in ensureDecision instead.
 */
async function resolveDecider(tx: Tx, decider: Body['decider'], type: AwardType) {
  if (decider.kind === 'unit') {
    const unit = await selectUnitByCode(tx, decider.unitCode);
    if (!unit) {
      throw badRequest('awards.unknown_decider', `Không có đơn vị mã «${decider.unitCode}».`, 'No such unit.', [
        { field: 'decider.unitCode', message: 'Không có đơn vị này', messageEn: 'No such unit' },
      ]);
    }
    return { deciderKey: `unit:${unit.id}`, deciderUnitId: unit.id, deciderAuthority: null, deciderName: unit.name };
  }
  const allowed = type.conferrers.flatMap((c) => (c.kind === 'authority' ? [c.authority] : []));
  if (!allowed.includes(decider.authority)) {
    const names = allowed.map((a) => authorityLabels[a].vi).join(', ') || 'không có';
    throw badRequest(
      'awards.decider_not_conferrer',
      `«${authorityLabels[decider.authority].vi}» không phải cấp quyết định tặng «${type.nameVi}» theo danh mục (${names}).`,
      `The catalogue does not name this authority as a conferrer of "${type.nameEn}".`,
      [
        {
          field: 'decider.authority',
          message: 'Không phải cấp quyết định của hình thức này',
          messageEn: 'Not a conferrer',
        },
      ],
    );
  }
  const organisation = decider.organisation ?? null;
  const label = authorityLabels[decider.authority].vi;
  return {
    deciderKey: `authority:${decider.authority}:${organisation ?? ''}`,
    deciderUnitId: null,
    deciderAuthority: decider.authority,
    deciderName: organisation ? `${label} ${organisation}` : label,
  };
}

/**
 * The decision this award belongs to: a new one, or the same number and date of the same body (more recipients).
 * Two officers entering the same new number at once meet at the unique index: the second reads the first's row.
 * A decision issued through the proposal workflow, or revoked, takes no recipient by hand.
 */
async function ensureDecision(tx: Tx, ctx: ActorCtx, body: Body, decider: Awaited<ReturnType<typeof resolveDecider>>) {
  const decisionYear = Number(body.decisionDate.slice(0, 4));
  const [created] = await tx
    .insert(awardDecisions)
    .values({
      ...decider,
      decisionNo: body.decisionNo,
      decisionDate: body.decisionDate,
      decisionYear,
      createdBy: ctx.actor.userId,
    })
    .onConflictDoNothing()
    .returning();
  if (created) return { decision: created, created: true };
  const [existing] = await tx
    .select()
    .from(awardDecisions)
    .where(
      and(
        eq(awardDecisions.deciderKey, decider.deciderKey),
        eq(awardDecisions.decisionNo, body.decisionNo),
        eq(awardDecisions.decisionYear, decisionYear),
      ),
    );
  if (!existing || existing.decisionDate !== body.decisionDate) {
    throw conflict(
      'awards.decision_number_taken',
      `Số quyết định «${body.decisionNo}» của ${decider.deciderName} ${existing ? `đã dùng cho quyết định ngày ${formatDateVi(existing.decisionDate)}` : 'đã được dùng'}.`,
      `Decision number "${body.decisionNo}" of this body is already used${existing ? ` by the decision of ${existing.decisionDate}` : ''}.`,
      [{ field: 'decisionNo', message: 'Số quyết định đã dùng', messageEn: 'Decision number already used' }],
    );
  }
  const [issued] = await tx
    .select({ id: awardProposals.id })
    .from(awardProposals)
    .where(eq(awardProposals.decisionId, existing.id))
    .limit(1);
  if (issued) {
    throw conflict(
      'awards.decision_from_workflow',
      'Quyết định này được ban hành qua quy trình xét khen thưởng; không thể thêm người nhận bằng tay.',
      'This decision was issued through the award workflow; recipients cannot be added by hand.',
      [{ field: 'decisionNo', message: 'Quyết định ban hành qua quy trình', messageEn: 'Issued through the workflow' }],
    );
  }
  if (existing.revokedAt) {
    throw conflict(
      'awards.decision_revoked',
      `Quyết định số ${existing.decisionNo} đã bị hủy bỏ; không thể thêm người nhận.`,
      `Decision ${existing.decisionNo} was revoked; no recipient can be added.`,
      [{ field: 'decisionNo', message: 'Quyết định đã bị hủy bỏ', messageEn: 'Decision revoked' }],
    );
  }
  return { decision: existing, created: false };
}

export async function createAward(ctx: ActorCtx, input: Body): Promise<Award> {
  requireCapability(ctx.actor, 'manageAwards');
  const id = await withWrite(ctx, async (tx, audit) => {
    const recipient = await resolveRecipient(tx, input);
    authorizeAwardRecipient(ctx.actor, 'write', recipient.places);
    const entry = await requireAwardType(tx, input.code, recipient);
    const decider = await resolveDecider(tx, input.decider, entry.type);
    const { decision, created } = await ensureDecision(tx, ctx, input, decider);
    if (created) {
      audit({
        action: 'award_decision.create',
        entity: 'award_decision',
        entityId: decision.id,
        unitId: decider.deciderUnitId,
        after: decision,
      });
    }
    const [award] = await tx
      .insert(awards)
      .values({
        decisionId: decision.id,
        catalogueEntryId: entry.id,
        code: entry.type.code,
        personId: recipient.kind === 'individual' ? recipient.id : null,
        recipientUnitId: recipient.kind === 'collective' ? recipient.id : null,
        unitId: recipient.keeperUnitId,
        year: input.year,
        occasion: input.occasion,
        note: input.note || null,
        createdBy: ctx.actor.userId,
      })
      .onConflictDoNothing()
      .returning();
    if (!award) {
      throw conflict(
        'awards.duplicate',
        `${recipient.name} đã có «${entry.type.nameVi}» theo quyết định số ${input.decisionNo}.`,
        'This recipient already holds this award under this decision.',
        [{ field: 'decisionNo', message: 'Đã ghi nhận theo quyết định này', messageEn: 'Already recorded' }],
      );
    }
    audit({
      action: 'award.create',
      entity: 'award',
      entityId: award.id,
      unitId: award.unitId,
      after: { ...award, decisionNo: decision.decisionNo },
    });
    return award.id;
  });
  return getAward(ctx, id);
}

export async function revokeAward(ctx: ActorCtx, id: number, body: RevokeAwardBody): Promise<Award> {
  requireCapability(ctx.actor, 'manageAwards');
  await withWrite(ctx, async (tx, audit) => {
    const [row] = await tx
      .select({ award: awards, unit: { path: units.path, reportPath: units.reportPath } })
      .from(awards)
      .innerJoin(units, eq(units.id, awards.unitId))
      .where(eq(awards.id, id))
      .for('update', { of: awards });
    if (!row) throw notFound('awards');
    authorizeAwardRecipient(ctx.actor, 'write', [row.unit]);
    if (row.award.revoked) {
      throw conflict('awards.already_revoked', 'Khen thưởng này đã bị thu hồi.', 'This award is already revoked.');
    }
    const [after] = await tx
      .update(awards)
      .set({ revoked: true, revokedReason: body.reason, revokedAt: new Date() })
      .where(eq(awards.id, id))
      .returning();
    audit({
      action: 'award.revoke',
      entity: 'award',
      entityId: id,
      unitId: row.award.unitId,
      before: { revoked: false },
      after: { revoked: true, revokedReason: after!.revokedReason },
    });
  });
  return getAward(ctx, id);
}

const recipientUnits = units;

function awardQuery(ctx: ActorCtx) {
  return ctx.db
    .select({
      award: awards,
      decision: awardDecisions,
      entry: { version: catalogueEntries.version, definition: catalogueEntries.definition },
      keeper: { path: units.path, reportPath: units.reportPath },
      person: { id: people.id, fullName: people.fullName },
    })
    .from(awards)
    .innerJoin(awardDecisions, eq(awardDecisions.id, awards.decisionId))
    .innerJoin(catalogueEntries, eq(catalogueEntries.id, awards.catalogueEntryId))
    .innerJoin(units, eq(units.id, awards.unitId))
    .leftJoin(people, eq(people.id, awards.personId));
}

type AwardRow = Awaited<ReturnType<ReturnType<typeof awardQuery>['where']>>[number];

async function toAwards(ctx: ActorCtx, rows: AwardRow[]): Promise<Award[]> {
  const unitIds = [
    ...new Set(
      rows.flatMap((r) => [r.award.recipientUnitId, r.decision.deciderUnitId]).filter((v): v is number => v !== null),
    ),
  ];
  const unitRows = unitIds.length
    ? await ctx.db
        .select({ id: recipientUnits.id, code: recipientUnits.code, name: recipientUnits.name })
        .from(recipientUnits)
        .where(inArray(recipientUnits.id, unitIds))
    : [];
  const byId = new Map(unitRows.map((u) => [u.id, u]));
  return rows.map(({ award, decision, entry, keeper, person }) => {
    const type = entry.definition as AwardType;
    const collective = award.recipientUnitId !== null ? byId.get(award.recipientUnitId)! : null;
    return {
      id: award.id,
      code: award.code,
      nameVi: type.nameVi,
      nameEn: type.nameEn,
      catalogueVersion: entry.version,
      recipient: collective
        ? { kind: 'collective' as const, unitId: collective.id, code: collective.code, name: collective.name }
        : { kind: 'individual' as const, personId: person!.id, fullName: person!.fullName },
      year: award.year,
      occasion: award.occasion,
      decision: {
        id: decision.id,
        decisionNo: decision.decisionNo,
        decisionDate: decision.decisionDate,
        deciderName: decision.deciderName,
        deciderUnitCode: decision.deciderUnitId !== null ? (byId.get(decision.deciderUnitId)?.code ?? null) : null,
        deciderAuthority: decision.deciderAuthority as Award['decision']['deciderAuthority'],
      },
      note: award.note,
      revoked: award.revoked,
      revokedReason: award.revokedReason,
      abilities: { revoke: !award.revoked && canKeepAwards(ctx.actor, [keeper]) },
    };
  });
}

async function getAward(ctx: ActorCtx, id: number): Promise<Award> {
  const rows = await awardQuery(ctx).where(eq(awards.id, id));
  if (!rows[0]) throw notFound('awards');
  const [award] = await toAwards(ctx, rows);
  return award!;
}

/** A person's or a collective's awards, newest year first: whoever may read the recipient reads them. */
export async function findAwards(ctx: ActorCtx, query: { person?: number; unit?: string }): Promise<AwardList> {
  requireCapability(ctx.actor, 'viewAwards');
  const recipient = await resolveRecipient(ctx.db, { personId: query.person, unitCode: query.unit });
  authorizeAwardRecipient(ctx.actor, 'read', recipient.places);
  const rows = await awardQuery(ctx)
    .where(
      recipient.kind === 'individual' ? eq(awards.personId, recipient.id) : eq(awards.recipientUnitId, recipient.id),
    )
    .orderBy(desc(awards.year), desc(awardDecisions.decisionDate), desc(awards.id));
  return { items: await toAwards(ctx, rows), canCreate: canKeepAwards(ctx.actor, recipient.places) };
}
