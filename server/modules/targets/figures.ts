// The checks every figure of a target or a report passes: a number, not negative, two decimals at most.
import { MAX_FIGURE } from '../../../shared/contracts/targets.ts';
import { formatViNumber, roundDecimal } from '../../../shared/format-number.ts';

/** What is wrong with a figure, in both languages, or null when it can be stored. */
export function figureProblem(value: number): { vi: string; en: string } | null {
  if (!Number.isFinite(value) || value < 0) return { vi: 'phải là số không âm', en: 'must be a number of 0 or more' };
  if (value > MAX_FIGURE) return { vi: `không được lớn hơn ${formatViNumber(MAX_FIGURE)}`, en: 'is too large' };
  if (Math.abs(roundDecimal(value, 2) - value) > 1e-9) {
    return { vi: 'chỉ được có tối đa 2 chữ số thập phân', en: 'may have at most 2 decimals' };
  }
  return null;
}

/** A unique index refused the row: another request stored the same target first. */
export function isUniqueViolation(error: unknown): boolean {
  const code = (value: unknown) => (value as { code?: string } | null)?.code;
  return code(error) === '23505' || code((error as { cause?: unknown } | null)?.cause) === '23505';
}
