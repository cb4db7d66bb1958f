import { describe, expect, it } from 'vitest';
import { rankUnits } from './rank-order.ts';

describe('rankUnits', () => {
  it('shares a rank between equal totals and skips the next (1, 1, 3), ties in Vietnamese name order', () => {
    const ranked = rankUnits([
      { name: 'Công đoàn Bệnh viện Xanh Pôn', total: 88.5 },
      { name: 'Công đoàn Bệnh viện Đống Đa', total: 92 },
      { name: 'Công đoàn Bệnh viện Bạch Mai', total: 92 },
      { name: 'Công đoàn Bệnh viện Thanh Nhàn', total: 70.25 },
      { name: 'Công đoàn Bệnh viện Đa khoa', total: 88.5 },
    ]);
    expect(ranked.map((entry) => [entry.name.replace('Công đoàn Bệnh viện ', ''), entry.rank])).toEqual([
      ['Bạch Mai', 1],
      ['Đống Đa', 1],
      ['Đa khoa', 3],
      ['Xanh Pôn', 3],
      ['Thanh Nhàn', 5],
    ]);
  });

  it('orders đ after d and compares totals in hundredths, not binary fractions', () => {
    const ranked = rankUnits([
      { name: 'Đông', total: 0.1 + 0.2 },
      { name: 'Dương', total: 0.3 },
    ]);
    expect(ranked.map((entry) => [entry.name, entry.rank])).toEqual([
      ['Dương', 1],
      ['Đông', 1],
    ]);
  });
});
