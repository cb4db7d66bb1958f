// One recipient's history turned into lookups by year and code, built once, so that every clause is a few
// map reads and "suggest candidates" stays linear in the number of people.
import { disciplineLevels, ratings, studyResults } from '../../../../shared/contracts/emulation.ts';
import type { AchievementRecord, AwardRecord, MemberStats, RecipientHistory, RecipientProfile } from './history.ts';

export type RecipientIndex = {
  id: string;
  kind: RecipientHistory['kind'];
  unitId: string | undefined;
  profile: RecipientProfile;
  /** Rating rank (0 = not completed … 3 = excellent) by year. */
  ratings: ReadonlyMap<number, number>;
  /** Years each award code was held (revoked awards left out). */
  awardYears: ReadonlyMap<string, ReadonlySet<number>>;
  awards: readonly AwardRecord[];
  /** Achievements by the year they count for. */
  achievementsByYear: ReadonlyMap<number, readonly AchievementRecord[]>;
  /** Heaviest discipline rank by year. */
  disciplineRank: ReadonlyMap<number, number>;
  /** Days absent that do not count as working time, by year. */
  absentDays: ReadonlyMap<number, number>;
  /** Longest training in months and its result rank (-1 when unknown), by year. */
  trainings: ReadonlyMap<number, { months: number; resultRank: number }>;
  pledgeYears: ReadonlySet<number>;
  fineYears: ReadonlySet<number>;
  hiredOn: string | undefined;
  establishedOn: string | undefined;
  reorganisedOn: string | undefined;
  service: NonNullable<RecipientHistory['service']>;
  /** Judgment key → year → what people decided. */
  judgments: ReadonlyMap<string, ReadonlyMap<number, 'met' | 'not_met' | 'claimed'>>;
  clusterRanks: ReadonlyMap<number, number>;
  memberStats: ReadonlyMap<number, MemberStats>;
};

const ratingRank = new Map<string, number>(ratings.map((r, i) => [r, i]));
const disciplineRank = new Map<string, number>(disciplineLevels.map((d, i) => [d, i]));
const studyRank = new Map<string, number>(studyResults.map((s, i) => [s, i]));

// Most people have no absences, fines or trainings: one shared empty collection instead of a million.
const EMPTY_MAP: ReadonlyMap<never, never> = new Map<never, never>();
const EMPTY_SET: ReadonlySet<never> = new Set<never>();
const NO_SERVICE: NonNullable<RecipientHistory['service']> = [];

function mapOf<K, V>(entries: Iterable<readonly [K, V]>, merge?: (a: V, b: V) => V): ReadonlyMap<K, V> {
  let map: Map<K, V> | undefined;
  for (const [k, v] of entries) {
    map ??= new Map();
    const previous = map.get(k);
    map.set(k, previous !== undefined && merge ? merge(previous, v) : v);
  }
  return map ?? EMPTY_MAP;
}
const setOf = (values: readonly number[] | undefined): ReadonlySet<number> =>
  values && values.length > 0 ? new Set(values) : EMPTY_SET;

export function indexRecipient(history: RecipientHistory): RecipientIndex {
  const awards = (history.awards ?? []).filter((a) => !a.revoked);
  const awardYears = new Map<string, Set<number>>();
  for (const award of awards) {
    let years = awardYears.get(award.code);
    if (!years) awardYears.set(award.code, (years = new Set()));
    years.add(award.year);
  }
  const achievementsByYear = new Map<number, AchievementRecord[]>();
  for (const a of history.achievements ?? []) {
    const year = a.yearCounted ?? a.recognisedYear;
    const list = achievementsByYear.get(year);
    if (list) list.push(a);
    else achievementsByYear.set(year, [a]);
  }
  const judgments = new Map<string, Map<number, 'met' | 'not_met' | 'claimed'>>();
  for (const j of history.judgments ?? []) {
    let byYear = judgments.get(j.key);
    if (!byYear) judgments.set(j.key, (byYear = new Map()));
    byYear.set(j.year, j.outcome);
  }
  return {
    id: history.id,
    kind: history.kind,
    unitId: history.unitId,
    profile: history.profile ?? {},
    ratings: mapOf((history.ratings ?? []).map((r) => [r.year, ratingRank.get(r.rating) ?? 0] as const)),
    awardYears: awardYears.size > 0 ? awardYears : EMPTY_MAP,
    awards,
    achievementsByYear: achievementsByYear.size > 0 ? achievementsByYear : EMPTY_MAP,
    disciplineRank: mapOf(
      (history.disciplines ?? []).map((d) => [d.year, disciplineRank.get(d.level) ?? 0] as const),
      Math.max,
    ),
    absentDays: mapOf(
      (history.absences ?? []).map(
        (a) => [a.year, Math.max(0, a.days - (a.maternityDays ?? 0) - (a.certifiedInjuryDays ?? 0))] as const,
      ),
      (x, y) => x + y,
    ),
    trainings: mapOf(
      (history.trainings ?? []).map(
        (t) => [t.year, { months: t.months, resultRank: t.result ? (studyRank.get(t.result) ?? -1) : -1 }] as const,
      ),
      (x, y) => (y.months > x.months ? y : x),
    ),
    pledgeYears: setOf(history.pledgeYears),
    fineYears: setOf(history.fineYears),
    hiredOn: history.hiredOn,
    establishedOn: history.establishedOn,
    reorganisedOn: history.reorganisedOn,
    service: history.service ?? NO_SERVICE,
    judgments: judgments.size > 0 ? judgments : EMPTY_MAP,
    clusterRanks: mapOf(
      (history.clusterRanks ?? []).map((c) => [c.year, c.rank] as const),
      Math.min,
    ),
    memberStats: mapOf((history.memberStats ?? []).map((m) => [m.year, m] as const)),
  };
}

export { ratingRank, disciplineRank as disciplineRanks, studyRank };
