// Clauses of collectives: shares and counts of their members in the year, and their rank in a cluster.
import type { Clause, DisciplineLevel, Rating } from '../../../../../shared/contracts/emulation.ts';
import { percentEn, percentVi } from '../format.ts';
import type { MemberStats } from '../history.ts';
import { disciplineLabels } from '../labels.ts';
import { type Env, type Node, awardNames, leaf, paramKeyOf, unsetNode } from '../node.ts';
import { ratingNeed } from './ratings.ts';

type MemberStatClause = Extract<Clause, { kind: 'member_stat' }>;
const opVi = { gte: 'từ', gt: 'trên', lte: 'không quá' } as const;
const opEn = { gte: 'at least', gt: 'more than', lte: 'at most' } as const;

function subject(
  clause: MemberStatClause,
  env: Env,
): { count: (s: MemberStats) => number; vi: string; en: string } | string {
  const s = clause.subject;
  if ('award' in s) {
    const codes = env.session.codes(s.award);
    if (!codes) return paramKeyOf(s.award) ?? '';
    const code = codes[0] as string;
    const [vi, en] = awardNames(env, [code]);
    return { count: (stats) => stats.awards[code] ?? 0, vi: `đạt ${vi}`, en: `holding ${en}` };
  }
  if ('ratingAtLeast' in s) {
    const [vi, en] = ratingNeed(s.ratingAtLeast as Rating);
    return { count: (stats) => stats.ratedAtLeast[s.ratingAtLeast] ?? 0, vi: `xếp loại ${vi}`, en: `rated ${en}` };
  }
  const level =
    typeof s.disciplineAtLeast === 'string'
      ? s.disciplineAtLeast
      : (env.session.value(s.disciplineAtLeast) as DisciplineLevel | null);
  if (!level) return paramKeyOf(s.disciplineAtLeast) ?? '';
  const label = disciplineLabels[level];
  return {
    count: (stats) => stats.disciplinedAtLeast[level] ?? 0,
    vi: `bị kỷ luật từ ${label.vi} trở lên`,
    en: `disciplined at ${label.en} or above`,
  };
}

export function evaluateMemberStat(clause: MemberStatClause, env: Env): Node {
  const value = env.session.number(clause.value);
  if (value === null) return unsetNode(env, clause, paramKeyOf(clause.value) ?? '');
  const subj = subject(clause, env);
  if (typeof subj === 'string') return unsetNode(env, clause, subj);
  const stats = env.idx.memberStats.get(env.year);
  if (!stats) {
    return leaf(
      env,
      clause,
      'review',
      'member_stat.no_data',
      () => [`Chưa có số liệu thành viên năm ${env.year}`, `No member figures for ${env.year}`],
      { cause: 'missing_data' },
    );
  }
  const count = subj.count(stats);
  const measured = clause.measure === 'share' ? (stats.members > 0 ? count / stats.members : 0) : count;
  const eps = 1e-9;
  const ok =
    clause.op === 'gte'
      ? measured >= value - eps
      : clause.op === 'gt'
        ? measured > value + eps
        : measured <= value + eps;
  const key = ok ? 'member_stat.met' : 'member_stat.not_met';
  if (clause.measure === 'share') {
    return leaf(env, clause, ok ? 'met' : 'not_met', key, () => [
      `Tỷ lệ thành viên ${subj.vi} năm ${env.year}: ${percentVi(measured)} (${count}/${stats.members})${ok ? '' : `; cần ${opVi[clause.op]} ${percentVi(value)}`}`,
      `Share of members ${subj.en} in ${env.year}: ${percentEn(measured)} (${count}/${stats.members})${ok ? '' : `; needs ${opEn[clause.op]} ${percentEn(value)}`}`,
    ]);
  }
  if (clause.op === 'lte' && value === 0) {
    return leaf(env, clause, ok ? 'met' : 'not_met', key, () =>
      ok
        ? [`Không có thành viên ${subj.vi} năm ${env.year}`, `No member ${subj.en} in ${env.year}`]
        : [
            `Có ${count} thành viên ${subj.vi} năm ${env.year}; yêu cầu không có`,
            `${count} member(s) ${subj.en} in ${env.year}; none allowed`,
          ],
    );
  }
  return leaf(env, clause, ok ? 'met' : 'not_met', key, () =>
    !ok && count === 0 && clause.op === 'gte' && value === 1
      ? [`Chưa có thành viên ${subj.vi} năm ${env.year}`, `No member ${subj.en} in ${env.year}`]
      : [
          `Số thành viên ${subj.vi} năm ${env.year}: ${count}${ok ? '' : `; cần ${opVi[clause.op]} ${value}`}`,
          `Members ${subj.en} in ${env.year}: ${count}${ok ? '' : `; needs ${opEn[clause.op]} ${value}`}`,
        ],
  );
}

export function evaluateClusterRank(clause: Extract<Clause, { kind: 'cluster_rank' }>, env: Env): Node {
  const max = env.session.number(clause.maxRank);
  if (max === null) return unsetNode(env, clause, paramKeyOf(clause.maxRank) ?? '');
  const rank = env.idx.clusterRanks.get(env.year);
  const needVi = max === 1 ? 'dẫn đầu' : `trong ${max} vị trí đầu`;
  const needEn = max === 1 ? 'first place' : `top ${max}`;
  if (rank === undefined) {
    return leaf(env, clause, 'not_met', 'cluster_rank.missing', () => [
      `Chưa có kết quả xếp hạng trong cụm, khối thi đua năm ${env.year}; cần ${needVi}`,
      `No cluster ranking for ${env.year}; needs ${needEn}`,
    ]);
  }
  const ok = rank <= max;
  return leaf(env, clause, ok ? 'met' : 'not_met', ok ? 'cluster_rank.met' : 'cluster_rank.too_low', () => [
    `Xếp thứ ${rank} trong cụm, khối thi đua năm ${env.year}${ok ? '' : `; cần ${needVi}`}`,
    `Ranked ${rank} in the cluster in ${env.year}${ok ? '' : `; needs ${needEn}`}`,
  ]);
}
