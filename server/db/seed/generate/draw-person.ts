// One generated person's civil data: a name by the real frequency of family names, about 70% women (the health
// workforce), a birth date (or only a year, as old records have), ethnicity, ID, qualification and position.
import { foldForSearch } from '../../../../shared/text/index.ts';
import type { Gender, Qualification } from '../../../../shared/members-enums.ts';
import { DAYS_PER_YEAR, isoDay, toDay, yearOf } from './days.ts';
import {
  drawDoctorTitles,
  drawEthnicity,
  drawPharmacistTitles,
  drawQualification,
  drawReligion,
  POSITIONS,
} from './person-facts.ts';
import { PROVINCES } from './provinces.ts';
import type { Random } from './random.ts';
import { drawName } from './vietnamese-names.ts';

export type PersonFacts = {
  fullName: string;
  titles: string[];
  gender: Gender;
  /** Day number; always set, even when only the year is recorded. */
  birthDay: number;
  birthDate: string | null;
  birthYear: number;
  ethnicity: string;
  religion: string | null;
  citizenId: string | null;
  phone: string | null;
  email: string | null;
  qualification: Qualification;
  position: string;
};

export type AllocateCitizenId = (provinceCode: string, birthYear: number, gender: Gender) => string | null;

const ID_PROVINCE_CODES = PROVINCES.map((province) => province.idCode);
const PHONE_PREFIXES = ['3', '5', '7', '8', '9', '9', '9'];

export function drawPerson(
  random: Random,
  context: { reference: number; provinceCode: string; allocateCitizenId: AllocateCitizenId },
): PersonFacts {
  const gender: Gender = random.chance(0.7) ? 'female' : 'male';
  const name = drawName(random, gender);
  // Ages 22 to 62, more of them young: the health workforce has grown fast.
  const age = 22 + Math.floor(40 * random.next() ** 1.3);
  const birthDay = Math.floor(context.reference - (age + random.next()) * DAYS_PER_YEAR);
  const birthYear = yearOf(birthDay);
  const qualification = drawQualification(random);
  const titles =
    qualification === 'doctor'
      ? drawDoctorTitles(random)
      : qualification === 'pharmacist'
        ? drawPharmacistTitles(random)
        : [];
  // Born elsewhere for about one in four: the ID carries the birth place, not the workplace.
  const birthPlace = random.chance(0.75) ? context.provinceCode : random.pick(ID_PROVINCE_CODES);
  return {
    fullName: name.fullName,
    titles,
    gender,
    birthDay,
    birthDate: random.chance(0.93) ? isoDay(birthDay) : null,
    birthYear,
    ethnicity: drawEthnicity(random),
    religion: drawReligion(random),
    citizenId: random.chance(0.97) ? context.allocateCitizenId(birthPlace, birthYear, gender) : null,
    phone: random.chance(0.95) ? `0${random.pick(PHONE_PREFIXES)}${random.digits(8)}` : null,
    email: random.chance(0.25)
      ? `${foldForSearch(name.givenName).replace(/\s/g, '')}.${foldForSearch(name.familyName).replace(/\s/g, '')}${random.int(1, 999)}@gmail.com`
      : null,
    qualification,
    position: random.pick(POSITIONS[qualification]),
  };
}

/** The reference date for a run: a fixed day, so a seed gives the same data whatever day it runs, never in the future. */
export function referenceDay(today: string): number {
  return Math.min(toDay(today), toDay('2026-10-31'));
}
