// Where an achieved figure comes from, in a sentence: counted, reported by the unit, or added up below it.
import { Typography } from 'antd';
import type { UnitAchievement } from '../../../../shared/contracts/targets.ts';
import { useI18n } from '../../i18n/i18n-context.ts';
import { formatDateTime, formatNumber } from '../../lib/format.ts';

export function BasisText({ figure }: { figure: UnitAchievement }) {
  const { t } = useI18n();
  const basis = t.targets.basis;
  const text =
    figure.basis === 'children_reports'
      ? basis.children_reports(formatNumber(figure.reportingUnits))
      : basis[figure.basis];
  const report = figure.basis === 'own_report' ? figure.target : null;
  return (
    <Typography.Paragraph
      type="secondary"
      style={{ fontSize: 13, margin: 0 }}
      ellipsis={{ rows: 3, tooltip: report?.evidence ?? undefined }}
    >
      {text}
      {report?.reportedAt && ` ${t.targets.report.last(report.reportedBy, formatDateTime(report.reportedAt))}`}
      {report?.evidence && ` “${report.evidence}”`}
    </Typography.Paragraph>
  );
}
