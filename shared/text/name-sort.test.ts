import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareVietnameseNames, vietnameseSortKey } from './name-sort.ts';
import { LEVEL_END } from './sort-weights.ts';
import { ONSETS, RHYMES, VOWELS } from './syllable-tables.ts';
import { isVietnameseSyllable } from './syllable.ts';
import { toneStyle } from './tone-style.ts';
import { addTone, type Tone } from './tones.ts';

// Real syllables: any onset and rhyme, any tone the rhyme allows, in either placement style.
const syllableArbitrary = fc
  .record({
    onset: fc.constantFrom(...ONSETS),
    rhyme: fc.constantFrom(...RHYMES),
    tone: fc.constantFrom<Tone>(0, 1, 2, 3, 4, 5),
    style: fc.constantFrom('old' as const, 'new' as const),
  })
  .map(({ onset, rhyme, tone, style }) => {
    const vowel = [...rhyme].findIndex((letter) => VOWELS.includes(letter));
    const toned = [...rhyme].map((letter, i) => (i === vowel ? addTone(letter, tone) : letter)).join('');
    return toneStyle(onset + toned, style);
  })
  .filter(isVietnameseSyllable);

const FAMILY_NAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô'];
const MIDDLE_NAMES = ['Thị', 'Văn', 'Đức', 'Ngọc', 'Minh', 'Thanh'];

const casing = fc.constantFrom('lower', 'capital', 'upper');
const word = fc.tuple(syllableArbitrary, casing).map(([syllable, letterCase]) => {
  if (letterCase === 'upper') return syllable.toUpperCase();
  if (letterCase === 'capital') return syllable.charAt(0).toUpperCase() + syllable.slice(1);
  return syllable;
});
const family = fc.oneof(fc.constantFrom(...FAMILY_NAMES, 'Tôn Nữ', 'Âu Dương'), word);
const middle = fc.array(fc.oneof(fc.constantFrom(...MIDDLE_NAMES), word), { maxLength: 2 });
const fullName = fc.tuple(family, middle, word).map(([f, m, g]) => [f, ...m, g].join(' '));

// Names from a few toneless spellings, so pairs often differ only in tone, tone placement or case.
const nearWord = fc
  .record({
    toneless: fc.constantFrom('a', 'an', 'anh', 'ba', 'da', 'đa', 'hoa', 'thuy', 'khoe', 'hoang', 'ngoai', 'ăn'),
    tone: fc.constantFrom<Tone>(0, 1, 2, 3, 4, 5),
    at: fc.nat(),
    letterCase: casing,
  })
  .map(({ toneless, tone, at, letterCase }) => {
    const vowels = [...toneless].flatMap((letter, i) => (VOWELS.includes(letter) ? [i] : []));
    const target = vowels[at % vowels.length];
    const toned = [...toneless].map((letter, i) => (i === target ? addTone(letter, tone) : letter)).join('');
    return letterCase === 'upper'
      ? toned.toUpperCase()
      : letterCase === 'capital'
        ? toned.charAt(0).toUpperCase() + toned.slice(1)
        : toned;
  });
const nearName = fc
  .tuple(nearWord, fc.array(nearWord, { maxLength: 1 }), nearWord)
  .map(([f, m, g]) => [f, ...m, g].join(' '));

const byKey = (a: string, b: string): number => {
  const x = vietnameseSortKey(a);
  const y = vietnameseSortKey(b);
  return x < y ? -1 : x > y ? 1 : 0;
};

describe('compareVietnameseNames', () => {
  it('sorts by given name, then middle name, then family name', () => {
    const names = ['Trần Văn Bình', 'Nguyễn Thị An', 'Lê Anh', 'Phạm Ánh', 'Đỗ Văn An', 'Nguyễn Đạt', 'Bùi Dũng'];
    expect([...names].sort(compareVietnameseNames)).toEqual([
      'Nguyễn Thị An',
      'Đỗ Văn An',
      'Lê Anh',
      'Phạm Ánh',
      'Trần Văn Bình',
      'Bùi Dũng',
      'Nguyễn Đạt',
    ]);
  });

  it('orders letters a < ă < â, d < đ, and tones ngang < huyền < hỏi < ngã < sắc < nặng', () => {
    const given = ['Ân', 'Ăn', 'An', 'Đa', 'Da', 'Bạ', 'Bá', 'Bã', 'Bả', 'Bà', 'Ba'];
    expect([...given].sort(compareVietnameseNames)).toEqual([
      'An',
      'Ăn',
      'Ân',
      'Ba',
      'Bà',
      'Bả',
      'Bã',
      'Bá',
      'Bạ',
      'Da',
      'Đa',
    ]);
  });

  it('accepts parts and full names, ignoring titles', () => {
    const parts = { familyName: 'Phạm', middleName: 'Thanh', givenName: 'Bình' };
    expect(compareVietnameseNames(parts, 'GS.TS. Phạm Thanh Bình')).toBe(0);
    expect(compareVietnameseNames('Tôn Nữ Thị Hà', 'Lê Thị Hà')).toBeGreaterThan(0);
  });
});

describe('vietnameseSortKey', () => {
  it('orders a real list like the comparator', () => {
    const names = [
      'Nguyễn Văn Đạt',
      'Trần Thị Dung',
      'Lê Ánh',
      'Lê Anh',
      'Phạm Thị Ân',
      'Hoàng Văn Ăn',
      'Tôn Nữ Thị Hà',
      'Vũ Thị Hạ',
      'Đỗ Hà',
      'nguyễn thị hoà',
      'Nguyễn Thị Hòa',
      'NGUYỄN THỊ HÒA',
    ];
    expect([...names].sort(byKey)).toEqual([...names].sort(compareVietnameseNames));
  });

  it('writes the weights in printable ASCII, so byte order is the same in every database', () => {
    const key = vietnameseSortKey('Tôn Nữ Thị Ngọc Hà');
    const weights = key.slice(0, key.lastIndexOf(LEVEL_END) + 1);
    expect(weights).toMatch(/^[\x20-\x7e]+$/);
    expect(key.endsWith('Tôn Nữ Thị Ngọc Hà')).toBe(true);
  });

  it('gives NFC and NFD spellings the same key', () => {
    expect(vietnameseSortKey('Nguyễn Thị Hòa'.normalize('NFD'))).toBe(vietnameseSortKey('Nguyễn Thị Hòa'));
  });

  it('agrees with the comparator on every pair it does not call equal', () => {
    fc.assert(
      fc.property(fc.oneof(fullName, nearName), fc.oneof(fullName, nearName), (a, b) => {
        const expected = Math.sign(compareVietnameseNames(a, b));
        fc.pre(expected !== 0);
        expect(Math.sign(byKey(a, b))).toBe(expected);
      }),
      { numRuns: 10_000 },
    );
  });

  it('sorts thousands of generated names the way the comparator does', () => {
    const names = fc.sample(fc.oneof(fullName, nearName), { numRuns: 4000, seed: 20_261_104 });
    const sortedByKey = [...names].sort(byKey);
    for (let i = 1; i < sortedByKey.length; i += 1) {
      expect(compareVietnameseNames(sortedByKey[i - 1] ?? '', sortedByKey[i] ?? '')).toBeLessThanOrEqual(0);
    }
    const sortedByComparator = [...names].sort(compareVietnameseNames);
    for (let i = 1; i < sortedByComparator.length; i += 1) {
      const [a, b] = [sortedByComparator[i - 1] ?? '', sortedByComparator[i] ?? ''];
      if (compareVietnameseNames(a, b) !== 0) expect(byKey(a, b)).toBe(-1);
    }
  });
});
