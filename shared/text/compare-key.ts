// One comparison key where old and new tone placement meet: hoà = hòa, thuỷ = thủy, but hoà ≠ hóa.

import { cleanText } from './clean.ts';
import { toneOfMark, type Tone } from './tones.ts';

const WORD = /[\p{L}\p{M}]+/gu;

/**
 * Equality key for names and terms typed in either tone style: per word, the tone is taken off and appended
 * as a digit (0 ngang … 5 nặng, VNI numbering), vowel marks and đ stay, lower case, clean spaces.
 * 'Nguyễn Thị Hoà' → 'nguyên4 thi5 hoa2', the same key as 'nguyễn thị hòa'. Use foldForSearch to search.
 */
export function compareKey(text: string): string {
  return cleanText(text)
    .toLowerCase()
    .replace(WORD, (word) => {
      const tones: Tone[] = [];
      let rest = '';
      for (const unit of word.normalize('NFD')) {
        const tone = toneOfMark(unit);
        if (tone === undefined) rest += unit;
        else tones.push(tone);
      }
      return rest.normalize('NFC') + (tones.length === 0 ? '0' : tones.join(''));
    });
}
