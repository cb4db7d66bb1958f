// Calendar dates as whole days since 1970-01-01 (UTC): cheap to add and compare in loops over a million people.

const MS_PER_DAY = 86_400_000;

export function toDay(isoDate: string): number {
  return (
    Date.UTC(Number(isoDate.slice(0, 4)), Number(isoDate.slice(5, 7)) - 1, Number(isoDate.slice(8, 10))) / MS_PER_DAY
  );
}

// A million people have a few tens of thousands of distinct dates: each is formatted once.
const formatted = new Map<number, string>();

export function isoDay(day: number): string {
  let text = formatted.get(day);
  if (text === undefined) {
    text = new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
    formatted.set(day, text);
  }
  return text;
}

export function yearOf(day: number): number {
  return Number(isoDay(day).slice(0, 4));
}

export const DAYS_PER_YEAR = 365.25;
