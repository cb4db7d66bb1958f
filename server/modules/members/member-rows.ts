// Loading one person with their membership and employment history, and the shapes the API returns.
import { asc, eq } from 'drizzle-orm';
import type { MemberDetail, MemberSummary } from '../../../shared/contracts/members.ts';
import type { Qualification } from '../../../shared/members-enums.ts';
import { formatNameWithTitles } from '../../../shared/text/index.ts';
import type { Database } from '../../db/client.ts';
import { employments, memberships, people, units } from '../../db/schema/index.ts';
import type { Tx } from '../../db/write.ts';
import { notFound } from '../../errors.ts';
import type { Actor } from '../../policies/actor.ts';
import { maskCitizenId, memberAbilities, type PersonPlacement } from '../../policies/members.policy.ts';

type Reader = Database | Tx;
export type PersonRow = typeof people.$inferSelect;

const unitColumns = {
  id: units.id,
  code: units.code,
  name: units.name,
  path: units.path,
  reportPath: units.reportPath,
};

/** A person and their whole history, or 404. */
export async function loadPerson(db: Reader, id: number) {
  const [person] = await db.select().from(people).where(eq(people.id, id));
  if (!person) throw notFound('members');
  const [membershipRows, employmentRows] = await Promise.all([
    db
      .select({ membership: memberships, unit: unitColumns })
      .from(memberships)
      .innerJoin(units, eq(units.id, memberships.unitId))
      .where(eq(memberships.personId, id))
      .orderBy(asc(memberships.validFrom), asc(memberships.id)),
    db
      .select({ employment: employments, unit: unitColumns })
      .from(employments)
      .innerJoin(units, eq(units.id, employments.unitId))
      .where(eq(employments.personId, id))
      .orderBy(asc(employments.validFrom), asc(employments.id)),
  ]);
  return { person, memberships: membershipRows, employments: employmentRows };
}

export type LoadedPerson = Awaited<ReturnType<typeof loadPerson>>;

/** Where the person belongs now: open membership and employment, else the last ones that ended. */
export function placementOf(loaded: LoadedPerson): PersonPlacement {
  const openMembership = loaded.memberships.find((row) => row.membership.validTo === null);
  const openEmployments = loaded.employments.filter((row) => row.employment.validTo === null);
  const placed = [
    ...(openMembership ? [openMembership.unit] : loaded.memberships.slice(-1).map((row) => row.unit)),
    ...(openEmployments.length
      ? openEmployments.map((row) => row.unit)
      : loaded.employments.slice(-1).map((row) => row.unit)),
  ];
  return { units: placed, hasOpenMembership: Boolean(openMembership) };
}

export function displayNameOf(person: Pick<PersonRow, 'titles' | 'fullName'>): string {
  return formatNameWithTitles(person.titles, person.fullName);
}

export function toMemberDetail(actor: Actor, loaded: LoadedPerson): MemberDetail {
  const { person } = loaded;
  const abilities = memberAbilities(actor, placementOf(loaded));
  const current = loaded.memberships.find((row) => row.membership.validTo === null) ?? loaded.memberships.at(-1);
  const ref = (unit: { id: number; code: string; name: string }) => ({ id: unit.id, code: unit.code, name: unit.name });
  return {
    id: person.id,
    fullName: person.fullName,
    displayName: displayNameOf(person),
    familyName: person.familyName,
    middleName: person.middleName,
    givenName: person.givenName,
    titles: person.titles,
    gender: person.gender,
    birthDate: person.birthDate,
    birthYear: person.birthYear,
    citizenId: abilities.viewCitizenId ? person.citizenId : maskCitizenId(person.citizenId),
    ethnicity: person.ethnicity,
    religion: person.religion,
    phone: person.phone,
    email: person.email,
    qualification: person.qualification as Qualification | null,
    position: person.position,
    cardNumber: current?.membership.cardNumber ?? null,
    status: current?.membership.status ?? null,
    joinedOn: current?.membership.joinedOn ?? null,
    unit: current ? ref(current.unit) : null,
    memberships: loaded.memberships.map(({ membership, unit }) => ({
      id: membership.id,
      unit: ref(unit),
      cardNumber: membership.cardNumber,
      joinedOn: membership.joinedOn,
      validFrom: membership.validFrom,
      validTo: membership.validTo,
      status: membership.status,
      leftOn: membership.leftOn,
      leftReason: membership.leftReason,
    })),
    employments: loaded.employments.map(({ employment, unit }) => ({
      id: employment.id,
      unit: ref(unit),
      validFrom: employment.validFrom,
      validTo: employment.validTo,
      contractKind: employment.contractKind as MemberDetail['employments'][number]['contractKind'],
    })),
    abilities,
  };
}

/** What the audit log keeps of a person: the citizen ID masked, since the log is read more widely than the record. */
export function personSnapshot(person: PersonRow) {
  const {
    searchKey: _searchKey,
    sortKey: _sortKey,
    createdAt: _created,
    updatedAt: _updated,
    citizenId,
    ...kept
  } = person;
  return { ...kept, citizenId: maskCitizenId(citizenId) };
}

export type MemberListRow = {
  person: PersonRow;
  /** Null for a worker who is not a member. */
  membership: typeof memberships.$inferSelect | null;
  unit: { id: number; code: string; name: string };
};

export function toMemberSummary(row: MemberListRow, showCitizenId: boolean): MemberSummary {
  const { person, membership, unit } = row;
  return {
    id: person.id,
    fullName: person.fullName,
    displayName: displayNameOf(person),
    gender: person.gender,
    birthDate: person.birthDate,
    birthYear: person.birthYear,
    citizenId: showCitizenId ? person.citizenId : maskCitizenId(person.citizenId),
    qualification: person.qualification as Qualification | null,
    position: person.position,
    cardNumber: membership?.cardNumber ?? null,
    status: membership?.status ?? null,
    joinedOn: membership?.joinedOn ?? null,
    unit,
  };
}
