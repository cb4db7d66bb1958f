// The catalogue of titles and forms as officers pick from it and administrators edit it: an edit adds a
// version (the previous one stays for the awards given under it) and must leave the whole catalogue valid.
import { and, eq } from 'drizzle-orm';
import type {
  AwardTypeOption,
  CatalogueEntry,
  CatalogueList,
  UpdateCatalogueEntryBody,
} from '../../../shared/contracts/awards.ts';
import type { AwardType } from '../../../shared/contracts/emulation.ts';
import type { ActorCtx } from '../../context.ts';
import { catalogueEntries } from '../../db/schema/index.ts';
import { withWrite } from '../../db/write.ts';
import { badRequest, notFound } from '../../errors.ts';
import { capabilitiesOf, requireCapability } from '../../policies/capabilities.ts';
import { awardTypeVersions, readCatalogue } from './catalogue-store.ts';
import { loadCatalogue } from '../emulation/index.ts';

type Row = typeof catalogueEntries.$inferSelect;

const toEntry = (row: Row): CatalogueEntry => ({
  code: row.key,
  version: row.version,
  definition: row.definition as AwardType,
  changeNote: row.changeNote,
  createdAt: row.createdAt.toISOString(),
});

const currentTypes = (ctx: ActorCtx) =>
  ctx.db
    .select()
    .from(catalogueEntries)
    .where(and(eq(catalogueEntries.kind, 'award_type'), eq(catalogueEntries.isCurrent, true)))
    .orderBy(catalogueEntries.id);

/** Every current title and form, short: what officers choose from when recording an award or running a check. */
export async function listAwardTypeOptions(ctx: ActorCtx): Promise<{ items: AwardTypeOption[] }> {
  requireCapability(ctx.actor, 'viewAwards');
  const rows = await currentTypes(ctx);
  return {
    items: rows.map((row) => {
      const type = row.definition as AwardType;
      return {
        code: type.code,
        nameVi: type.nameVi,
        nameEn: type.nameEn,
        recipientKinds: type.recipientKinds,
        level: type.level,
        authorities: type.conferrers.flatMap((c) => (c.kind === 'authority' ? [c.authority] : [])),
        version: row.version,
      };
    }),
  };
}

export async function listCatalogue(ctx: ActorCtx): Promise<CatalogueList> {
  requireCapability(ctx.actor, 'viewAwards');
  return { items: (await currentTypes(ctx)).map(toEntry), canEdit: capabilitiesOf(ctx.actor).manageCatalogue };
}

/** One title or form, every version newest first. */
export async function getCatalogueHistory(ctx: ActorCtx, code: string): Promise<{ items: CatalogueEntry[] }> {
  requireCapability(ctx.actor, 'viewAwards');
  return { items: (await awardTypeVersions(ctx.db, code)).map(toEntry) };
}

export async function updateCatalogueEntry(
  ctx: ActorCtx,
  code: string,
  body: UpdateCatalogueEntryBody,
): Promise<CatalogueEntry> {
  requireCapability(ctx.actor, 'manageCatalogue');
  if (body.definition.code !== code) {
    throw badRequest(
      'catalogue.code_changed',
      'Không được đổi mã của danh hiệu, hình thức.',
      'The code cannot change.',
      [{ field: 'definition.code', message: `Mã phải là «${code}»`, messageEn: `Must be "${code}"` }],
    );
  }
  return withWrite(ctx, async (tx, audit) => {
    const [current] = await tx
      .select()
      .from(catalogueEntries)
      .where(
        and(
          eq(catalogueEntries.kind, 'award_type'),
          eq(catalogueEntries.key, code),
          eq(catalogueEntries.isCurrent, true),
        ),
      )
      .for('update');
    if (!current) throw notFound('catalogue');
    // The whole catalogue with the edit must still hold together: references, parameters, versions, loops.
    const catalogue = await readCatalogue(tx);
    loadCatalogue({
      ...catalogue,
      awardTypes: catalogue.awardTypes.map((type) => (type.code === code ? body.definition : type)),
    });
    await tx.update(catalogueEntries).set({ isCurrent: false }).where(eq(catalogueEntries.id, current.id));
    const [created] = await tx
      .insert(catalogueEntries)
      .values({
        kind: 'award_type',
        key: code,
        version: current.version + 1,
        isCurrent: true,
        definition: body.definition,
        changeNote: body.changeNote,
        createdBy: ctx.actor.userId,
      })
      .returning();
    audit({
      action: 'catalogue_entry.update',
      entity: 'catalogue_entry',
      entityId: code,
      before: { version: current.version, definition: current.definition },
      after: { version: created!.version, definition: created!.definition, changeNote: body.changeNote },
    });
    return toEntry(created!);
  });
}
