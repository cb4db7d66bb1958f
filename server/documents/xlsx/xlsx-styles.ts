// Which cell styles show a number as a date: in .xlsx a date is a number of days, told apart only by its
// style's number format.
import { readTags } from './xlsx-package.ts';
import type { ZipEntry } from './zip-directory.ts';

/** Built-in number formats that are dates or times (ECMA-376 18.8.30, with the East Asian ones). */
const BUILT_IN_DATES = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56,
  57, 58,
]);

/** A format code shows a date when, outside quoted text, escapes and [colour]/[locale] blocks, it has d, m, y, h or s. */
export function isDateFormat(code: string): boolean {
  const bare = code
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/[_*]./g, '')
    .replace(/\[(?![hms]+\])[^\]]*\]/gi, '');
  // Only the first section matters for a positive number (dates are positive).
  return /[dmyhsb]/i.test(bare.split(';')[0] ?? '') && !/^general$/i.test(bare.trim());
}

/** For each cell style index (the `s` of a cell), whether it is a date. */
export async function readDateStyles(file: string, entry: ZipEntry | undefined): Promise<boolean[]> {
  if (!entry) return [];
  const custom = new Map<number, string>();
  const cellFormats: number[] = [];
  let inCellXfs = false;
  for (const tag of await readTags(file, entry)) {
    if (tag.name === 'numFmt') custom.set(Number(tag.attributes.numFmtId), tag.attributes.formatCode ?? '');
    else if (tag.name === 'cellXfs') inCellXfs = true;
    else if (tag.name === 'cellStyles' || tag.name === 'dxfs' || tag.name === 'cellStyleXfs') inCellXfs = false;
    else if (tag.name === 'xf' && inCellXfs) cellFormats.push(Number(tag.attributes.numFmtId ?? 0));
  }
  return cellFormats.map((id) => (custom.has(id) ? isDateFormat(custom.get(id)!) : BUILT_IN_DATES.has(id)));
}
