// The figures of a check: rows, errors, new people and people already on record.
import { Card, Col, Row, Statistic, theme } from 'antd';
import type { ImportReportDto } from '../../../../../shared/contracts/member-import.ts';
import { useI18n } from '../../../i18n/i18n-context.ts';
import { formatNumber } from '../../../lib/format.ts';

export function ImportSummary({ report }: { report: ImportReportDto }) {
  const { t } = useI18n();
  const { token } = theme.useToken();
  const c = t.memberImport.check;
  // New and known people are counted among rows without errors; with errors they would mislead.
  const clean = report.errorCount === 0;
  const figures = [
    { key: 'rows', title: c.rows, value: report.rows },
    { key: 'errors', title: c.errors, value: report.errorCount, danger: report.errorCount > 0 },
    ...(clean
      ? [
          { key: 'fresh', title: c.fresh, value: Math.max(0, report.rows - report.matched) },
          { key: 'matched', title: c.matched, value: report.matched },
        ]
      : []),
  ];
  return (
    <Row gutter={[16, 16]}>
      {figures.map((figure) => (
        <Col key={figure.key} xs={12} md={6}>
          <Card size="small">
            <Statistic
              title={figure.title}
              value={figure.value}
              formatter={(value) => formatNumber(Number(value))}
              styles={'danger' in figure && figure.danger ? { content: { color: token.colorError } } : undefined}
            />
          </Card>
        </Col>
      ))}
    </Row>
  );
}
