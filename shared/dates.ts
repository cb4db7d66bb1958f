// Calendar dates as Vietnam lives them: 'today' is the date in Asia/Ho_Chi_Minh, whatever the server's zone.

const vietnamDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Ho_Chi_Minh',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** 'YYYY-MM-DD' of the given instant in Vietnam. */
export function vietnamToday(now: Date = new Date()): string {
  return vietnamDate.format(now);
}

/** '2020-09-24' → '24/09/2020'. */
export function formatDateVi(isoDate: string): string {
  const [year, month, day] = isoDate.slice(0, 10).split('-');
  return `${day}/${month}/${year}`;
}
