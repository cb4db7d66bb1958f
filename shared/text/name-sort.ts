// Sorting people the Vietnamese way: by given name, then middle name, then family name.

import { toNfc } from './fold.ts';
import { splitFullName, type NameParts } from './person-name.ts';
import { levelWeights } from './sort-weights.ts';

const collator = new Intl.Collator('vi');

/** A name to sort: its parts, or a full name as written (titles are ignored). */
export type SortableName = NameParts | string;

function partsOf(name: SortableName): NameParts {
  return typeof name === 'string' ? splitFullName(name) : name;
}

/**
 * Orders two names as Vietnamese lists do: given name, then middle, then family, each compared with
 * Intl.Collator('vi') (a < ă < â, d < đ, tones ngang < huyền < hỏi < ngã < sắc < nặng).
 */
export function compareVietnameseNames(a: SortableName, b: SortableName): number {
  const x = partsOf(a);
  const y = partsOf(b);
  return (
    collator.compare(x.givenName, y.givenName) ||
    collator.compare(x.middleName, y.middleName) ||
    collator.compare(x.familyName, y.familyName)
  );
}

/**
 * A string whose plain code-point order is compareVietnameseNames' order, so a database sorts by it with
 * COLLATE "C" whatever its ICU version. The weights are ASCII; the NFC name is appended to break ties.
 */
export function vietnameseSortKey(name: SortableName): string {
  const { familyName, middleName, givenName } = partsOf(name);
  const parts = [givenName, middleName, familyName].map(toNfc);
  return parts.map(levelWeights).join('') + [familyName, middleName, givenName].map(toNfc).join(' ');
}
