import { describe, expect, it } from 'vitest';
import { toneStyle } from './tone-style.ts';

// Old style (first vowel of open oa/oe/uy) and new style (second vowel), as Unikey writes them.
const DIFFERING: readonly (readonly [old: string, modern: string])[] = [
  ['hòa', 'hoà'],
  ['hóa', 'hoá'],
  ['họa', 'hoạ'],
  ['tỏa', 'toả'],
  ['lõa', 'loã'],
  ['khỏe', 'khoẻ'],
  ['xòe', 'xoè'],
  ['thủy', 'thuỷ'],
  ['Thúy', 'Thuý'],
  ['lũy', 'luỹ'],
  ['Hòa', 'Hoà'],
  ['HÒA', 'HOÀ'],
  ['THỦY', 'THUỶ'],
];

// Words both styles write the same: closed syllables, marked vowels, three vowels, qu and gi onsets.
const SHARED = [
  'hoàng',
  'toán',
  'hoạch',
  'khuyến',
  'quyển',
  'huỳnh',
  'quỳnh',
  'ngoài',
  'xoáy',
  'khuya',
  'khuỷu',
  'ngoẹo',
  'người',
  'rượu',
  'cừu',
  'thuở',
  'hoặc',
  'tuần',
  'thuế',
  'chuối',
  'quý',
  'quả',
  'quốc',
  'giá',
  'già',
  'giữa',
  'giường',
  'gì',
  'gìn',
  'mùa',
  'kìa',
  'máy',
  'Nguyễn',
  'Việt',
];

describe('toneStyle', () => {
  it.each(DIFFERING)('writes %s in the new style as %s, and back', (old, modern) => {
    expect(toneStyle(old, 'new')).toBe(modern);
    expect(toneStyle(modern, 'old')).toBe(old);
    expect(toneStyle(old, 'old')).toBe(old);
    expect(toneStyle(modern, 'new')).toBe(modern);
  });

  it.each(SHARED)('leaves %s as it is in both styles', (word) => {
    expect(toneStyle(word, 'new')).toBe(word);
    expect(toneStyle(word, 'old')).toBe(word);
  });

  it('rewrites each word of a sentence and keeps the rest', () => {
    expect(toneStyle('Nguyễn Thị Thủy, khỏe; Hòa-Bình (BHXH)', 'new')).toBe('Nguyễn Thị Thuỷ, khoẻ; Hoà-Bình (BHXH)');
    expect(toneStyle('Trường Đại học Y Hà Nội — Khoa Hoá', 'old')).toBe('Trường Đại học Y Hà Nội — Khoa Hóa');
  });

  it.each([
    ['qúy', 'quý'],
    ['gía', 'giá'],
    ['ngòai', 'ngoài'],
    ['hoàng', 'hoàng'],
    ['hòang', 'hoàng'],
    ['ngừơi', 'người'],
  ])('puts a misplaced tone right: %s → %s', (typed, fixed) => {
    expect(toneStyle(typed, 'old')).toBe(fixed);
    expect(toneStyle(typed, 'new')).toBe(fixed);
  });

  it('accepts decomposed input and returns NFC', () => {
    expect(toneStyle('Thủy'.normalize('NFD'), 'new')).toBe('Thuỷ');
  });

  it('leaves words that are not Vietnamese syllables', () => {
    expect(toneStyle('café Müller OK', 'old')).toBe('café Müller OK');
  });
});
