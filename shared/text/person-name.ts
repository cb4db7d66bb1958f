// A Vietnamese full name taken apart (titles, family, middle, given) and put back together.

import { cleanText } from './clean.ts';
import { compareKey } from './compare-key.ts';
import { formatTitles, takeLeadingTitles } from './name-titles.ts';

/**
 * Family names of more than one word that are common as such, so "Tôn Nữ Thị Hà" sorts under Hà with family
 * "Tôn Nữ". Short on purpose: Huế royal lineages (Tôn Nữ, Tôn Thất, Công Tằng Tôn Nữ, Nguyễn Phúc) and the
 * two classical double names (Âu Dương, Công Tôn). "Nguyễn Phúc" is also an ordinary family + middle name;
 * it is read as one family name either way, which only moves "Phúc" from middle to family.
 */
export const COMPOUND_FAMILY_NAMES: readonly string[] = [
  'Công Tằng Tôn Nữ',
  'Tôn Nữ',
  'Tôn Thất',
  'Công Tôn',
  'Âu Dương',
  'Nguyễn Phúc',
];

const COMPOUND_KEYS = COMPOUND_FAMILY_NAMES.map((name) => compareKey(name).split(' ')).sort(
  (a, b) => b.length - a.length,
);

/** A name in its three parts; Vietnamese lists sort by given name, then middle, then family. */
export interface NameParts {
  familyName: string;
  middleName: string;
  givenName: string;
}

/** A name as written in documents: titles in front, then the full name, with its parts. */
export interface PersonName extends NameParts {
  titles: string[];
  fullName: string;
}

function familyWordCount(words: readonly string[]): number {
  const keys = words.map((word) => compareKey(word));
  const compound = COMPOUND_KEYS.find(
    (compoundWords) => words.length > compoundWords.length && compoundWords.every((key, i) => key === keys[i]),
  );
  return compound?.length ?? 1;
}

/**
 * Reads a name as written: 'GS.TS. Phạm Thanh Bình' → titles ['GS', 'TS'], family 'Phạm', middle 'Thanh',
 * given 'Bình', fullName 'Phạm Thanh Bình'. Two words have no middle name; one word is a given name.
 */
export function parsePersonName(text: string): PersonName {
  const { titles, words } = takeLeadingTitles(cleanText(text).split(' ').filter(Boolean));
  const fullName = words.join(' ');
  if (words.length === 0) return { titles, familyName: '', middleName: '', givenName: '', fullName };
  if (words.length === 1) return { titles, familyName: '', middleName: '', givenName: fullName, fullName };
  const familyCount = familyWordCount(words);
  return {
    titles,
    familyName: words.slice(0, familyCount).join(' '),
    middleName: words.slice(familyCount, -1).join(' '),
    givenName: words.at(-1) ?? '',
    fullName,
  };
}

/** Family, middle and given name of a full name: 'Nguyễn Thị Minh Khai' → 'Nguyễn' / 'Thị Minh' / 'Khai'. */
export function splitFullName(fullName: string): NameParts {
  const { familyName, middleName, givenName } = parsePersonName(fullName);
  return { familyName, middleName, givenName };
}

/** A name with its titles the Vietnamese way: (['TS', 'GS'], 'Phạm Thanh Bình') → 'GS.TS. Phạm Thanh Bình'. */
export function formatNameWithTitles(titles: readonly string[], fullName: string): string {
  return [formatTitles(titles), cleanText(fullName)].filter(Boolean).join(' ');
}
