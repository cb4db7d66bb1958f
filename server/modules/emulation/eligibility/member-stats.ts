// A collective's member figures for one year, counted from its members' indexes (the database will later
// produce the same shape with one aggregate query).
import { disciplineLevels, ratings } from '../../../../shared/contracts/emulation.ts';
import type { MemberStats } from './history.ts';
import type { RecipientIndex } from './recipient-index.ts';
import type { Session } from './session.ts';

/** `codes` are the awards the collective's clauses ask about; a member holding one that counts as it is counted. */
export function summariseMembers(
  session: Session,
  members: readonly RecipientIndex[],
  year: number,
  codes: readonly string[],
): MemberStats {
  const stats: MemberStats = { year, members: members.length, ratedAtLeast: {}, awards: {}, disciplinedAtLeast: {} };
  const expanded = codes.map((code) => [code, session.expand([code])] as const);
  for (const m of members) {
    const rank = m.ratings.get(year);
    if (rank !== undefined) {
      for (let r = 0; r <= rank; r++) {
        const key = ratings[r] as (typeof ratings)[number];
        stats.ratedAtLeast[key] = (stats.ratedAtLeast[key] ?? 0) + 1;
      }
    }
    const discipline = m.disciplineRank.get(year);
    if (discipline !== undefined) {
      for (let d = 0; d <= discipline; d++) {
        const key = disciplineLevels[d] as (typeof disciplineLevels)[number];
        stats.disciplinedAtLeast[key] = (stats.disciplinedAtLeast[key] ?? 0) + 1;
      }
    }
    for (const [code, set] of expanded) {
      if ([...set].some((c) => m.awardYears.get(c)?.has(year))) stats.awards[code] = (stats.awards[code] ?? 0) + 1;
    }
  }
  return stats;
}
