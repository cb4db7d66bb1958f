// One import row → the fields of a person, or the reasons it cannot be taken, in Vietnamese with the column.
import { citizenIdSchema, cardNumberSchema } from '../../../../shared/contracts/members.ts';
import { vietnamToday } from '../../../../shared/dates.ts';
import { ethnicities, qualificationLabels, type Gender, type Qualification } from '../../../../shared/members-enums.ts';
import { compareKey, foldForSearch } from '../../../../shared/text/index.ts';
import { fieldHeaders, importFields, type ImportField } from './import-columns.ts';
import { cleanCell, memoize, nameColumns, type NameColumns } from './import-text.ts';
import type { RawCell } from './read-rows.ts';

/** `column` names the field as the template heads it; `field` lets a screen point at the file's own column. */
export type RowError = { row: number; column: string; field: ImportField; message: string; messageEn: string };

export type ImportedPerson = {
  /** The name as written (titles included), cleaned; `name` holds what is stored. */
  fullName: string;
  name: NameColumns;
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

export type ReadRow = {
  person: ImportedPerson | null;
  errors: RowError[];
  /** The row's keys even when it has errors, so a duplicate in the file is still found. */
  keys: { citizenId: string | null; cardNumber: string | null };
};

const ETHNICITY_BY_KEY = new Map(ethnicities.map((name) => [compareKey(name).replace(/[^a-z0-9]/g, ''), name]));
const QUALIFICATION_BY_KEY = new Map(
  Object.entries(qualificationLabels).flatMap(([key, label]) => [
    [foldForSearch(label.vi), key as Qualification],
    [foldForSearch(label.en), key as Qualification],
  ]),
);

function text(cell: RawCell | undefined, clean: (text: string) => string = cleanCell): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return clean(typeof cell === 'string' ? cell : String(cell));
}

const DAY_FIRST = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const ISO_LIKE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

const DAY_MS = 24 * 3600 * 1000;
const dayTexts = new Map<number, string>();

/** 'YYYY-MM-DD' of a Date, the UTC day it falls on; dates repeat, so each day is written once. */
function isoDayOf(date: Date): string {
  const day = Math.floor(date.getTime() / DAY_MS);
  let iso = dayTexts.get(day);
  if (iso === undefined) {
    iso = date.toISOString().slice(0, 10);
    if (dayTexts.size >= 100_000) dayTexts.clear();
    dayTexts.set(day, iso);
  }
  return iso;
}

/** dd/mm/yyyy, d-m-yyyy, yyyy-mm-dd, or an Excel date (a UTC midnight) → 'YYYY-MM-DD'. */
export function parseDate(cell: RawCell | undefined): string | null | 'invalid' {
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? 'invalid' : isoDayOf(cell);
  const value = text(cell);
  if (!value) return null;
  const dayFirst = DAY_FIRST.exec(value);
  const isoLike = dayFirst ? null : ISO_LIKE.exec(value);
  const [year, month, day] = dayFirst
    ? [Number(dayFirst[3]), Number(dayFirst[2]), Number(dayFirst[1])]
    : isoLike
      ? [Number(isoLike[1]), Number(isoLike[2]), Number(isoLike[3])]
      : [NaN, NaN, NaN];
  if (year >= 1000) return calendarDay(year, month, day);
  // Two-digit years are read by Date.UTC as 19xx; kept as they always were read.
  const date = new Date(Date.UTC(year, month - 1, day));
  if (Number.isNaN(date.getTime()) || date.getUTCDate() !== day || date.getUTCMonth() !== month - 1) return 'invalid';
  return date.toISOString().slice(0, 10);
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const twoDigits = (value: number) => (value < 10 ? `0${value}` : String(value));

/** 'YYYY-MM-DD' of a day that exists in the Gregorian calendar, else 'invalid' (31/02, 29/02/2023, 00/05). */
function calendarDay(year: number, month: number, day: number): string {
  if (!(month >= 1 && month <= 12 && day >= 1)) return 'invalid';
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  if (day > (month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!)) return 'invalid';
  return `${year}-${twoDigits(month)}-${twoDigits(day)}`;
}

/**
 * `read` of a cell's cleaned text, worked out once per distinct cell for the columns that take a few values
 * (Nữ, Kinh, Điều dưỡng): cleaning and folding them on every row of a million would cost more than the rest.
 * `read` must return values that hold no part of its argument (constants).
 */
function perValue<T>(read: (text: string) => T) {
  const cached = memoize((raw: string) => read(cleanCell(raw)), 10_000);
  return (cell: RawCell | undefined): T | null => {
    if (cell === null || cell === undefined) return null;
    return typeof cell === 'string' ? cached(cell) : read(text(cell));
  };
}

const genderOf = perValue((value): Gender | null | 'invalid' => {
  const key = foldForSearch(value);
  if (!key) return null;
  if (key === 'nam' || key === 'm' || key === 'male') return 'male';
  if (key === 'nu' || key === 'f' || key === 'female') return 'female';
  return 'invalid';
});
const ethnicityOf = perValue((value) =>
  value ? (ETHNICITY_BY_KEY.get(compareKey(value).replace(/[^a-z0-9]/g, '')) ?? 'invalid') : null,
);
const qualificationOf = perValue((value) =>
  value ? (QUALIFICATION_BY_KEY.get(foldForSearch(value)) ?? 'other') : null,
);
// Names repeat: a million generated members have about 180,000 distinct full names.
const namesOf = memoize(nameColumns, 300_000);
const validCitizenId = (id: string) => citizenIdSchema.safeParse(id).success;
const validCard = (card: string) => cardNumberSchema.safeParse(card).success;

/**
 * A reader of rows by a column map. Every problem of a row is listed, none stops the others being found.
 * `today` is fixed for the whole file, so a run that crosses midnight judges every row alike.
 */
export function personReader(columns: (ImportField | null)[], today: string = vietnamToday()) {
  const index = Object.fromEntries(importFields.map((field) => [field, columns.indexOf(field)])) as Record<
    ImportField,
    number
  >;
  const thisYear = Number(today.slice(0, 4));
  return (rowNumber: number, cells: RawCell[]): ReadRow => {
    const errors: RowError[] = [];
    const value = (field: ImportField) => (index[field] < 0 ? undefined : cells[index[field]]);
    const fail = (field: ImportField, message: string, messageEn: string) =>
      errors.push({ row: rowNumber, column: fieldHeaders[field], field, message, messageEn });

    const fullName = text(value('fullName'));
    const name = fullName ? namesOf(fullName) : null;
    if (!fullName) fail('fullName', 'Thiếu họ và tên.', 'Full name missing.');
    else if (name!.familyName === '')
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
      if (!/^\d{4}$/.test(yearText) || year < 1900 || year > thisYear)
        fail('birthYear', `Năm sinh "${yearText}" không hợp lệ.`, 'Invalid year of birth.');
      else birthYear = year;
    }

    const gender = genderOf(value('gender'));
    if (gender === 'invalid')
      fail('gender', `Giới tính "${text(value('gender'))}" phải là Nam hoặc Nữ.`, 'Gender must be Nam or Nữ.');

    const ethnicity = ethnicityOf(value('ethnicity'));
    if (ethnicity === 'invalid')
      fail(
        'ethnicity',
        `Dân tộc "${text(value('ethnicity'))}" không có trong danh mục 54 dân tộc.`,
        'Unknown ethnic group.',
      );

    // Excel turns a 12-digit ID into a number and drops its leading zeros: put them back.
    const idCell = value('citizenId');
    let citizenId = text(idCell).replace(/[\s.]/g, '') || null;
    if (citizenId && typeof idCell === 'number' && citizenId.length > 9 && citizenId.length < 12)
      citizenId = citizenId.padStart(12, '0');
    if (citizenId && !validCitizenId(citizenId)) {
      fail(
        'citizenId',
        `Số CCCD "${citizenId}" phải có 12 chữ số (hoặc CMND cũ 9 chữ số).`,
        'Citizen ID must have 12 (or 9) digits.',
      );
    }

    const qualification = qualificationOf(value('qualification'));

    const joinedOn = parseDate(value('joinedOn'));
    if (joinedOn === 'invalid')
      fail(
        'joinedOn',
        `Ngày vào công đoàn "${text(value('joinedOn'))}" không đúng dạng ngày/tháng/năm.`,
        'Not a date.',
      );
    else if (joinedOn && joinedOn > today)
      fail('joinedOn', 'Ngày vào công đoàn sau ngày hôm nay.', 'The joining date is in the future.');

    const cardNumber = text(value('cardNumber')) || null;
    if (cardNumber && !validCard(cardNumber))
      fail('cardNumber', `Số thẻ "${cardNumber}" không hợp lệ.`, 'Invalid card number.');

    const email = text(value('email')) || null;
    if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email))
      fail('email', `Email "${email}" không hợp lệ.`, 'Invalid e-mail.');

    const keys = { citizenId, cardNumber };
    if (errors.length || !name) return { person: null, errors, keys };
    return {
      person: {
        fullName,
        name,
        birthDate: birthDate === 'invalid' ? null : birthDate,
        birthYear,
        gender: gender === 'invalid' ? null : gender,
        ethnicity: ethnicity === 'invalid' ? null : ethnicity,
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
  };
}
