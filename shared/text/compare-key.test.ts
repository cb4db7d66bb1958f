import { describe, expect, it } from 'vitest';
import { compareKey } from './compare-key.ts';

describe('compareKey', () => {
  it.each([
    ['Hoà', 'hòa'],
    ['thuỷ', 'thủy'],
    ['khoẻ', 'khỏe'],
    ['Nguyễn Thị Thuỷ', 'NGUYỄN THỊ THỦY'],
    ['  Lê   Hoà ', 'lê hòa'],
    ['Hoà'.normalize('NFD'), 'hòa'],
  ])('gives %j and %j the same key', (a, b) => {
    expect(compareKey(a)).toBe(compareKey(b));
  });

  it.each([
    ['hoà', 'hóa'],
    ['thủy', 'thúy'],
    ['Đặng', 'Dặng'],
    ['Hà', 'Hạ'],
    ['Hà', 'Ha'],
    ['Ân', 'An'],
    ['Ưng', 'Ung'],
    ['Thi', 'Thy'],
  ])('keeps %j and %j apart', (a, b) => {
    expect(compareKey(a)).not.toBe(compareKey(b));
  });

  it('writes the tone as a digit after each word', () => {
    expect(compareKey('Nguyễn Thị Hoà')).toBe('nguyên4 thi5 hoa2');
    expect(compareKey('Công đoàn Y tế')).toBe('công0 đoan2 y0 tê1');
    expect(compareKey('Hoà-Bình, 2024')).toBe('hoa2-binh2, 2024');
  });
});
