// Telling Unicode text from TCVN3 or VNI text read as Windows-1252, and converting what needs it.

import { toNfc } from './fold.ts';
import { decodeTcvn3, decodeVni } from './legacy-decode.ts';
import { isVietnameseSyllable } from './syllable.ts';

/** The encodings text arrives in: Unicode, or one of the two legacy font encodings still in old files. */
export type TextEncoding = 'unicode' | 'tcvn3' | 'vni';

/** A detected encoding and how strongly the text's words favour it over the next reading (0–1). */
export interface EncodingGuess {
  encoding: TextEncoding;
  confidence: number;
}

// Letters and marks only Unicode has: a legacy file read as Windows-1252 never contains them.
const UNICODE_LETTERS = /[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]/;
const TONE_MARKS = /[\u0300-\u0303\u0309\u0323]/;

// A word: letters, plus the TCVN3 letters that Windows-1252 shows as symbols (« § µ ¸ × ÷, soft hyphen).
const WORD = /[\p{L}\p{M}\u00a1-\u00be\u00d7\u00f7]+/gu;

/**
 * Which encoding a text is in. Each word with a non-ASCII character votes for every reading (as is, TCVN3,
 * VNI) that makes it a well-formed Vietnamese syllable; the reading with most votes wins, Unicode on a tie,
 * then TCVN3. 'C«ng ®oµn' → tcvn3, 'Coâng ñoaøn' → vni, 'Công đoàn' and plain ASCII → unicode.
 * Confidence is the winner's lead over the runner-up per informative word: 0 for a lone 'hoà', which is
 * also VNI for 'hồ'. Detect on a whole file or column where possible, then convert each cell with toUnicode.
 */
export function detectLegacyEncoding(text: string): EncodingGuess {
  if (UNICODE_LETTERS.test(text) || TONE_MARKS.test(text)) return { encoding: 'unicode', confidence: 1 };
  const votes: Record<TextEncoding, number> = { unicode: 0, tcvn3: 0, vni: 0 };
  let informative = 0;
  for (const [word] of text.matchAll(WORD)) {
    if (/^[A-Za-z]+$/.test(word)) continue;
    informative += 1;
    // A word a reading leaves unchanged still votes for it: 'Chí' is the same in Unicode and VNI.
    if (isVietnameseSyllable(word)) votes.unicode += 1;
    if (isVietnameseSyllable(decodeTcvn3(word))) votes.tcvn3 += 1;
    if (isVietnameseSyllable(decodeVni(word))) votes.vni += 1;
  }
  if (informative === 0) return { encoding: 'unicode', confidence: 1 };
  const [best, second] = (['unicode', 'tcvn3', 'vni'] as const)
    .map((encoding) => ({ encoding, votes: votes[encoding] }))
    .sort((a, b) => b.votes - a.votes);
  if (best === undefined || second === undefined) return { encoding: 'unicode', confidence: 0 };
  return { encoding: best.encoding, confidence: (best.votes - second.votes) / informative };
}

/**
 * Any text to NFC Unicode: detects TCVN3 or VNI (or takes the encoding found for the whole file) and
 * converts; Unicode text only gets NFC. 'NguyÔn §øc §¹t' → 'Nguyễn Đức Đạt'. Run it before cleanText.
 */
export function toUnicode(text: string, from: TextEncoding = detectLegacyEncoding(text).encoding): string {
  if (from === 'tcvn3') return toNfc(decodeTcvn3(text));
  if (from === 'vni') return toNfc(decodeVni(text));
  return toNfc(text);
}
