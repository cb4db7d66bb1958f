// The council's arithmetic, pure: the threshold of a form (reference §5.3), the quorum, an item's verdict
// counted without its recused members, and the public posting window of 10 working days (§5.4).
import type { AwardType, ParameterValue } from '../../../shared/contracts/emulation.ts';
import type { Threshold, VoteDenominator } from '../../../shared/contracts/council.ts';
import type { CouncilSettings } from './council-settings.ts';

/** Shares are compared in ten-thousandths, as numeric(5,4) stores them, so 0.9 × 10 is exactly 9. */
const SCALE = 10_000;
const scaled = (share: number) => Math.round(share * SCALE);

export const GRASSROOTS_VOTE_PARAMETER = 'vote.grassroots.min_share';

/** "More than half of those present": what applies when no figure is configured, and the minutes say so. */
const MAJORITY_OF_PRESENT: Threshold = {
  share: 0.5,
  strict: true,
  denominator: 'of_present',
  basis: 'majority_of_present',
  parameterKey: null,
};

/**
 * The form's own council vote from the catalogue (CSTĐ Bộ/ngành/tỉnh, CSTĐ toàn quốc, Anh hùng: ≥ 90% of all
 * members, NĐ 91/2017 Điều 45.8), else at the grassroots the `vote.grassroots.min_share` parameter (no legal
 * figure: unset by default), else more than half of the members present.
 */
export function thresholdFor(
  type: Pick<AwardType, 'councilVote' | 'level'> | undefined,
  value: (key: string) => ParameterValue | undefined,
  settings: CouncilSettings,
): Threshold {
  const vote = type?.councilVote;
  if (vote) {
    const key = typeof vote.minShare === 'number' ? null : vote.minShare.param;
    const share = key === null ? vote.minShare : value(key);
    if (typeof share === 'number') {
      const denominator: VoteDenominator = vote.denominator === 'present' ? 'of_present' : 'of_total_members';
      return { share, strict: vote.strict, denominator, basis: 'catalogue', parameterKey: key };
    }
    return MAJORITY_OF_PRESENT;
  }
  if (type?.level === 'grassroots') {
    const share = value(GRASSROOTS_VOTE_PARAMETER);
    if (typeof share === 'number') {
      return {
        share,
        strict: false,
        denominator: settings.grassrootsDenominator,
        basis: 'grassroots_parameter',
        parameterKey: GRASSROOTS_VOTE_PARAMETER,
      };
    }
  }
  return MAJORITY_OF_PRESENT;
}

/** The fewest members present that exceed `share` of `members`. */
export function quorumRequired(members: number, share: number): number {
  return Math.floor((scaled(share) * members) / SCALE) + 1;
}

export function hasQuorum(present: number, members: number, share: number): boolean {
  return members > 0 && present * SCALE > scaled(share) * members;
}

export type ItemCount = {
  threshold: Threshold;
  yes: number;
  /** The whole council, and those present; recused members are taken out of both. */
  members: number;
  present: number;
  recused: number;
  recusedPresent: number;
  /**
   * Absent members whose written ballot was entered, and those of them recused from the item: they take part in
   * the vote (so count among "those voting" where the share is of the members present) but not in the quorum.
   */
  written?: number;
  recusedWritten?: number;
  quorumShare: number;
};

export type ItemVerdict = {
  eligibleVoters: number;
  passed: boolean;
  reason: 'passed' | 'no_quorum' | 'below_threshold';
};

/** Whether an item passes: the quorum and the threshold both counted without the item's recused members. */
export function judgeItem(count: ItemCount): ItemVerdict {
  const members = count.members - count.recused;
  const present = count.present - count.recusedPresent;
  const voting = present + (count.written ?? 0) - (count.recusedWritten ?? 0);
  const eligibleVoters = count.threshold.denominator === 'of_total_members' ? members : voting;
  if (!hasQuorum(present, members, count.quorumShare)) return { eligibleVoters, passed: false, reason: 'no_quorum' };
  const need = scaled(count.threshold.share) * eligibleVoters;
  const got = count.yes * SCALE;
  const passed = eligibleVoters > 0 && (count.threshold.strict ? got > need : got >= need);
  return { eligibleVoters, passed, reason: passed ? 'passed' : 'below_threshold' };
}

/** The smallest number of yes votes that passes, for the screens and the minutes. */
export function yesVotesNeeded(threshold: Threshold, eligibleVoters: number): number {
  const need = scaled(threshold.share) * eligibleVoters;
  return threshold.strict ? Math.floor(need / SCALE) + 1 : Math.ceil(need / SCALE);
}

const isWorkingDay = (date: Date) => date.getUTCDay() !== 0 && date.getUTCDay() !== 6;
const iso = (date: Date) => date.toISOString().slice(0, 10);

/**
 * The public posting after a meeting closed on `closedOn`: from the next day until the end of its tenth working
 * day (reference §5.4, "ít nhất 10 ngày làm việc"). Saturdays and Sundays are skipped; public holidays are not
 * known to the system, so a window over Tết should be lengthened by hand.
 */
export function postingWindow(closedOn: string, workingDays = 10): { postingFrom: string; postingUntil: string } {
  const day = new Date(`${closedOn}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 1);
  const postingFrom = iso(day);
  let counted = isWorkingDay(day) ? 1 : 0;
  while (counted < workingDays) {
    day.setUTCDate(day.getUTCDate() + 1);
    if (isWorkingDay(day)) counted += 1;
  }
  return { postingFrom, postingUntil: iso(day) };
}
