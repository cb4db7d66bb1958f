import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { achievementRate, formatAchievement, formatViNumber, formatViPercent, roundDecimal } from './format-number.ts';

describe('formatAchievement', () => {
  it('writes 2876 of 1900 the Vietnamese way', () => {
    expect(formatAchievement(2876, 1900)).toBe('2.876/1.900 — đạt 151,37%');
  });

  it('keeps two decimals on the rate, also when they are zeros, and under 100%', () => {
    expect(formatAchievement(950, 1900)).toBe('950/1.900 — đạt 50,00%');
    expect(formatAchievement(0, 12)).toBe('0/12 — đạt 0,00%');
    expect(formatAchievement(1, 3)).toBe('1/3 — đạt 33,33%');
    expect(formatAchievement(2, 3)).toBe('2/3 — đạt 66,67%');
  });

  it('prints decimal figures with a comma and shows only the figures when the target is 0', () => {
    expect(formatAchievement(12.5, 10)).toBe('12,5/10 — đạt 125,00%');
    expect(formatAchievement(3, 0)).toBe('3/0');
    expect(formatAchievement(1234567, null)).toBe('1.234.567');
  });

  it('takes another word for the English screens', () => {
    expect(formatAchievement(2876, 1900, 'achieved')).toBe('2.876/1.900 — achieved 151,37%');
  });
});

describe('formatViNumber', () => {
  it('groups thousands with dots and uses a comma for decimals', () => {
    expect(formatViNumber(8894)).toBe('8.894');
    expect(formatViNumber(12_500_000)).toBe('12.500.000');
    expect(formatViNumber(151.3684)).toBe('151,37');
    expect(formatViNumber(-1234.5)).toBe('-1.234,5');
    expect(formatViNumber(999)).toBe('999');
    expect(formatViNumber(0.004)).toBe('0');
    expect(formatViNumber(1000.1, { minFractionDigits: 2 })).toBe('1.000,10');
  });

  it('rounds half away from zero without binary surprises', () => {
    expect(roundDecimal(1.005, 2)).toBe(1.01);
    expect(roundDecimal(151.365, 2)).toBe(151.37);
    expect(roundDecimal(-2.675, 2)).toBe(-2.68);
    expect(formatViPercent(87.5)).toBe('87,50%');
  });

  it('reads back to the rounded value for any number', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e12, max: 1e12, noNaN: true }), (value) => {
        const text = formatViNumber(value);
        expect(text).toMatch(/^-?\d{1,3}(\.\d{3})*(,\d{1,2})?$/);
        const parsed = Number(text.replace(/\./g, '').replace(',', '.'));
        expect(Math.abs(parsed - roundDecimal(value, 2))).toBeLessThan(1e-6 * Math.max(1, Math.abs(value)));
      }),
    );
  });
});

describe('achievementRate', () => {
  it('is null without a target and rounded to two decimals otherwise', () => {
    expect(achievementRate(5, null)).toBeNull();
    expect(achievementRate(5, 0)).toBeNull();
    expect(achievementRate(2876, 1900)).toBe(151.37);
  });
});
