// Vietnamese display formats in one place: dd/mm/yyyy dates, dot thousands, comma decimals.
import dayjs, { type Dayjs } from 'dayjs';

/** The date format of every date picker and date cell. */
export const DATE_FORMAT = 'DD/MM/YYYY';
/** The format of timestamps in tables (audit, sessions). */
export const DATE_TIME_FORMAT = 'DD/MM/YYYY HH:mm';
/** The format the API carries calendar dates in. */
export const API_DATE_FORMAT = 'YYYY-MM-DD';

/** '2020-09-24' or an ISO timestamp → '24/09/2020'; empty for nothing. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '';
  const date = dayjs(value);
  return date.isValid() ? date.format(DATE_FORMAT) : value;
}

/** ISO timestamp → '24/09/2020 14:05' in the browser's time zone. */
export function formatDateTime(value: string | null | undefined): string {
  if (!value) return '';
  const date = dayjs(value);
  return date.isValid() ? date.format(DATE_TIME_FORMAT) : value;
}

/** 12500000 → '12.500.000'; 151.37 → '151,37'. */
export function formatNumber(value: number, maximumFractionDigits = 2): string {
  return new Intl.NumberFormat('vi-VN', { maximumFractionDigits }).format(value);
}

/** 87.5 → '87,50%': a percentage with a fixed number of comma decimals. */
export function formatPercent(value: number, fractionDigits = 2): string {
  const number = new Intl.NumberFormat('vi-VN', {
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  }).format(value);
  return `${number}%`;
}

/** A picker value → 'YYYY-MM-DD' for the API, or undefined when empty. */
export function toApiDate(value: Dayjs | null | undefined): string | undefined {
  return value ? value.format(API_DATE_FORMAT) : undefined;
}

/** Today as the API writes it. */
export function todayApiDate(): string {
  return dayjs().format(API_DATE_FORMAT);
}
