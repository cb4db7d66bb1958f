// Conditions only people can decide ("nội bộ đoàn kết", "thành tích xuất sắc tiêu biểu"): read what was recorded
// for the year, else wait for the council, or (for a route that must be claimed) count as absent.
import type { Clause } from '../../../../../shared/contracts/emulation.ts';
import { type Env, type Node, leaf } from '../node.ts';

type JudgmentKey =
  'judgment.confirmed' | 'judgment.rejected' | 'judgment.claimed' | 'judgment.pending' | 'judgment.not_claimed';

export function evaluateJudgment(clause: Extract<Clause, { kind: 'judgment' }>, env: Env): Node {
  const recorded = env.idx.judgments.get(clause.key)?.get(env.year);
  const outcome =
    recorded === 'met'
      ? 'met'
      : recorded === 'not_met'
        ? 'not_met'
        : recorded === 'claimed'
          ? 'review'
          : clause.ifUnrecorded;
  const key: JudgmentKey =
    recorded === 'met'
      ? 'judgment.confirmed'
      : recorded === 'not_met'
        ? 'judgment.rejected'
        : recorded === 'claimed'
          ? 'judgment.claimed'
          : clause.ifUnrecorded === 'review'
            ? 'judgment.pending'
            : 'judgment.not_claimed';
  return leaf(env, clause, outcome, key, () => {
    const [vi, en] = said[key];
    return [`${clause.textVi}: ${vi}`, `${clause.textEn}: ${en}`];
  });
}

const said: Record<JudgmentKey, [string, string]> = {
  'judgment.confirmed': ['đã được xác nhận', 'confirmed'],
  'judgment.rejected': ['không đạt', 'not met'],
  'judgment.claimed': ['hồ sơ có nêu, chờ Hội đồng xem xét', 'claimed, awaiting the council'],
  'judgment.pending': ['chờ đánh giá', 'awaiting assessment'],
  'judgment.not_claimed': ['không có trong hồ sơ', 'not claimed'],
};
