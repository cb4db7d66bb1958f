import { describe, expect, it } from 'vitest';
import { cleanText } from './clean.ts';

describe('cleanText', () => {
  it.each([
    ['  Nguyễn   Văn  A  ', 'Nguyễn Văn A'],
    ['Nguyễn\u00a0Văn\u00a0A', 'Nguyễn Văn A'],
    ['Trần\u200b Thị\u200d Hà\ufeff', 'Trần Thị Hà'],
    ['\ufeffBệnh viện\u202fBạch Mai', 'Bệnh viện Bạch Mai'],
    ['Lê\tVăn\r\nTám', 'Lê Văn Tám'],
    ['\u200e\u202bKhoa Nội\u202c', 'Khoa Nội'],
    ['', ''],
    [' \u00a0 \u200b ', ''],
  ])('cleans %j to %j', (input, expected) => {
    expect(cleanText(input)).toBe(expected);
  });

  it('composes decomposed input to NFC', () => {
    const cleaned = cleanText(' Hòa Bình '.normalize('NFD'));
    expect(cleaned).toBe('Hòa Bình');
    expect(cleaned).toBe(cleaned.normalize('NFC'));
  });

  it('composes a mark that a zero-width character separated from its letter', () => {
    expect(cleanText('Ho\u200ba\u0300')).toBe('Hoà');
  });

  it('keeps the soft hyphen, which is the letter ư in TCVN3 text awaiting toUnicode', () => {
    expect(cleanText('Tr\u00adêng')).toBe('Tr\u00adêng');
  });

  it('keeps paragraphs when asked, with at most one blank line', () => {
    const pasted = '  Dòng một  \r\n\r\n\r\n\u00a0Dòng\u00a0 hai \n';
    expect(cleanText(pasted, { keepLineBreaks: true })).toBe('Dòng một\n\nDòng hai');
    expect(cleanText(pasted)).toBe('Dòng một Dòng hai');
  });
});
