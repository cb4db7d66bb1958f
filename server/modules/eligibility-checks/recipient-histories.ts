// The engine's input built from the tables: for many people at once, one query per table (awards, ratings with
// absence and discipline, recognised initiatives), never one per person.
import type { ActorCtx } from '../../context.ts';
import type { Tx } from '../../db/write.ts';
import { loadAchievementRecords } from '../initiatives/achievement-records.ts';
import { loadConductRecords } from '../performance-ratings/conduct-records.ts';
import { loadPersonAwardRecords, loadUnitAwardRecords } from '../awards/award-records.ts';
import type { RecipientHistory } from '../emulation/index.ts';

type Reader = ActorCtx['db'] | Tx;

/** Each person's history keyed by id; the recipient id the engine reports is the person id as text. */
export async function loadPersonHistories(
  db: Reader,
  people: { id: number; unitId: number }[],
): Promise<Map<number, RecipientHistory>> {
  const ids = people.map((person) => person.id);
  const [awards, conduct, achievements] = await Promise.all([
    loadPersonAwardRecords(db, ids),
    loadConductRecords(db, ids),
    loadAchievementRecords(db, ids),
  ]);
  return new Map(
    people.map((person) => [
      person.id,
      {
        id: String(person.id),
        kind: 'individual',
        unitId: String(person.unitId),
        awards: awards.get(person.id) ?? [],
        achievements: achievements.get(person.id) ?? [],
        ...(conduct.get(person.id) ?? { ratings: [], disciplines: [], absences: [] }),
      } satisfies RecipientHistory,
    ]),
  );
}

/** A collective's history: its own titles and commendations (its members' figures are not gathered yet). */
export async function loadUnitHistory(db: Reader, unitId: number): Promise<RecipientHistory> {
  const awards = await loadUnitAwardRecords(db, [unitId]);
  return { id: `unit:${unitId}`, kind: 'collective', unitId: String(unitId), awards: awards.get(unitId) ?? [] };
}
