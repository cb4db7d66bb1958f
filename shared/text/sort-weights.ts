// The weights behind vietnameseSortKey: the collation of Intl.Collator('vi') written out as ASCII characters.
// Plain code-point order on them (COLLATE "C" in PostgreSQL, < in JavaScript) reproduces the collator.

import { splitTone, type Tone } from './tones.ts';

/** The Vietnamese alphabet in order (a < ă < â, d < đ), with f j w z where the collator puts them. */
export const ALPHABET = 'aăâbcdđeêfghijklmnoôơpqrstuưvwxyz';

/** Ends one level of a key; lower than every weight, so a shorter string sorts first at that level. */
export const LEVEL_END = '!';

// Primary classes in the collator's order: spaces < punctuation and symbols < digits < letters < other scripts.
const SPACE = '#';
const PUNCTUATION = '%';
const OTHER_LETTER = '~';
const LETTER_BASE = 0x41; // 'A'; the 33 letters take 'A'…'a'

// Secondary: '1' for a letter without tone, then the tone in the collator's order
// ngang < huyền < hỏi < ngã < sắc < nặng; written after the letter, as the collator weighs the mark there.
const NO_TONE = '1';
const TONE_WEIGHT: Readonly<Record<Tone, string>> = { 0: '', 2: '2', 3: '3', 4: '4', 1: '5', 5: '6' };

// Tertiary: lower case before upper case, as the collator does by default.
const LOWER = '1';
const UPPER = '2';

function hex(char: string): string {
  return (char.codePointAt(0) ?? 0).toString(16).padStart(6, '0');
}

function primary(letter: string): string {
  const index = ALPHABET.indexOf(letter);
  if (index !== -1) return String.fromCharCode(LETTER_BASE + index);
  if (/^[0-9]$/.test(letter)) return letter;
  if (/^\s$/u.test(letter)) return SPACE;
  if (/^\p{L}$/u.test(letter)) return OTHER_LETTER + hex(letter);
  return PUNCTUATION + hex(letter);
}

/**
 * The three-level weight string of one name part (NFC): all primary weights, then all secondary, then all
 * tertiary, each level closed by LEVEL_END. Exact for Vietnamese letters, digits and spaces; other letters
 * and punctuation are ordered by code point, an approximation of the collator.
 */
export function levelWeights(text: string): string {
  let primaries = '';
  let secondaries = '';
  let tertiaries = '';
  for (const char of text) {
    const lower = char.toLowerCase();
    const [letter, tone] = splitTone(lower);
    primaries += primary(letter.length === 1 ? letter : lower);
    secondaries += NO_TONE + TONE_WEIGHT[tone];
    tertiaries += char === lower ? LOWER : UPPER;
  }
  return primaries + LEVEL_END + secondaries + LEVEL_END + tertiaries + LEVEL_END;
}
