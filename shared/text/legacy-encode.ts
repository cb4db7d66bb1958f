// Writing Unicode text the way legacy files look when read as Windows-1252. The application never writes
// legacy text; these exist to build fixtures and to prove the decoders round-trip.

import { toNfc } from './fold.ts';
import { TCVN3_BYTES } from './tcvn3-table.ts';
import { VNI_SPELLINGS } from './vni-table.ts';

/**
 * Unicode → TCVN3 as seen through a normal font: 'Công đoàn' → 'C«ng ®oµn'. Uppercase letters TCVN3 lacks
 * get the lowercase code, as typing in a .VnTimeH font did, so they decode as lower case.
 */
export function encodeTcvn3AsCp1252(text: string): string {
  let result = '';
  for (const char of toNfc(text)) {
    const byte = TCVN3_BYTES.get(char) ?? TCVN3_BYTES.get(char.toLowerCase());
    result += byte === undefined ? char : String.fromCharCode(byte);
  }
  return result;
}

/** Unicode → VNI-Windows as seen through a normal font: 'Nguyễn Đức Đạt' → 'Nguyeãn Ñöùc Ñaït'. */
export function encodeVni(text: string): string {
  let result = '';
  for (const char of toNfc(text)) result += VNI_SPELLINGS.get(char) ?? char;
  return result;
}
