// Reading one written syllable: where its vowels are, which tone it has and where the tone may sit.

import { MARKED_VOWELS, ONSETS, RHYMES, STOP_CODAS, VOWELS } from './syllable-tables.ts';
import { splitTone, type Tone } from './tones.ts';

/** Where the tone goes in oa, oe, uy: 'old' on the first vowel (hòa, khỏe, thủy), 'new' on the second (hoà, khoẻ, thuỷ). */
export type ToneStyle = 'old' | 'new';

/** A syllable taken apart; indexes count letters of the word, which are single code units in NFC. */
export interface Syllable {
  /** The letters without tone, lower case: 'hoang' for 'Hoàng'. */
  toneless: string;
  onset: string;
  nucleus: string;
  coda: string;
  tone: Tone;
  /** Index of the letter that carries the tone, -1 for ngang. */
  toneIndex: number;
}

/**
 * Takes a word apart into onset, vowel nucleus and coda, or null when it is not one Vietnamese syllable
 * (a foreign word, an abbreviation, two tones, mojibake). qu and gi are read as onsets when a rhyme follows.
 */
export function parseSyllable(word: string): Syllable | null {
  const letters = [...word.normalize('NFC')];
  let toneless = '';
  let tone: Tone = 0;
  let toneIndex = -1;
  for (const [index, letter] of letters.entries()) {
    const lower = letter.toLowerCase();
    if (lower.length !== 1) return null;
    const [base, letterTone] = splitTone(lower);
    if (base.length !== 1) return null;
    if (letterTone !== 0) {
      if (toneIndex !== -1 || !VOWELS.includes(base)) return null;
      tone = letterTone;
      toneIndex = index;
    }
    toneless += base;
  }
  const onset = ONSETS.find(
    (candidate) => toneless.startsWith(candidate) && RHYMES.has(toneless.slice(candidate.length)),
  );
  if (onset === undefined) return null;
  const rhyme = toneless.slice(onset.length);
  let vowelCount = 0;
  while (vowelCount < rhyme.length && VOWELS.includes(rhyme[vowelCount] ?? '')) vowelCount += 1;
  return { toneless, onset, nucleus: rhyme.slice(0, vowelCount), coda: rhyme.slice(vowelCount), tone, toneIndex };
}

/**
 * The letter index where the tone belongs in the given style. Both styles agree except for the open
 * syllables oa, oe, uy: a marked vowel (ươ → ơ) or a coda (hoàng, toán) or three vowels (ngoài) decide alone.
 */
export function toneTarget(syllable: Pick<Syllable, 'onset' | 'nucleus' | 'coda'>, style: ToneStyle): number {
  const { onset, nucleus, coda } = syllable;
  let marked = -1;
  for (const [index, vowel] of [...nucleus].entries()) if (MARKED_VOWELS.includes(vowel)) marked = index;
  if (marked !== -1) return onset.length + marked;
  if (coda !== '') return onset.length + nucleus.length - 1;
  if (nucleus.length === 3) return onset.length + 1;
  if (nucleus.length === 2 && style === 'new' && ['oa', 'oe', 'uy'].includes(nucleus)) return onset.length + 1;
  return onset.length;
}

/** Whether a stop-final rhyme (ác, ạt, ếch) carries a tone it can carry: only sắc and nặng. */
export function isToneAllowed(coda: string, tone: Tone): boolean {
  return !STOP_CODAS.has(coda) || tone === 1 || tone === 5;
}

/**
 * Whether a word is one well-formed Vietnamese syllable: known onset and rhyme, a tone the rhyme allows,
 * the tone on a letter either style accepts, and sensible case (lower, Capitalised or UPPER). It tells
 * real Vietnamese from the same bytes read in the wrong encoding.
 */
export function isVietnameseSyllable(word: string): boolean {
  const nfc = word.normalize('NFC');
  const lower = nfc.toLowerCase();
  const capitalised = lower.charAt(0).toUpperCase() + lower.slice(1);
  if (nfc !== lower && nfc !== capitalised && nfc !== nfc.toUpperCase()) return false;
  const syllable = parseSyllable(nfc);
  if (syllable === null || !isToneAllowed(syllable.coda, syllable.tone)) return false;
  if (syllable.tone === 0) return true;
  return syllable.toneIndex === toneTarget(syllable, 'old') || syllable.toneIndex === toneTarget(syllable, 'new');
}
