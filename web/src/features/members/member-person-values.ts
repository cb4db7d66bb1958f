// The person part of the create and edit forms: its values, the initial values of a member, and the body
// the API takes (everything for a new person, only what changed for an edit).
import dayjs, { type Dayjs } from 'dayjs';
import type { MemberDetail, UpdateMemberBody } from '../../../../shared/contracts/members.ts';
import type { ethnicities, Gender, Qualification } from '../../../../shared/members-enums.ts';
import { toApiDate } from '../../lib/format.ts';

/** One of the 54 ethnic groups. */
export type Ethnicity = (typeof ethnicities)[number];

/** The person fields as the antd form holds them. */
export interface PersonValues {
  fullName: string;
  gender?: Gender;
  birthYearOnly: boolean;
  birthDate?: Dayjs | null;
  birthYear?: number | null;
  ethnicity?: Ethnicity;
  religion?: string;
  citizenId?: string;
  phone?: string;
  email?: string;
  qualification?: Qualification;
  position?: string;
}

/** The person fields of the API bodies. */
export type PersonBody = Omit<UpdateMemberBody, 'cardNumber'>;

const blankToNull = (value: string | undefined | null) => value?.trim() || null;

/** A new person: Kinh by default, the full date of birth asked for. */
export const newPersonValues: Partial<PersonValues> = { birthYearOnly: false, ethnicity: 'Kinh' };

/** A member's details in the form; the citizen ID only when the viewer may see it. */
export function personValuesOf(member: MemberDetail): PersonValues {
  return {
    fullName: member.displayName,
    gender: member.gender ?? undefined,
    birthYearOnly: !member.birthDate && member.birthYear !== null,
    birthDate: member.birthDate ? dayjs(member.birthDate) : null,
    birthYear: member.birthYear,
    ethnicity: (member.ethnicity as Ethnicity | null) ?? undefined,
    religion: member.religion ?? undefined,
    citizenId: member.abilities.viewCitizenId ? (member.citizenId ?? undefined) : undefined,
    phone: member.phone ?? undefined,
    email: member.email ?? undefined,
    qualification: member.qualification ?? undefined,
    position: member.position ?? undefined,
  };
}

function birthOf(values: PersonValues): { birthDate: string | null; birthYear: number | null } {
  if (values.birthYearOnly) return { birthDate: null, birthYear: values.birthYear ?? null };
  const birthDate = toApiDate(values.birthDate) ?? null;
  return { birthDate, birthYear: birthDate ? Number(birthDate.slice(0, 4)) : null };
}

/** Every person field of a new person, empty ones left out. */
export function personBody(values: PersonValues): PersonBody & { fullName: string } {
  const { birthDate, birthYear } = birthOf(values);
  const body: PersonBody & { fullName: string } = { fullName: values.fullName.trim() };
  if (values.gender) body.gender = values.gender;
  if (birthDate) body.birthDate = birthDate;
  else if (birthYear) body.birthYear = birthYear;
  if (values.ethnicity) body.ethnicity = values.ethnicity;
  if (blankToNull(values.religion)) body.religion = blankToNull(values.religion);
  if (blankToNull(values.citizenId)) body.citizenId = blankToNull(values.citizenId);
  if (blankToNull(values.phone)) body.phone = blankToNull(values.phone);
  if (blankToNull(values.email)) body.email = blankToNull(values.email);
  if (values.qualification) body.qualification = values.qualification;
  if (blankToNull(values.position)) body.position = blankToNull(values.position);
  return body;
}

/** Only the person fields that differ from the member; a hidden citizen ID is sent only when retyped. */
export function personChanges(member: MemberDetail, values: PersonValues): PersonBody {
  const body: PersonBody = {};
  if (values.fullName.trim() !== member.displayName) body.fullName = values.fullName.trim();
  if ((values.gender ?? null) !== member.gender) body.gender = values.gender ?? null;
  const { birthDate, birthYear } = birthOf(values);
  if (birthDate !== member.birthDate) body.birthDate = birthDate;
  if (birthDate === null && (birthYear !== member.birthYear || 'birthDate' in body)) body.birthYear = birthYear;
  if ((values.ethnicity ?? null) !== member.ethnicity) body.ethnicity = values.ethnicity ?? null;
  if (blankToNull(values.religion) !== member.religion) body.religion = blankToNull(values.religion);
  const citizenId = blankToNull(values.citizenId);
  if (member.abilities.viewCitizenId ? citizenId !== member.citizenId : citizenId !== null) body.citizenId = citizenId;
  if (blankToNull(values.phone) !== member.phone) body.phone = blankToNull(values.phone);
  if (blankToNull(values.email) !== member.email) body.email = blankToNull(values.email);
  if ((values.qualification ?? null) !== member.qualification) body.qualification = values.qualification ?? null;
  if (blankToNull(values.position) !== member.position) body.position = blankToNull(values.position);
  return body;
}
