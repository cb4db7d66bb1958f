// Correction requests as stored and as the API shows them, and the values of a person's correctable fields.
import { and, eq, isNull, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import {
  correctableFields,
  type CorrectableField,
  type CorrectionChange,
  type CorrectionRequest,
} from '../../../shared/contracts/self-service.ts';
import type { Database } from '../../db/client.ts';
import { correctionRequests, memberships, people, units, users } from '../../db/schema/index.ts';
import type { Tx } from '../../db/write.ts';
import type { Actor } from '../../policies/actor.ts';
import { correctionAbilities } from '../../policies/corrections.policy.ts';
import { maskCitizenId } from '../../policies/members.policy.ts';
import { displayNameOf, type LoadedPerson, type PersonRow } from '../members/member-rows.ts';

type Reader = Database | Tx;
export type CorrectionRow = typeof correctionRequests.$inferSelect;
export type StoredChanges = CorrectionRow['changes'];
type Value = string | number | null;

/** A field as the member sees it on their record: the name with its titles, as the edit form shows it. */
export function currentValueOf(person: PersonRow, field: CorrectableField): Value {
  if (field === 'fullName') return displayNameOf(person);
  return person[field] ?? null;
}

/** Strings compare in NFC, trimmed, and an empty one is no value: what the member typed against what is stored. */
export function normaliseValue(value: unknown): Value {
  if (typeof value === 'string') return value.normalize('NFC').trim() || null;
  if (typeof value === 'number') return value;
  return null;
}

/** The stored changes in the order of the form, citizen IDs masked when `mask` (for the audit log). */
export function changeList(changes: StoredChanges, mask = false): CorrectionChange[] {
  return correctableFields
    .filter((field) => field in changes)
    .map((field) => {
      const { from, to } = changes[field]!;
      const shown = (value: unknown) =>
        mask && field === 'citizenId' ? maskCitizenId(normaliseValue(value) as string | null) : normaliseValue(value);
      return { field, from: shown(from), to: shown(to) };
    });
}

const requester = alias(users, 'correction_requester');
const decider = alias(users, 'correction_decider');

/** Requests with their person, the person's current union and the users who asked and decided. */
export function selectCorrections(db: Reader, where: SQL | undefined) {
  return db
    .select({
      request: correctionRequests,
      person: { id: people.id, titles: people.titles, fullName: people.fullName },
      unit: { id: units.id, code: units.code, name: units.name },
      requester: { id: requester.id, displayName: requester.displayName },
      decider: { id: decider.id, displayName: decider.displayName },
    })
    .from(correctionRequests)
    .innerJoin(people, eq(people.id, correctionRequests.personId))
    .innerJoin(requester, eq(requester.id, correctionRequests.requestedBy))
    .leftJoin(decider, eq(decider.id, correctionRequests.decidedBy))
    .leftJoin(memberships, and(eq(memberships.personId, people.id), isNull(memberships.validTo)))
    .leftJoin(units, eq(units.id, memberships.unitId))
    .where(where);
}

export type CorrectionListRow = Awaited<ReturnType<typeof selectCorrections>>[number];

/** The API shape; `keeps` says whether the viewer keeps the person's record (may decide). */
export function toCorrectionDto(actor: Actor, row: CorrectionListRow, keeps: boolean): CorrectionRequest {
  const { request } = row;
  return {
    id: request.id,
    person: { id: row.person.id, displayName: displayNameOf(row.person), unit: row.unit },
    changes: changeList(request.changes),
    reason: request.reason,
    status: request.status,
    createdAt: request.createdAt.toISOString(),
    requestedBy: row.requester,
    decidedBy: row.decider,
    decidedAt: request.decidedAt?.toISOString() ?? null,
    decisionNote: request.decisionNote,
    abilities: correctionAbilities(actor, request, keeps),
  };
}

/** One request by id, for a decision: the row locked until the transaction ends, so two officers cannot both decide it. */
export async function lockCorrection(tx: Tx, id: number): Promise<CorrectionRow | null> {
  const [row] = await tx.select().from(correctionRequests).where(eq(correctionRequests.id, id)).for('update');
  return row ?? null;
}

/** The unit an audit row about the person is filed under: their current union, else their last workplace. */
export function placementUnitId(loaded: LoadedPerson): number | null {
  const open = loaded.memberships.find((row) => row.membership.validTo === null);
  return open?.unit.id ?? loaded.employments.at(-1)?.unit.id ?? null;
}
