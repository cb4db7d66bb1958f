import { describe, expect, it } from 'vitest';
import { foldForSearch, toNfc } from './fold.ts';

describe('foldForSearch', () => {
  it.each([
    ['ĐẶNG THỊ THUỶ', 'dang thi thuy'],
    ['Nguyễn Đức Đạt', 'nguyen duc dat'],
    ['Bệnh viện Bạch Mai', 'benh vien bach mai'],
    ['  Công   đoàn  ', 'cong doan'],
    ['Hòa', 'hoa'],
  ])('folds %s to %s', (input, expected) => {
    expect(foldForSearch(input)).toBe(expected);
  });

  it('gives the same key for NFC and NFD input', () => {
    const nfd = 'Nguyễn Thị Hoà'.normalize('NFD');
    expect(foldForSearch(nfd)).toBe(foldForSearch('Nguyễn Thị Hoà'));
  });
});

describe('toNfc', () => {
  it('composes decomposed Vietnamese', () => {
    const nfd = 'Hòa'.normalize('NFD');
    expect(nfd.length).toBe(4);
    expect(toNfc(nfd)).toBe('Hòa');
    expect(toNfc(nfd).length).toBe(3);
  });
});
