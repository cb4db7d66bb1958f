import { describe, expect, it } from 'vitest';
import { addTone, splitTone } from './tones.ts';

describe('splitTone', () => {
  it.each([
    ['ấ', 'â', 1],
    ['ầ', 'â', 2],
    ['ẩ', 'â', 3],
    ['ẫ', 'â', 4],
    ['ậ', 'â', 5],
    ['Ờ', 'Ơ', 2],
    ['ự', 'ư', 5],
    ['ă', 'ă', 0],
    ['đ', 'đ', 0],
    ['b', 'b', 0],
  ])('takes %s apart into %s and tone %i', (letter, base, tone) => {
    expect(splitTone(letter)).toEqual([base, tone]);
  });
});

describe('addTone', () => {
  it('puts every tone back on every vowel, in both cases', () => {
    for (const vowel of 'aăâeêioôơuưyAĂÂEÊIOÔƠUƯY') {
      for (const tone of [1, 2, 3, 4, 5] as const) {
        const toned = addTone(vowel, tone);
        expect(toned).toHaveLength(1);
        expect(splitTone(toned)).toEqual([vowel, tone]);
      }
    }
  });

  it('composes dot below under a circumflex', () => {
    expect(addTone('ê', 5)).toBe('ệ');
    expect(addTone('Â', 5)).toBe('Ậ');
  });
});
