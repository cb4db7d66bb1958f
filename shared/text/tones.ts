// The five tone marks: taking a tone off a letter and putting it back on another.

/** Tone numbers as Vietnamese typists know them from VNI (1 sắc … 5 nặng, 0 ngang), so keys read 'hoa2'. */
export type Tone = 0 | 1 | 2 | 3 | 4 | 5;

/** The combining mark of each tone; ngang has none. */
export const TONE_MARKS: Readonly<Record<Exclude<Tone, 0>, string>> = {
  1: '\u0301', // sắc
  2: '\u0300', // huyền
  3: '\u0309', // hỏi
  4: '\u0303', // ngã
  5: '\u0323', // nặng
};

const TONE_BY_MARK: ReadonlyMap<string, Tone> = new Map(
  Object.entries(TONE_MARKS).map(([tone, mark]) => [mark, Number(tone) as Tone]),
);

/** The tone a combining mark stands for, or undefined: circumflex, breve and horn are not tones. */
export function toneOfMark(mark: string): Tone | undefined {
  return TONE_BY_MARK.get(mark);
}

/**
 * One NFC letter without its tone, and the tone: 'ấ' → ['â', 1], 'Ờ' → ['Ơ', 2], 'b' → ['b', 0].
 * Vowel quality (â, ă, ơ…) stays, because it changes the word; only the tone moves between letters.
 */
export function splitTone(letter: string): [letter: string, tone: Tone] {
  let tone: Tone = 0;
  let rest = '';
  for (const unit of letter.normalize('NFD')) {
    const found = TONE_BY_MARK.get(unit);
    if (found === undefined) rest += unit;
    else tone = found;
  }
  return [rest.normalize('NFC'), tone];
}

/** Puts a tone on a toneless letter, keeping its case: addTone('Â', 5) → 'Ậ'. */
export function addTone(letter: string, tone: Tone): string {
  return tone === 0 ? letter : (letter + TONE_MARKS[tone]).normalize('NFC');
}
