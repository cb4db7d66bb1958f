// Points on a score sheet: kept as numeric(7,2) strings, added up in hundredths so totals never drift,
// and checked against the criterion's maximum with the criterion named in the error.
import { formatViNumber } from '../../../shared/format-number.ts';
import { badRequest, type ErrorDetail } from '../../errors.ts';

/** '12.50' → 1250; null stays null. */
export function toHundredths(value: string | number | null): number | null {
  if (value === null) return null;
  return Math.round(Number(value) * 100);
}

export function fromHundredths(value: number): number {
  return value / 100;
}

export function toNumber(value: string | null): number | null {
  return value === null ? null : fromHundredths(toHundredths(value)!);
}

/** The value numeric(7,2) stores, or null. */
export function toStored(points: number | null): string | null {
  return points === null ? null : (Math.round(points * 100) / 100).toFixed(2);
}

/** Sum in hundredths of the given points; nulls count as nothing. */
export function sumPoints(values: readonly (string | number | null)[]): number {
  return fromHundredths(values.reduce<number>((sum, value) => sum + (toHundredths(value) ?? 0), 0));
}

export type CriterionLabel = { id: number; title: string; maxPoints: string; number: string };

/** What is wrong with `points` for the criterion, or null: between 0 and the maximum, at most two decimals. */
export function pointsProblem(criterion: CriterionLabel, points: number, field: string): ErrorDetail | null {
  const max = Number(criterion.maxPoints);
  const name = `${criterion.number}. ${criterion.title}`;
  const maxVi = formatViNumber(max);
  if (points < 0 || points > max) {
    return {
      field,
      message: `Điểm của tiêu chí “${name}” phải từ 0 đến ${maxVi}.`,
      messageEn: `The points for "${name}" must be between 0 and ${max}.`,
    };
  }
  if (Math.abs(points * 100 - Math.round(points * 100)) > 1e-6) {
    return {
      field,
      message: `Điểm của tiêu chí “${name}” chỉ được có tối đa 2 chữ số thập phân.`,
      messageEn: `The points for "${name}" may have at most two decimals.`,
    };
  }
  return null;
}

/** Throws one 400 listing every field at fault, the first one's message as the headline. */
export function throwIfProblems(code: string, problems: ErrorDetail[]): void {
  const first = problems[0];
  if (first) throw badRequest(code, first.message, first.messageEn, problems);
}

/** Whether two stored or given values are the same points (both absent counts as the same). */
export function samePoints(a: string | number | null, b: string | number | null): boolean {
  return toHundredths(a) === toHundredths(b);
}
