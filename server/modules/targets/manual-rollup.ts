// Rolling manual reports up the tree: a unit's own report when it has one, else the reports of the units
// below it, each branch counted once at its highest reporting unit, so a province's own report and its
// hospitals' reports are never added together.
import type { AchievementBasis } from '../../../shared/contracts/targets.ts';
import { isInSubtree } from './unit-children.ts';

export type Report = { unitId: number; path: string; reportPath: string; value: number };
export type Subject = { id: number; path: string; reportPath: string };

export type RolledUp = { achieved: number | null; basis: AchievementBasis; reportingUnits: number };

/** The achieved figure of `subject` from the reports in its subtree (any reports may be passed). */
export function rollUpReports(subject: Subject, reports: readonly Report[]): RolledUp {
  const own = reports.find((report) => report.unitId === subject.id);
  if (own) return { achieved: own.value, basis: 'own_report', reportingUnits: 1 };
  const below = reports.filter((report) => report.unitId !== subject.id && isInSubtree(report, subject));
  // A report counts unless a unit above it (below the subject) has reported for its whole branch.
  const highest = below.filter(
    (report) => !below.some((other) => other.unitId !== report.unitId && isInSubtree(report, other)),
  );
  if (highest.length === 0) return { achieved: null, basis: 'none', reportingUnits: 0 };
  // Cents, so 0.1 + 0.2 adds up to 0.3 as the reports wrote it.
  const cents = highest.reduce((sum, report) => sum + Math.round(report.value * 100), 0);
  return { achieved: cents / 100, basis: 'children_reports', reportingUnits: highest.length };
}
