// Ranking within a cluster: by final total, highest first; equal totals share a rank and the next rank skips
// (1, 1, 3); units with equal totals are listed in Vietnamese alphabetical order of their names.
import { toHundredths } from './sheet-points.ts';

const collator = new Intl.Collator('vi');

export function rankUnits<T extends { name: string; total: number }>(entries: readonly T[]): (T & { rank: number })[] {
  const sorted = [...entries].sort(
    (a, b) => toHundredths(b.total)! - toHundredths(a.total)! || collator.compare(a.name, b.name),
  );
  return sorted.map((entry) => ({
    ...entry,
    rank: 1 + sorted.filter((other) => toHundredths(other.total)! > toHundredths(entry.total)!).length,
  }));
}
