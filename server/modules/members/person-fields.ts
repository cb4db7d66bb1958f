// Turning typed person fields into stored ones: names split, keys computed, dates checked.
import type { CreateMemberBody, UpdateMemberBody } from '../../../shared/contracts/members.ts';
import { vietnamToday } from '../../../shared/dates.ts';
import { cleanText, foldForSearch, parsePersonName, vietnameseSortKey } from '../../../shared/text/index.ts';
import { and, eq, isNull, ne } from 'drizzle-orm';
import { memberships, people } from '../../db/schema/index.ts';
import type { Tx } from '../../db/write.ts';
import { badRequest, conflict } from '../../errors.ts';
import type { PersonRow } from './member-rows.ts';

type PersonInput = Omit<UpdateMemberBody, 'cardNumber'> | CreateMemberBody;

const fieldError = (code: string, field: string, vi: string, en: string) =>
  badRequest(code, vi, en, [{ field: `body.${field}`, message: vi, messageEn: en }]);

/** The columns of `people` that `input` sets, with the name parts and keys derived from the full name. */
export function personColumns(input: PersonInput): Partial<PersonRow> {
  const columns: Partial<PersonRow> = {};
  if (input.fullName !== undefined) {
    const name = parsePersonName(input.fullName);
    if (!name.givenName || !name.familyName) {
      throw fieldError(
        'members.name_incomplete',
        'fullName',
        'Họ và tên cần có ít nhất họ và tên.',
        'A full name needs a family and a given name.',
      );
    }
    Object.assign(columns, {
      fullName: name.fullName,
      familyName: name.familyName,
      middleName: name.middleName,
      givenName: name.givenName,
      titles: name.titles,
      searchKey: foldForSearch(name.fullName),
      sortKey: vietnameseSortKey(name),
    });
  }
  if (input.birthDate !== undefined) {
    if (input.birthDate && input.birthDate > vietnamToday()) {
      throw fieldError(
        'members.birth_date_in_future',
        'birthDate',
        'Ngày sinh không được sau hôm nay.',
        'The date of birth is in the future.',
      );
    }
    columns.birthDate = input.birthDate;
    if (input.birthDate) columns.birthYear = Number(input.birthDate.slice(0, 4));
  }
  if (input.birthYear !== undefined && !input.birthDate) {
    if (input.birthYear && input.birthYear > Number(vietnamToday().slice(0, 4))) {
      throw fieldError(
        'members.birth_date_in_future',
        'birthYear',
        'Năm sinh không được sau năm nay.',
        'The year of birth is in the future.',
      );
    }
    columns.birthYear = input.birthYear;
  }
  if (input.birthDate && input.birthYear && Number(input.birthDate.slice(0, 4)) !== input.birthYear) {
    throw fieldError(
      'members.birth_year_mismatch',
      'birthYear',
      'Năm sinh không khớp với ngày sinh.',
      'The year does not match the date of birth.',
    );
  }
  for (const key of ['gender', 'ethnicity', 'citizenId', 'qualification'] as const) {
    if (input[key] !== undefined) (columns as Record<string, unknown>)[key] = input[key];
  }
  for (const key of ['religion', 'phone', 'email', 'position'] as const) {
    const value = input[key];
    if (value !== undefined) columns[key] = value === null ? null : cleanText(value) || null;
  }
  return columns;
}

export async function assertCitizenIdFree(
  tx: Tx,
  citizenId: string | null | undefined,
  exceptPersonId?: number,
): Promise<void> {
  if (!citizenId) return;
  const [taken] = await tx
    .select({ id: people.id })
    .from(people)
    .where(and(eq(people.citizenId, citizenId), exceptPersonId ? ne(people.id, exceptPersonId) : undefined));
  if (taken) {
    throw conflict(
      'members.citizen_id_taken',
      'Số CCCD này đã có trong hệ thống.',
      'This citizen ID is already recorded.',
      [{ field: 'body.citizenId', message: 'Số CCCD đã có trong hệ thống.', messageEn: 'Already recorded.' }],
    );
  }
}

export async function assertCardNumberFree(
  tx: Tx,
  cardNumber: string | null | undefined,
  field: string,
  exceptPersonId?: number,
): Promise<void> {
  if (!cardNumber) return;
  const [taken] = await tx
    .select({ id: memberships.id })
    .from(memberships)
    .where(
      and(
        eq(memberships.cardNumber, cardNumber),
        isNull(memberships.validTo),
        exceptPersonId ? ne(memberships.personId, exceptPersonId) : undefined,
      ),
    );
  if (taken) {
    throw conflict(
      'members.card_number_taken',
      `Số thẻ đoàn viên ${cardNumber} đã được cấp cho người khác.`,
      `Card number ${cardNumber} is already in use.`,
      [{ field, message: 'Số thẻ đã được cấp.', messageEn: 'Already in use.' }],
    );
  }
}
