// Checks the scores a request brings before anything is written: each for a scored criterion of the movement,
// once, with points in range; and the reason each change of a given score needs.
import { formatViNumber } from '../../../shared/format-number.ts';
import type { ErrorDetail } from '../../errors.ts';
import type { OpenSheet } from './sheet-write.ts';
import { pointsProblem, throwIfProblems, toNumber } from './sheet-points.ts';

type ScoreInput = { criterionId: number; points: number | null; reason?: string | undefined };

/** Every item names a criterion that is scored (not a group) in this movement, once, with valid points. */
export function checkScoreInputs(open: OpenSheet, scores: readonly ScoreInput[]): void {
  const leaves = new Map(open.leaves.map((leaf) => [leaf.id, leaf]));
  const seen = new Set<number>();
  const problems: ErrorDetail[] = [];
  scores.forEach((item, index) => {
    const field = `body.scores.${index}`;
    const criterion = leaves.get(item.criterionId);
    if (!criterion) {
      problems.push({
        field: `${field}.criterionId`,
        message: 'Tiêu chí không thuộc bảng điểm của phong trào, hoặc là nhóm tiêu chí (không chấm trực tiếp).',
        messageEn: 'Not a scored criterion of this movement.',
      });
      return;
    }
    if (seen.has(item.criterionId)) {
      problems.push({
        field: `${field}.criterionId`,
        message: 'Một tiêu chí được gửi hai lần.',
        messageEn: 'A criterion was sent twice.',
      });
    }
    seen.add(item.criterionId);
    if (item.points !== null) {
      const label = { ...criterion, number: open.numbers.get(criterion.id) ?? '' };
      const problem = pointsProblem(label, item.points, `${field}.points`);
      if (problem) problems.push(problem);
    }
  });
  throwIfProblems('scoring.invalid_scores', problems);
}

const shown = (points: string | number | null) =>
  points === null ? 'chưa chấm' : formatViNumber(typeof points === 'number' ? points : toNumber(points)!);

/** The 400 detail for a change that came without its reason, naming the criterion and the change. */
export function missingReason(
  open: OpenSheet,
  index: number,
  criterionId: number,
  before: string | null,
  after: number | null,
): ErrorDetail {
  const criterion = open.leaves.find((leaf) => leaf.id === criterionId)!;
  const name = `${open.numbers.get(criterionId)}. ${criterion.title}`;
  return {
    field: `body.scores.${index}.reason`,
    message: `Cần nêu lý do thay đổi điểm tiêu chí “${name}” (từ ${shown(before)} thành ${shown(after)}).`,
    messageEn: `A reason is needed to change the points for "${name}" (${before ?? 'none'} → ${after ?? 'none'}).`,
  };
}
