// The unsaved edits of a score sheet: what the screen shows (edits over the saved values, with live group
// sums and totals), what a save sends, and which criteria change points already given (they need a reason).
import { useMemo, useState } from 'react';
import type {
  ReviewScoresBody,
  ScoreSheet,
  SelfScoresBody,
  SheetRow,
} from '../../../../shared/contracts/movement-scores.ts';

export type EvidenceFile = { id: number; fileName: string; byteSize: number };
export type SelfEdit = { points?: number | null; note?: string | null; evidence?: EvidenceFile | null };
export type ReviewEdit = { points?: number | null; note?: string | null };

/** A row with the edits applied; groups add up their criteria. */
export type ShownRow = SheetRow & { dirty: boolean };

const cents = (value: number | null) => (value === null ? 0 : Math.round(value * 100));
const sum = (values: (number | null)[]) => values.reduce<number>((total, value) => total + cents(value), 0) / 100;

export function useSheetEdits(sheet: ScoreSheet | undefined) {
  const [self, setSelf] = useState<Record<number, SelfEdit>>({});
  const [review, setReview] = useState<Record<number, ReviewEdit>>({});

  const shown = useMemo(() => {
    if (!sheet) return { rows: [] as ShownRow[], selfTotal: 0, finalTotal: 0 };
    const leaves: ShownRow[] = sheet.rows.map((row) => {
      if (row.isGroup) return { ...row, dirty: false };
      const s = self[row.criterionId] ?? {};
      const r = review[row.criterionId] ?? {};
      const selfPoints = s.points !== undefined ? s.points : row.selfPoints;
      const reviewedPoints = r.points !== undefined ? r.points : row.reviewedPoints;
      return {
        ...row,
        selfPoints,
        selfNote: s.note !== undefined ? s.note : row.selfNote,
        evidence: s.evidence !== undefined ? s.evidence : row.evidence,
        reviewedPoints,
        reviewNote: r.note !== undefined ? r.note : row.reviewNote,
        finalPoints: reviewedPoints ?? selfPoints,
        dirty: row.criterionId in self || row.criterionId in review,
      };
    });
    const rows = leaves.map((row) => {
      if (!row.isGroup) return row;
      const children = leaves.filter((child) => child.parentId === row.criterionId);
      return {
        ...row,
        selfPoints: sum(children.map((child) => child.selfPoints)),
        reviewedPoints: children.some((child) => child.reviewedPoints !== null)
          ? sum(children.map((child) => child.reviewedPoints))
          : null,
        finalPoints: sum(children.map((child) => child.finalPoints)),
      };
    });
    const scored = rows.filter((row) => !row.isGroup);
    return {
      rows,
      selfTotal: sum(scored.map((row) => row.selfPoints)),
      finalTotal: sum(scored.map((row) => row.finalPoints)),
    };
  }, [sheet, self, review]);

  const rowOf = (criterionId: number) => sheet!.rows.find((row) => row.criterionId === criterionId)!;

  /** The self-assessment body, and the criteria whose given points change (each needs the reason). */
  const selfChanges = () => {
    const scores: SelfScoresBody['scores'] = Object.entries(self).map(([id, edit]) => {
      const row = rowOf(Number(id));
      return {
        criterionId: row.criterionId,
        points: edit.points !== undefined ? edit.points : row.selfPoints,
        ...(edit.note !== undefined ? { note: edit.note } : {}),
        ...(edit.evidence !== undefined ? { evidenceId: edit.evidence?.id ?? null } : {}),
      };
    });
    const needReason = scores.filter((item) => {
      const before = rowOf(item.criterionId).selfPoints;
      return before !== null && before !== item.points;
    });
    return { scores, needReason: needReason.map((item) => rowOf(item.criterionId)) };
  };

  /** The review body, and the criteria whose reviewed points depart from the unit's or from an earlier review. */
  const reviewChanges = () => {
    const scores: ReviewScoresBody['scores'] = Object.entries(review).map(([id, edit]) => {
      const row = rowOf(Number(id));
      return {
        criterionId: row.criterionId,
        points: edit.points !== undefined ? edit.points : row.reviewedPoints,
        ...(edit.note !== undefined ? { note: edit.note } : {}),
      };
    });
    const needReason = scores.filter((item) => {
      const row = rowOf(item.criterionId);
      return row.reviewedPoints === null
        ? item.points !== null && item.points !== row.selfPoints
        : item.points !== row.reviewedPoints;
    });
    return { scores, needReason: needReason.map((item) => rowOf(item.criterionId)) };
  };

  return {
    shown,
    dirty: Object.keys(self).length > 0 || Object.keys(review).length > 0,
    editSelf: (criterionId: number, edit: SelfEdit) =>
      setSelf((current) => ({ ...current, [criterionId]: { ...current[criterionId], ...edit } })),
    editReview: (criterionId: number, edit: ReviewEdit) =>
      setReview((current) => ({ ...current, [criterionId]: { ...current[criterionId], ...edit } })),
    selfChanges,
    reviewChanges,
    reset: () => {
      setSelf({});
      setReview({});
    },
  };
}
export type SheetEdits = ReturnType<typeof useSheetEdits>;
