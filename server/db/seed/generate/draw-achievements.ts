// A generated member's years of achievement: the annual rating (with absences and the odd discipline), the titles
// and commendations of the years already decided, and the initiatives they led. Each person has a steady tier, so
// the excellent, the CSTĐCS streaks and the initiatives gather on the same people, as they do in a real hospital.
import type { DisciplineLevel, Rating } from '../../../../shared/contracts/emulation.ts';
import { toDay } from './days.ts';
import type { MembershipPeriod } from './draw-history.ts';
import type { Random } from './random.ts';

export const FIRST_YEAR = 2021;
/** Ratings are recorded up to this year… */
export const LAST_RATED_YEAR = 2025;
/**
 * …and titles decided up to the year before, except the last year's Lao động tiên tiến: units decide it first, and
 * choose their Chiến sĩ thi đua cơ sở among its holders next, which is when "suggest candidates" is used.
 */
export const LAST_AWARDED_YEAR = 2024;

export type Tier = 'star' | 'solid' | 'weak';
export type DrawnYear = {
  year: number;
  /** The unit of the person's latest membership of the year. */
  unitId: number;
  rating: Rating;
  daysAbsent: number | null;
  discipline: DisciplineLevel | null;
  /** Award codes of the year, only LĐTT after LAST_AWARDED_YEAR. */
  awards: string[];
  /** Led an initiative recognised (or not) this year. */
  leadsInitiative: boolean;
};

const TIERS: [Tier, number][] = [
  ['star', 0.12],
  ['solid', 0.78],
  ['weak', 0.1],
];
// [excellent, good, completed] cut-offs per tier; the rest is "không hoàn thành".
const RATING_ODDS: Record<Tier, [number, number, number]> = {
  star: [0.6, 0.98, 0.995],
  solid: [0.1, 0.93, 0.99],
  weak: [0.02, 0.45, 0.88],
};
// About one member-year in five leads an initiative: the hospitals' reports count them by the thousand, and the
// 2017–2024 rules made one the way to Chiến sĩ thi đua cơ sở.
const INITIATIVE_ODDS: Record<Tier, number> = { star: 0.5, solid: 0.165, weak: 0.04 };
// The unit head's Giấy khen at the annual review, for a share of the Lao động tiên tiến who are not CSTĐCS.
const GIAY_KHEN_ODDS = 0.3;

function drawTier(random: Random): Tier {
  let roll = random.next();
  for (const [tier, share] of TIERS) if ((roll -= share) < 0) return tier;
  return 'solid';
}

function drawRating(random: Random, tier: Tier): Rating {
  const roll = random.next();
  const [excellent, good, completed] = RATING_ODDS[tier];
  return roll < excellent ? 'excellent' : roll < good ? 'good' : roll < completed ? 'completed' : 'not_completed';
}

/** Half days; most rows have none recorded, a few a long absence. */
function drawAbsence(random: Random): number | null {
  if (!random.chance(0.25)) return null;
  if (random.chance(0.04)) return random.int(60, 120) / 2;
  return random.int(0, 20) / 2;
}

const yearStart = (year: number) => toDay(`${year}-01-01`);
const yearEnd = (year: number) => toDay(`${year}-12-31`);

/** The unit of the latest membership period touching the year, or null when the person was no member then. */
export function unitInYear(memberships: readonly MembershipPeriod[], year: number): number | null {
  const from = yearStart(year);
  const to = yearEnd(year);
  let best: MembershipPeriod | null = null;
  for (const m of memberships) {
    if (m.validFrom > to || (m.validTo !== null && m.validTo < from)) continue;
    if (!best || m.validFrom >= best.validFrom) best = m;
  }
  return best ? best.unitId : null;
}

export function drawAchievementYears(random: Random, memberships: readonly MembershipPeriod[]): DrawnYear[] {
  const tier = drawTier(random);
  const years: DrawnYear[] = [];
  let cstdcsStreak = 0;
  for (let year = FIRST_YEAR; year <= LAST_RATED_YEAR; year++) {
    const unitId = unitInYear(memberships, year);
    if (unitId === null) {
      cstdcsStreak = 0;
      continue;
    }
    const discipline: DisciplineLevel | null = random.chance(0.004)
      ? random.chance(0.7)
        ? 'reprimand'
        : random.chance(0.85)
          ? 'warning'
          : 'salary_reduction'
      : null;
    let rating = drawRating(random, tier);
    // A disciplined person is not rated above "hoàn thành nhiệm vụ" that year.
    if (discipline && (rating === 'excellent' || rating === 'good')) rating = 'completed';
    const leadsInitiative = random.chance(INITIATIVE_ODDS[tier]);
    const awards: string[] = [];
    if ((rating === 'excellent' || rating === 'good') && random.chance(0.92)) {
      awards.push('LDTT');
      if (year > LAST_AWARDED_YEAR) {
        years.push({ year, unitId, rating, daysAbsent: drawAbsence(random), discipline, awards, leadsInitiative });
        continue;
      }
      // Old law (to 2023): CSTĐCS needs an initiative; from 2024 an excellent rating also qualifies.
      const route = leadsInitiative || (rating === 'excellent' && (year >= 2024 || random.chance(0.5)));
      if (route && random.chance(0.55)) {
        awards.push('CSTDCS');
        cstdcsStreak++;
        if (cstdcsStreak >= 3 && random.chance(0.25)) awards.push('BK_BYT');
        else if (cstdcsStreak >= 2 && random.chance(0.2)) awards.push('BK_CDYTVN');
      } else {
        cstdcsStreak = 0;
        if (random.chance(GIAY_KHEN_ODDS)) awards.push('GK_THU_TRUONG');
      }
    } else cstdcsStreak = 0;
    years.push({ year, unitId, rating, daysAbsent: drawAbsence(random), discipline, awards, leadsInitiative });
  }
  return years;
}

/** Authors' shares in whole percent, largest first, summing to 100. */
export function drawShares(random: Random, authors: number): number[] {
  if (authors <= 1) return [100];
  const shares: number[] = [];
  let left = 100;
  for (let i = 0; i < authors - 1; i++) {
    const fair = left / (authors - i);
    const share = Math.max(5, Math.min(left - 5 * (authors - i - 1), Math.round(fair * (1 + random.next()))));
    shares.push(share);
    left -= share;
  }
  shares.push(left);
  return shares.sort((a, b) => b - a);
}
