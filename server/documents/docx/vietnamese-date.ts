// Dates as administrative documents write them: "Hà Nội, ngày 05 tháng 01 năm 2026" (Nghị định 30/2020 Điều 9:
// days below 10 and the months 1 and 2 take a leading zero, so no one can add a digit in front).

function parts(isoDate: string): { day: number; month: number; year: number } {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  if (!match) throw new Error(`not an ISO date: ${isoDate}`);
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

/** "ngày 17 tháng 12 năm 2025". */
export function longDateVi(isoDate: string): string {
  const { day, month, year } = parts(isoDate);
  const dd = day < 10 ? `0${day}` : String(day);
  const mm = month < 3 ? `0${month}` : String(month);
  return `ngày ${dd} tháng ${mm} năm ${year}`;
}

/** "Hà Nội, ngày 17 tháng 12 năm 2025". */
export function placeAndDateVi(place: string, isoDate: string): string {
  return `${place}, ${longDateVi(isoDate)}`;
}
