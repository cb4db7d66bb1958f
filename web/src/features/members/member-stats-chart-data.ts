// Turns the server's {key, count} breakdowns into labelled chart rows with their share of the total.
import { sectorLabels, type Sector } from '../../../../shared/enums.ts';
import {
  genderLabels,
  qualificationLabels,
  type Gender,
  type Qualification,
} from '../../../../shared/members-enums.ts';
import type { MemberStats } from '../../../../shared/contracts/members.ts';
import type { I18n } from '../../i18n/i18n-context.ts';

/** One slice or bar: a label in the user's language, the count and its percent of the breakdown's total. */
export interface ChartDatum {
  key: string;
  name: string;
  count: number;
  share: number;
}

type Counts = MemberStats['byGender'];

/** The age bands youngest first, unknown last, whatever order the server sends. */
const AGE_BAND_ORDER = ['under_30', '30_39', '40_49', '50_59', '60_over', 'unknown'];
/** How many ethnic groups get a bar of their own; the rest are summed as "Khác". */
const TOP_ETHNIC_GROUPS = 5;

function withShares(rows: { key: string; name: string; count: number }[]): ChartDatum[] {
  const total = rows.reduce((sum, row) => sum + row.count, 0);
  return rows
    .filter((row) => row.count > 0)
    .map((row) => ({ ...row, share: total > 0 ? (row.count / total) * 100 : 0 }));
}

/** The five breakdowns of the screen, labelled; an empty array means nothing to draw. */
export function toChartData(stats: MemberStats, { t, pick }: Pick<I18n, 't' | 'pick'>) {
  const s = t.members.stats;
  const label = <T extends string>(labels: Record<T, { vi: string; en: string }>) => {
    return (key: string) => (key in labels ? pick(labels[key as T]) : s.unknown);
  };
  const rows = (counts: Counts, name: (key: string) => string) =>
    counts.map(({ key, count }) => ({ key, name: name(key), count }));

  const byAge = [...stats.byAgeBand].sort((a, b) => AGE_BAND_ORDER.indexOf(a.key) - AGE_BAND_ORDER.indexOf(b.key));
  const byEthnicity = [...stats.byEthnicity].sort((a, b) => b.count - a.count);
  const shown = byEthnicity.length > TOP_ETHNIC_GROUPS + 1 ? byEthnicity.slice(0, TOP_ETHNIC_GROUPS) : byEthnicity;
  const rest = byEthnicity.slice(shown.length).reduce((sum, row) => sum + row.count, 0);

  return {
    gender: withShares(rows(stats.byGender, label<Gender>(genderLabels))),
    ageBand: withShares(rows(byAge, (key) => s.ageBands[key as keyof typeof s.ageBands] ?? s.unknown)),
    qualification: withShares(
      rows(
        [...stats.byQualification].sort((a, b) => b.count - a.count),
        label<Qualification>(qualificationLabels),
      ),
    ),
    sector: withShares(rows(stats.bySector, label<Sector>(sectorLabels))),
    ethnicity: withShares([
      ...rows(shown, (key) => (key === 'unknown' ? s.unknown : key)),
      ...(rest > 0 ? [{ key: 'other', name: s.other, count: rest }] : []),
    ]),
  };
}
