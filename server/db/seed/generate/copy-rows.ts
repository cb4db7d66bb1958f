// Generated rows as PostgreSQL COPY text lines, with the name parts and keys computed exactly as the application
// computes them (person-fields.ts), so search and sorting behave on generated people as on typed ones.
import { foldForSearch, parsePersonName, vietnameseSortKey } from '../../../../shared/text/index.ts';
import { isoDay } from './days.ts';
import type { GeneratedPerson } from './generate-people.ts';
import type { NewUnit } from './plan-tree.ts';

/** COPY's text format: \N for null; backslash, tab and line breaks escaped. */
function field(value: string | number | null): string {
  if (value === null) return '\\N';
  if (typeof value === 'number') return String(value);
  return /[\\\t\n\r]/.test(value)
    ? value.replace(/[\\\t\n\r]/g, (c) => ({ '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' })[c]!)
    : value;
}
const line = (values: (string | number | null)[]) => `${values.map(field).join('\t')}\n`;
const day = (value: number | null) => (value === null ? null : isoDay(value));

export const UNIT_COLUMNS =
  'id, code, name, short_name, kind, sector, province, parent_id, reporting_parent_id, path, report_path, valid_from, search_key';
export function unitLine(unit: NewUnit, validFrom: string): string {
  return line([
    unit.id,
    unit.code,
    unit.name,
    unit.shortName,
    unit.kind,
    unit.sector,
    unit.province,
    unit.parentId,
    unit.reportingParentId,
    unit.path,
    unit.reportPath,
    validFrom,
    unit.searchKey,
  ]);
}

export const VERSION_COLUMNS =
  'unit_id, valid_from, name, short_name, kind, parent_id, reporting_parent_id, sector, province, search_key';
export function versionLine(unit: NewUnit, validFrom: string): string {
  return line([
    unit.id,
    validFrom,
    unit.name,
    unit.shortName,
    unit.kind,
    unit.parentId,
    unit.reportingParentId,
    unit.sector,
    unit.province,
    unit.searchKey,
  ]);
}

export const PERSON_COLUMNS =
  'id, full_name, family_name, middle_name, given_name, titles, birth_date, birth_year, gender, ethnicity, religion, citizen_id, phone, email, qualification, position, search_key, sort_key';

type NameColumns = [string, string, string, string, string, string];
/** Names repeat a lot (a few hundred thousand distinct in a million people): each is parsed once. */
export function nameColumnsCache() {
  const cache = new Map<string, NameColumns>();
  return (fullName: string): NameColumns => {
    let columns = cache.get(fullName);
    if (!columns) {
      const name = parsePersonName(fullName);
      columns = [
        name.fullName,
        name.familyName,
        name.middleName,
        name.givenName,
        foldForSearch(name.fullName),
        vietnameseSortKey(name),
      ];
      if (cache.size > 2_000_000) cache.clear();
      cache.set(fullName, columns);
    }
    return columns;
  };
}

export function personLine({ id, facts: person }: GeneratedPerson, names: ReturnType<typeof nameColumnsCache>): string {
  const [fullName, familyName, middleName, givenName, searchKey, sortKey] = names(person.fullName);
  return line([
    id,
    fullName,
    familyName,
    middleName,
    givenName,
    `{${person.titles.join(',')}}`,
    person.birthDate,
    person.birthYear,
    person.gender,
    person.ethnicity,
    person.religion,
    person.citizenId,
    person.phone,
    person.email,
    person.qualification,
    person.position,
    searchKey,
    sortKey,
  ]);
}

export const MEMBERSHIP_COLUMNS =
  'person_id, unit_id, card_number, joined_on, valid_from, valid_to, status, left_on, left_reason';
export function membershipLines(person: GeneratedPerson): string {
  let text = '';
  for (const m of person.memberships) {
    text += line([
      person.id,
      m.unitId,
      m.cardNumber,
      isoDay(m.joinedOn),
      isoDay(m.validFrom),
      day(m.validTo),
      m.status,
      day(m.leftOn),
      m.leftReason,
    ]);
  }
  return text;
}

export const EMPLOYMENT_COLUMNS = 'person_id, unit_id, valid_from, valid_to, contract_kind';
export function employmentLines(person: GeneratedPerson): string {
  let text = '';
  for (const e of person.employments)
    text += line([person.id, e.unitId, isoDay(e.validFrom), day(e.validTo), e.contractKind]);
  return text;
}
