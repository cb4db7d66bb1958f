// The catalogue the engine reads, kept as rows: seeded from the reference's default catalogue on every start
// (only what is missing), read back as one validated Catalogue, and its engine rebuilt only after an edit.
import { and, eq, max, sql } from 'drizzle-orm';
import type { AwardType, Catalogue, LegalDocument, ParameterDef } from '../../../shared/contracts/emulation.ts';
import type { Ctx } from '../../context.ts';
import { catalogueEntries, type CatalogueEntryKind } from '../../db/schema/index.ts';
import { withWrite, type Tx } from '../../db/write.ts';
import { notFound } from '../../errors.ts';
import { createEngine, defaultCatalogue, loadCatalogue, type Engine } from '../emulation/index.ts';

type Reader = Ctx['db'] | Tx;

const seedRows = (): { kind: CatalogueEntryKind; key: string; definition: unknown }[] => [
  ...defaultCatalogue.documents.map((d) => ({ kind: 'document' as const, key: d.key, definition: d })),
  ...defaultCatalogue.parameters.map((p) => ({ kind: 'parameter' as const, key: p.key, definition: p })),
  ...defaultCatalogue.awardTypes.map((t) => ({ kind: 'award_type' as const, key: t.code, definition: t })),
];

/** Inserts the entries of the default catalogue that have no row yet; an edited entry is never overwritten. */
export async function ensureCatalogue(ctx: Ctx): Promise<number> {
  const existing = await ctx.db
    .select({ kind: catalogueEntries.kind, key: catalogueEntries.key })
    .from(catalogueEntries);
  const known = new Set(existing.map((row) => `${row.kind}:${row.key}`));
  const missing = seedRows().filter((row) => !known.has(`${row.kind}:${row.key}`));
  if (missing.length === 0) return 0;
  return withWrite(ctx, async (tx, audit) => {
    const inserted = await tx
      .insert(catalogueEntries)
      .values(missing.map((row) => ({ ...row, version: 1, isCurrent: true, changeNote: defaultCatalogue.version })))
      .onConflictDoNothing()
      .returning({ id: catalogueEntries.id });
    // Another instance may have seeded meanwhile; the start is recorded either way.
    audit({
      action: 'system.catalogue_seed',
      entity: 'catalogue_entry',
      entityId: 'default',
      after: { inserted: inserted.length, source: defaultCatalogue.version },
    });
    return inserted.length;
  });
}

/** The current version of every entry, validated as a whole. */
export async function readCatalogue(db: Reader): Promise<Catalogue> {
  const rows = await db
    .select({ kind: catalogueEntries.kind, definition: catalogueEntries.definition })
    .from(catalogueEntries)
    .where(eq(catalogueEntries.isCurrent, true))
    .orderBy(catalogueEntries.id);
  const of = <T>(kind: CatalogueEntryKind) => rows.filter((row) => row.kind === kind).map((row) => row.definition as T);
  return loadCatalogue({
    version: defaultCatalogue.version,
    documents: of<LegalDocument>('document'),
    parameters: of<ParameterDef>('parameter'),
    awardTypes: of<AwardType>('award_type'),
  });
}

// Every edit adds a row, so the highest id tells whether the cached engine is still the catalogue's.
let cached: { stamp: number; engine: Engine } | null = null;

/** The engine over the stored catalogue, rebuilt only when an entry was added since the last call. */
export async function catalogueEngine(db: Reader): Promise<Engine> {
  const [row] = await db.select({ stamp: max(catalogueEntries.id) }).from(catalogueEntries);
  const stamp = row?.stamp ?? 0;
  if (cached && cached.stamp === stamp) return cached.engine;
  const engine = createEngine(await readCatalogue(db));
  cached = { stamp, engine };
  return engine;
}

/** The current row of one award type, or 400 naming the code when the catalogue has none. */
export async function currentAwardType(db: Reader, code: string) {
  const [row] = await db
    .select()
    .from(catalogueEntries)
    .where(
      and(
        eq(catalogueEntries.kind, 'award_type'),
        eq(catalogueEntries.key, code),
        eq(catalogueEntries.isCurrent, true),
      ),
    );
  return row ? { id: row.id, version: row.version, type: row.definition as AwardType } : null;
}

/** Every version of one award type, newest first; 404 when the code was never in the catalogue. */
export async function awardTypeVersions(db: Reader, code: string) {
  const rows = await db
    .select()
    .from(catalogueEntries)
    .where(and(eq(catalogueEntries.kind, 'award_type'), eq(catalogueEntries.key, code)))
    .orderBy(sql`${catalogueEntries.version} DESC`);
  if (rows.length === 0) throw notFound('catalogue');
  return rows;
}
