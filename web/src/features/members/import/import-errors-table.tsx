// The row errors of a check, paginated: the row, the column as the file has it (letter and header) and the
// reason, as the error report has them.
import { Table, Tag, Typography } from 'antd';
import type { ImportReportDto, ImportRowError } from '../../../../../shared/contracts/member-import.ts';
import { useI18n } from '../../../i18n/i18n-context.ts';
import { formatNumber } from '../../../lib/format.ts';
import { columnLetter } from './mapping-problems.ts';

export function ImportErrorsTable({ report }: { report: ImportReportDto }) {
  const { t, lang } = useI18n();
  const c = t.memberImport.check;
  const column = (error: ImportRowError) => {
    const index = report.columns.findIndex((item) => item.field === error.field);
    const field = t.memberImport.fields[error.field];
    if (index < 0) return field;
    const header = report.columns[index]!.header || t.memberImport.mapping.emptyHeader;
    return (
      <>
        <Tag>{columnLetter(index)}</Tag>
        {header}
        {header !== field && (
          <Typography.Text type="secondary" style={{ display: 'block' }}>
            {field}
          </Typography.Text>
        )}
      </>
    );
  };
  return (
    <Table<ImportRowError>
      rowKey={(error) => `${error.row}:${error.field}:${error.message}`}
      size="small"
      dataSource={report.errors}
      pagination={{
        defaultPageSize: 10,
        showSizeChanger: true,
        pageSizeOptions: [10, 20, 50, 100],
        showTotal: (count) => c.errorsTotal(formatNumber(count)),
      }}
      columns={[
        { key: 'row', title: c.row, width: 80, align: 'right', render: (_, error) => formatNumber(error.row) },
        { key: 'column', title: c.column, width: 240, render: (_, error) => column(error) },
        { key: 'reason', title: c.reason, render: (_, error) => (lang === 'en' ? error.messageEn : error.message) },
      ]}
    />
  );
}
