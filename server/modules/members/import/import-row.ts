// One import row → the fields of a person, or the reasons it cannot be taken, in Vietnamese with the column.
import { citizenIdSchema, cardNumberSchema } from '../../../../shared/contracts/members.ts';
import { vietnamToday } from '../../../../shared/dates.ts';
import { ethnicities, qualificationLabels, type Gender, type Qualification } from '../../../../shared/members-enums.ts';
import { cleanText, compareKey, foldForSearch, parsePersonName } from '../../../../shared/text/index.ts';
import { fieldHeaders, type ImportField } from './import-columns.ts';
import type { RawCell } from './read-rows.ts';

/** `column` names the field as the template heads it; `field` lets a screen point at the file's own column. */
export type RowError = { row: number; column: string; field: ImportField; message: string; messageEn: string };

export type ImportedPerson = {
  fullName: string;
  birthDate: string | null;
  birthYear: number | null;
  gender: Gender | null;
  ethnicity: string | null;
  religion: string | null;
  citizenId: string | null;
  phone: string | null;
  email: string | null;
  qualification: Qualification | null;
  position: string | null;
  joinedOn: string | null;
  cardNumber: string | null;
};

const ETHNICITY_BY_KEY = new Map(ethnicities.map((name) => [compareKey(name).replace(/[^a-z0-9]/g, ''), name]));
const QUALIFICATION_BY_KEY = new Map(
  Object.entries(qualificationLabels).flatMap(([key, label]) => [
    [foldForSearch(label.vi), key as Qualification],
    [foldForSearch(label.en), key as Qualification],
  ]),
);

function text(cell: RawCell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return cleanText(String(cell));
}

/** dd/mm/yyyy, d-m-yyyy, yyyy-mm-dd, or an Excel date (a UTC midnight) → 'YYYY-MM-DD'. */
export function parseDate(cell: RawCell | undefined): string | null | 'invalid' {
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? 'invalid' : cell.toISOString().slice(0, 10);
  const value = text(cell);
  if (!value) return null;
  const dayFirst = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value);
  const isoLike = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  const [year, month, day] = dayFirst
    ? [Number(dayFirst[3]), Number(dayFirst[2]), Number(dayFirst[1])]
    : isoLike
      ? [Number(isoLike[1]), Number(isoLike[2]), Number(isoLike[3])]
      : [NaN, NaN, NaN];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (Number.isNaN(date.getTime()) || date.getUTCDate() !== day || date.getUTCMonth() !== month - 1) return 'invalid';
  return date.toISOString().slice(0, 10);
}

/** Reads a row by the column map; every problem is listed, none stops the others being found. */
export function readPerson(
  rowNumber: number,
  cells: RawCell[],
  columns: (ImportField | null)[],
): {
  person: ImportedPerson | null;
  errors: RowError[];
  keys: { citizenId: string | null; cardNumber: string | null };
} {
  const errors: RowError[] = [];
  const value = (field: ImportField) => {
    const index = columns.indexOf(field);
    return index < 0 ? undefined : cells[index];
  };
  const fail = (field: ImportField, message: string, messageEn: string) =>
    errors.push({ row: rowNumber, column: fieldHeaders[field], field, message, messageEn });
  const today = vietnamToday();

  const fullName = text(value('fullName'));
  if (!fullName) fail('fullName', 'Thiếu họ và tên.', 'Full name missing.');
  else if (parsePersonName(fullName).familyName === '')
    fail('fullName', 'Họ và tên cần có cả họ và tên.', 'Needs a family and a given name.');

  const birthDate = parseDate(value('birthDate'));
  if (birthDate === 'invalid')
    fail('birthDate', `Ngày sinh "${text(value('birthDate'))}" không đúng dạng ngày/tháng/năm.`, 'Not a date.');
  else if (birthDate && birthDate > today)
    fail('birthDate', 'Ngày sinh sau ngày hôm nay.', 'The date of birth is in the future.');
  const yearText = text(value('birthYear'));
  let birthYear = birthDate && birthDate !== 'invalid' ? Number(birthDate.slice(0, 4)) : null;
  if (yearText && !birthYear) {
    const year = Number(yearText);
    if (!/^\d{4}$/.test(yearText) || year < 1900 || year > Number(today.slice(0, 4)))
      fail('birthYear', `Năm sinh "${yearText}" không hợp lệ.`, 'Invalid year of birth.');
    else birthYear = year;
  }

  const genderKey = foldForSearch(text(value('gender')));
  const gender: Gender | null = ['nam', 'm', 'male'].includes(genderKey)
    ? 'male'
    : ['nu', 'f', 'female'].includes(genderKey)
      ? 'female'
      : null;
  if (genderKey && !gender)
    fail('gender', `Giới tính "${text(value('gender'))}" phải là Nam hoặc Nữ.`, 'Gender must be Nam or Nữ.');

  const ethnicityText = text(value('ethnicity'));
  const ethnicity = ethnicityText
    ? (ETHNICITY_BY_KEY.get(compareKey(ethnicityText).replace(/[^a-z0-9]/g, '')) ?? null)
    : null;
  if (ethnicityText && !ethnicity)
    fail('ethnicity', `Dân tộc "${ethnicityText}" không có trong danh mục 54 dân tộc.`, 'Unknown ethnic group.');

  // Excel turns a 12-digit ID into a number and drops its leading zeros: put them back.
  const idCell = value('citizenId');
  let citizenId = text(idCell).replace(/[\s.]/g, '') || null;
  if (citizenId && typeof idCell === 'number' && citizenId.length > 9 && citizenId.length < 12)
    citizenId = citizenId.padStart(12, '0');
  if (citizenId && !citizenIdSchema.safeParse(citizenId).success) {
    fail(
      'citizenId',
      `Số CCCD "${citizenId}" phải có 12 chữ số (hoặc CMND cũ 9 chữ số).`,
      'Citizen ID must have 12 (or 9) digits.',
    );
  }

  const qualificationText = text(value('qualification'));
  const qualification = qualificationText
    ? (QUALIFICATION_BY_KEY.get(foldForSearch(qualificationText)) ?? 'other')
    : null;

  const joinedOn = parseDate(value('joinedOn'));
  if (joinedOn === 'invalid')
    fail('joinedOn', `Ngày vào công đoàn "${text(value('joinedOn'))}" không đúng dạng ngày/tháng/năm.`, 'Not a date.');
  else if (joinedOn && joinedOn > today)
    fail('joinedOn', 'Ngày vào công đoàn sau ngày hôm nay.', 'The joining date is in the future.');

  const cardNumber = text(value('cardNumber')) || null;
  if (cardNumber && !cardNumberSchema.safeParse(cardNumber).success)
    fail('cardNumber', `Số thẻ "${cardNumber}" không hợp lệ.`, 'Invalid card number.');

  const email = text(value('email')) || null;
  if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email))
    fail('email', `Email "${email}" không hợp lệ.`, 'Invalid e-mail.');

  const keys = { citizenId, cardNumber };
  if (errors.length) return { person: null, errors, keys };
  return {
    person: {
      fullName,
      birthDate: birthDate === 'invalid' ? null : birthDate,
      birthYear,
      gender,
      ethnicity,
      religion: text(value('religion')) || null,
      citizenId,
      phone: text(value('phone')) || null,
      email,
      qualification,
      position: text(value('position')) || null,
      joinedOn: joinedOn === 'invalid' ? null : joinedOn,
      cardNumber,
    },
    errors,
    keys,
  };
}
