// Vietnamese text for server and web: the public API of shared/text, one import for both sides.

export { cleanText, type CleanTextOptions } from './clean.ts';
export { compareKey } from './compare-key.ts';
export { foldForSearch, toNfc } from './fold.ts';
export { decodeTextBytes } from './legacy-bytes.ts';
export { decodeTcvn3, decodeVni } from './legacy-decode.ts';
export { detectLegacyEncoding, toUnicode, type EncodingGuess, type TextEncoding } from './legacy-detect.ts';
export { encodeTcvn3AsCp1252, encodeVni } from './legacy-encode.ts';
export { compareVietnameseNames, vietnameseSortKey, type SortableName } from './name-sort.ts';
export { formatTitles } from './name-titles.ts';
export {
  COMPOUND_FAMILY_NAMES,
  formatNameWithTitles,
  parsePersonName,
  splitFullName,
  type NameParts,
  type PersonName,
} from './person-name.ts';
export { isVietnameseSyllable, type ToneStyle } from './syllable.ts';
export { toneStyle } from './tone-style.ts';
export type { Tone } from './tones.ts';
