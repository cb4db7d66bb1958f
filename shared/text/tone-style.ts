// Rewriting text into one tone-placement style, so a list typed on different keyboards looks uniform.

import { parseSyllable, toneTarget, type ToneStyle } from './syllable.ts';
import { addTone, splitTone } from './tones.ts';

const WORD = /[\p{L}\p{M}]+/gu;

/**
 * Moves each word's tone to where the style puts it: toneStyle('Hòa', 'new') → 'Hoà',
 * toneStyle('Thuỷ', 'old') → 'Thủy'. Words that are not Vietnamese syllables (or have no tone) are kept,
 * as are words where both styles agree (hoàng, quý, giá, người, khuyến).
 */
export function toneStyle(text: string, style: ToneStyle): string {
  return text.normalize('NFC').replace(WORD, (word) => {
    const syllable = parseSyllable(word);
    if (syllable === null || syllable.tone === 0) return word;
    const target = toneTarget(syllable, style);
    if (target === syllable.toneIndex) return word;
    const letters = [...word];
    const [bare] = splitTone(letters[syllable.toneIndex] ?? '');
    letters[syllable.toneIndex] = bare;
    letters[target] = addTone(letters[target] ?? '', syllable.tone);
    return letters.join('');
  });
}
