// The score sheet as printed: groups in order, each followed by its criteria, numbered "1", "1.2", with
// group sums and the totals. Pure, so the screens and the ranking add up the same way.
import type { ScoreChange, SheetRow } from '../../../shared/contracts/movement-scores.ts';
import type { CriterionRow } from './scoring-movement.ts';
import { sumPoints, toNumber } from './sheet-points.ts';

export type ScoreRow = {
  criterionId: number;
  selfPoints: string | null;
  selfNote: string | null;
  reviewedPoints: string | null;
  reviewNote: string | null;
  evidence: { id: number; fileName: string; byteSize: number } | null;
};

/** Criteria in display order (a group, then its children) with their printed numbers. */
export function orderCriteria(
  criteria: CriterionRow[],
): { criterion: CriterionRow; number: string; isGroup: boolean }[] {
  const byPosition = [...criteria].sort((a, b) => a.position - b.position);
  const childrenOf = new Map<number, CriterionRow[]>();
  for (const criterion of byPosition) {
    if (criterion.parentId === null) continue;
    childrenOf.set(criterion.parentId, [...(childrenOf.get(criterion.parentId) ?? []), criterion]);
  }
  const ordered: { criterion: CriterionRow; number: string; isGroup: boolean }[] = [];
  byPosition
    .filter((criterion) => criterion.parentId === null)
    .forEach((top, index) => {
      const children = childrenOf.get(top.id) ?? [];
      ordered.push({ criterion: top, number: String(index + 1), isGroup: children.length > 0 });
      children.forEach((child, childIndex) =>
        ordered.push({ criterion: child, number: `${index + 1}.${childIndex + 1}`, isGroup: false }),
      );
    });
  return ordered;
}

/** The printed number of each criterion, for error messages that name it. */
export function criterionNumbers(criteria: CriterionRow[]): Map<number, string> {
  return new Map(orderCriteria(criteria).map((entry) => [entry.criterion.id, entry.number]));
}

const finalOf = (score: ScoreRow | undefined) => score?.reviewedPoints ?? score?.selfPoints ?? null;

/** The rows of the sheet and its totals; `finalTotal` only when the sheet has been reviewed. */
export function buildSheetRows(
  criteria: CriterionRow[],
  scores: ScoreRow[],
  changes: Map<number, ScoreChange[]>,
  reviewed: boolean,
) {
  const scoreOf = new Map(scores.map((score) => [score.criterionId, score]));
  const ordered = orderCriteria(criteria);
  const leaves = ordered.filter((entry) => !entry.isGroup);
  const childrenScores = (groupId: number) =>
    leaves.filter((entry) => entry.criterion.parentId === groupId).map((entry) => scoreOf.get(entry.criterion.id));
  const rows: SheetRow[] = ordered.map(({ criterion, number, isGroup }) => {
    const base = {
      criterionId: criterion.id,
      parentId: criterion.parentId,
      isGroup,
      number,
      title: criterion.title,
      maxPoints: Number(criterion.maxPoints),
      scale: criterion.scale,
      evidenceRequired: criterion.evidenceRequired,
    };
    if (isGroup) {
      const children = childrenScores(criterion.id);
      const anyReviewed = children.some((score) => (score?.reviewedPoints ?? null) !== null);
      return {
        ...base,
        selfPoints: sumPoints(children.map((score) => score?.selfPoints ?? null)),
        selfNote: null,
        evidence: null,
        reviewedPoints: anyReviewed ? sumPoints(children.map((score) => score?.reviewedPoints ?? null)) : null,
        reviewNote: null,
        finalPoints: sumPoints(children.map(finalOf)),
        changes: [],
      };
    }
    const score = scoreOf.get(criterion.id);
    return {
      ...base,
      selfPoints: toNumber(score?.selfPoints ?? null),
      selfNote: score?.selfNote ?? null,
      evidence: score?.evidence ?? null,
      reviewedPoints: toNumber(score?.reviewedPoints ?? null),
      reviewNote: score?.reviewNote ?? null,
      finalPoints: toNumber(finalOf(score)),
      changes: changes.get(criterion.id) ?? [],
    };
  });
  const leafScores = leaves.map((entry) => scoreOf.get(entry.criterion.id));
  return {
    rows,
    maxTotal: sumPoints(leaves.map((entry) => entry.criterion.maxPoints)),
    selfTotal: sumPoints(leafScores.map((score) => score?.selfPoints ?? null)),
    finalTotal: reviewed ? sumPoints(leafScores.map(finalOf)) : null,
  };
}
