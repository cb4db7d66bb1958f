// Turning legacy Vietnamese text, as it looks when read as Windows-1252, back into Unicode. Pure string
// work, so server and browser share it; the tables are in tcvn3-table.ts and vni-table.ts.

import { TCVN3_BYTES } from './tcvn3-table.ts';
import { VNI_SPELLINGS } from './vni-table.ts';

// Bytes 0xA0–0xFF read the same in Windows-1252 and Latin-1, so the byte's code point is the character seen.
const TCVN3_DECODE: ReadonlyMap<string, string> = new Map(
  [...TCVN3_BYTES].map(([letter, byte]) => [String.fromCharCode(byte), letter]),
);

const VNI_DECODE: ReadonlyMap<string, string> = new Map(
  [...VNI_SPELLINGS].flatMap(([letter, spelling]) => {
    if (spelling === letter) return [];
    const entries: [string, string][] = [[spelling, letter]];
    // Excel's PROPER() and some converters capitalise only the base letter: 'Aùnh' is still Ánh.
    const base = spelling.charAt(0);
    if (spelling.length === 2 && base !== base.toLowerCase()) {
      entries.push([base + spelling.slice(1).toLowerCase(), letter]);
    }
    return entries;
  }),
);

/** TCVN3 text seen through a normal font, back to Unicode: 'C«ng ®oµn' → 'Công đoàn'. */
export function decodeTcvn3(text: string): string {
  let result = '';
  for (const char of text) result += TCVN3_DECODE.get(char) ?? char;
  return result;
}

/** VNI-Windows text seen through a normal font, back to Unicode, longest match first: 'Coâng ñoaøn' → 'Công đoàn'. */
export function decodeVni(text: string): string {
  let result = '';
  let i = 0;
  while (i < text.length) {
    const pair = VNI_DECODE.get(text.slice(i, i + 2));
    if (pair !== undefined) {
      result += pair;
      i += 2;
    } else {
      const char = text.charAt(i);
      result += VNI_DECODE.get(char) ?? char;
      i += 1;
    }
  }
  return result;
}
