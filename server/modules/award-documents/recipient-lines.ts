// Names, units and award names of recipients (of awards or of proposal items), read in a few batched queries.
import { inArray } from 'drizzle-orm';
import { formatNameWithTitles } from '../../../shared/text/index.ts';
import type { Database } from '../../db/client.ts';
import { catalogueEntries, people, units } from '../../db/schema/index.ts';
import type { RecipientLine } from './award-document-data.ts';

export type RecipientRef = {
  personId: number | null;
  recipientUnitId: number | null;
  /** Whose officers keep the record: the person's unit. */
  keeperUnitId: number;
  catalogueEntryId: number;
};

export type ResolvedRecipient = RecipientLine & { form: string; kindCode: string };

type AwardTypeJson = { nameVi?: string; form?: string; code?: string };

const unique = (values: (number | null)[]) => [...new Set(values.filter((v): v is number => v !== null))];

/** One line per reference, in the order given. */
export async function resolveRecipients(db: Database, refs: readonly RecipientRef[]): Promise<ResolvedRecipient[]> {
  if (refs.length === 0) return [];
  const personIds = unique(refs.map((ref) => ref.personId));
  const entryIds = unique(refs.map((ref) => ref.catalogueEntryId));
  const [personRows, entryRows, firstUnits] = await Promise.all([
    personIds.length ? db.select().from(people).where(inArray(people.id, personIds)) : Promise.resolve([]),
    db.select().from(catalogueEntries).where(inArray(catalogueEntries.id, entryIds)),
    db
      .select()
      .from(units)
      .where(inArray(units.id, unique(refs.flatMap((ref) => [ref.recipientUnitId, ref.keeperUnitId])))),
  ]);
  const unitById = new Map(firstUnits.map((row) => [row.id, row]));
  // A collective is named with the unit it belongs to: its parents may not be loaded yet.
  const parentIds = unique(firstUnits.map((row) => row.parentId)).filter((id) => !unitById.has(id));
  if (parentIds.length) {
    for (const row of await db.select().from(units).where(inArray(units.id, parentIds))) unitById.set(row.id, row);
  }
  const personById = new Map(personRows.map((row) => [row.id, row]));
  const entryById = new Map(entryRows.map((row) => [row.id, row]));
  return refs.map((ref) => {
    const entry = entryById.get(ref.catalogueEntryId);
    const type = (entry?.definition ?? {}) as AwardTypeJson;
    const award = { awardName: type.nameVi ?? entry?.key ?? '', form: type.form ?? '', kindCode: entry?.key ?? '' };
    if (ref.personId !== null) {
      const person = personById.get(ref.personId);
      const keeper = unitById.get(ref.keeperUnitId)?.name ?? '';
      return {
        kind: 'individual' as const,
        name: person ? formatNameWithTitles(person.titles, person.fullName) : '',
        unit: [person?.position, keeper].filter(Boolean).join(', '),
        ...award,
      };
    }
    const unit = unitById.get(ref.recipientUnitId!);
    const parent = unit?.parentId ? unitById.get(unit.parentId) : undefined;
    return { kind: 'collective' as const, name: unit?.name ?? '', unit: parent?.name ?? '', ...award };
  });
}
