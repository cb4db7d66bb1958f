// Vietnamese number format written out by hand (dot thousands, comma decimals), so the server's documents
// and the screens print the same digits whatever locale data the runtime carries.

/** Moves the decimal point through the string form, so rounding does not meet binary fractions (1.005). */
function shift(value: number, places: number): number {
  const [mantissa, exponent = '0'] = String(value).split('e');
  return Number(`${mantissa}e${Number(exponent) + places}`);
}

/** Rounds half away from zero at `digits` decimals: 151.365 → 151.37, 1.005 → 1.01. */
export function roundDecimal(value: number, digits = 2): number {
  if (!Number.isFinite(value)) return value;
  return Math.sign(value) * shift(Math.round(shift(Math.abs(value), digits)), -digits);
}

/** 2876 → '2.876'; 151.3684 → '151,37'; 12500000 → '12.500.000'; fraction digits between min and max. */
export function formatViNumber(
  value: number,
  options: { minFractionDigits?: number; maxFractionDigits?: number } = {},
) {
  const max = options.maxFractionDigits ?? 2;
  const min = Math.min(options.minFractionDigits ?? 0, max);
  const rounded = roundDecimal(value, max);
  const [whole = '0', fraction = ''] = Math.abs(rounded).toFixed(max).split('.');
  let decimals = fraction;
  while (decimals.length > min && decimals.endsWith('0')) decimals = decimals.slice(0, -1);
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const sign = rounded < 0 ? '-' : '';
  return `${sign}${grouped}${decimals ? `,${decimals}` : ''}`;
}

/** 151.3684 → '151,37%': always two decimals, as union reports print rates. */
export function formatViPercent(value: number, digits = 2): string {
  return `${formatViNumber(value, { minFractionDigits: digits, maxFractionDigits: digits })}%`;
}

/** Achieved over target in percent, rounded to two decimals; null when there is no target to divide by. */
export function achievementRate(achieved: number, target: number | null): number | null {
  if (target === null || target <= 0) return null;
  return roundDecimal((achieved / target) * 100, 2);
}

/**
 * The way union reports write an achievement: '2.876/1.900 — đạt 151,37%'. Without a target (or with a
 * target of 0) only the achieved figure; `word` lets the English screens say 'achieved'.
 */
export function formatAchievement(achieved: number, target: number | null, word = 'đạt'): string {
  const rate = achievementRate(achieved, target);
  if (target === null) return formatViNumber(achieved);
  const figures = `${formatViNumber(achieved)}/${formatViNumber(target)}`;
  return rate === null ? figures : `${figures} — ${word} ${formatViPercent(rate)}`;
}
