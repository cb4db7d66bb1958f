// What the council reads from the catalogue: each item's form as it stood when the item was added (name, level,
// council vote) and the parameters in force now (the `vote.*` shares and any council setting).
import { inArray } from 'drizzle-orm';
import type { AwardType } from '../../../shared/contracts/emulation.ts';
import type { Threshold } from '../../../shared/contracts/council.ts';
import type { Ctx } from '../../context.ts';
import { catalogueEntries } from '../../db/schema/index.ts';
import type { Tx } from '../../db/write.ts';
import { catalogueEngine } from '../awards/catalogue-store.ts';
import { thresholdFor } from './council-rules.ts';
import { councilSettingsFrom, type CouncilSettings } from './council-settings.ts';

type Reader = Ctx['db'] | Tx;

export type FormInfo = { nameVi: string; level: AwardType['level'] | null; threshold: Threshold };

export async function councilCatalogue(db: Reader, entryIds: readonly number[]) {
  const engine = await catalogueEngine(db);
  const value = (key: string) => engine.parameters.get(key)?.default;
  const settings: CouncilSettings = councilSettingsFrom(value);
  const rows = entryIds.length
    ? await db
        .select({ id: catalogueEntries.id, definition: catalogueEntries.definition })
        .from(catalogueEntries)
        .where(inArray(catalogueEntries.id, [...new Set(entryIds)]))
    : [];
  const forms = new Map<number, FormInfo>();
  for (const row of rows) {
    const type = row.definition as AwardType;
    forms.set(row.id, {
      nameVi: type.nameVi,
      level: type.level ?? null,
      threshold: thresholdFor(type, value, settings),
    });
  }
  const formOf = (entryId: number): FormInfo =>
    forms.get(entryId) ?? { nameVi: '', level: null, threshold: thresholdFor(undefined, value, settings) };
  return { settings, formOf };
}
