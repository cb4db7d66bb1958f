// The text work of an import row, made cheap for a million rows: cells that need no cleaning skip it, and
// what repeats across rows (gender, ethnic group, qualification, names) is worked out once per value.
import { cleanText, foldForSearch, parsePersonName, vietnameseSortKey } from '../../../../shared/text/index.ts';
import { detach } from '../../../documents/xlsx/xml-text.ts';

export { detach };

/** Printable ASCII with single inner spaces is already what cleanText would make of it. */
const NEEDS_CLEANING = /[^\x21-\x7e ]|^ | $| {2}/;

/** cleanText, skipped for the plain ASCII cells (IDs, dates, phone numbers, e-mails) that it would not change. */
export function cleanCell(text: string): string {
  return NEEDS_CLEANING.test(text) ? cleanText(text) : text;
}

/**
 * A function's results by argument, forgotten wholesale when there are too many distinct arguments. Keys are
 * detached; `compute` must return values that hold no substrings of its argument (see detach).
 */
export function memoize<T>(compute: (text: string) => T, limit = 100_000): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    let value = cache.get(text);
    if (value === undefined) {
      value = compute(text);
      if (cache.size >= limit) cache.clear();
      cache.set(detach(text), value);
    }
    return value;
  };
}

/** The name columns of a person as stored: parts, titles, folded search key and Vietnamese sort key. */
export type NameColumns = {
  fullName: string;
  familyName: string;
  middleName: string;
  givenName: string;
  titles: string[];
  searchKey: string;
  sortKey: string;
};

export function nameColumns(fullName: string): NameColumns {
  const name = parsePersonName(fullName);
  return {
    fullName: detach(name.fullName),
    familyName: detach(name.familyName),
    middleName: detach(name.middleName),
    givenName: detach(name.givenName),
    titles: name.titles.map(detach),
    searchKey: detach(foldForSearch(name.fullName)),
    sortKey: detach(vietnameseSortKey(name)),
  };
}
