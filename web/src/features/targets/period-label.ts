// A period named the way union documents name it: "Năm 2026", "6 tháng đầu năm 2026", "Quý I/2026".
import { describePeriod } from '../../../../shared/contracts/targets.ts';
import type { Dictionary } from '../../i18n/vi.ts';
import { formatDate } from '../../lib/format.ts';

export function periodLabel(t: Dictionary, start: string, end: string): string {
  const period = describePeriod(start, end);
  const labels = t.targets.periodLabel;
  switch (period.kind) {
    case 'year':
      return labels.year(period.year);
    case 'half':
      return labels.half(period.part, period.year);
    case 'quarter':
      return labels.quarter(period.part, period.year);
    case 'custom':
      return labels.custom(formatDate(start), formatDate(end));
  }
}
