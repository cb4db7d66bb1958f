import { describe, expect, it } from 'vitest';
import { isVietnameseSyllable, parseSyllable } from './syllable.ts';

describe('parseSyllable', () => {
  it.each([
    ['Hoàng', 'h', 'oa', 'ng', 2, 2],
    ['quý', 'qu', 'y', '', 1, 2],
    ['giường', 'gi', 'ươ', 'ng', 2, 3],
    ['gì', 'g', 'i', '', 2, 1],
    ['gìn', 'g', 'i', 'n', 2, 1],
    ['NGƯỜI', 'ng', 'ươi', '', 2, 3],
    ['khuyến', 'kh', 'uyê', 'n', 1, 4],
    ['ước', '', 'ươ', 'c', 1, 1],
    ['Ý', '', 'y', '', 1, 0],
  ])('reads %s as onset %j, nucleus %j, coda %j, tone %i on letter %i', (word, onset, nucleus, coda, tone, index) => {
    expect(parseSyllable(word)).toMatchObject({ onset, nucleus, coda, tone, toneIndex: index });
  });

  it.each(['Hello', 'C«ng', 'Coâng', 'BHXH', 'hóà', 'xyz'])('rejects %s', (word) => {
    expect(parseSyllable(word)).toBeNull();
  });
});

describe('isVietnameseSyllable', () => {
  it.each([
    'Nguyễn',
    'đoàn',
    'hoà',
    'hòa',
    'thuỷ',
    'thủy',
    'quý',
    'giá',
    'Trường',
    'KHOẺ',
    'ngoài',
    'khuỷu',
    'học',
    'Việt',
    'xoong',
    'Phú',
  ])('accepts %s', (word) => {
    expect(isVietnameseSyllable(word)).toBe(true);
  });

  it.each([
    ['C«ng', 'TCVN3 mojibake'],
    ['Coâng', 'VNI mojibake'],
    ['thÕ', 'upper case inside a word'],
    ['qúy', 'tone on the u of qu'],
    ['ngòai', 'tone on the first vowel of oai'],
    ['hoàc', 'huyền on a stop-final syllable'],
    ['Müller', 'a foreign letter'],
    ['café', 'a rhyme Vietnamese does not have'],
  ])('rejects %s (%s)', (word) => {
    expect(isVietnameseSyllable(word)).toBe(false);
  });
});
