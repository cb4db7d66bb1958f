// One page of the register: title and kind, unit, authors with shares, recognition, benefit, status, actions.
import { PaperClipOutlined } from '@ant-design/icons';
import { Flex, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import {
  initiativeKindLabels,
  initiativeStatusLabels,
  recognitionLevelLabels,
  type Initiative,
  type InitiativeStatus,
} from '../../../../shared/contracts/initiatives.ts';
import { formatViNumber } from '../../../../shared/format-number.ts';
import { useI18n } from '../../i18n/i18n-context.ts';
import { formatDate } from '../../lib/format.ts';
import { InitiativeActions, type InitiativeDialog } from './initiative-actions.tsx';
import type { InitiativePage } from './initiatives.api.ts';
import { personLabel } from './person-select.tsx';

const STATUS_COLOURS: Record<InitiativeStatus, string> = {
  submitted: 'processing',
  recognised: 'success',
  rejected: 'error',
};

export function InitiativesTable({
  data,
  loading,
  onPage,
  open,
}: {
  data: InitiativePage | undefined;
  loading: boolean;
  onPage: (page: number) => void;
  open: (dialog: InitiativeDialog, record: Initiative) => void;
}) {
  const { t, pick } = useI18n();
  const s = t.initiatives;
  const columns: ColumnsType<Initiative> = [
    {
      title: s.columns.title,
      key: 'title',
      render: (_, record) => (
        <Flex vertical gap={2}>
          <Typography.Text strong>{record.title}</Typography.Text>
          <Typography.Text type="secondary">
            {pick(initiativeKindLabels[record.kind])}
            {record.field ? ` · ${record.field}` : ''}
          </Typography.Text>
          <Typography.Text type="secondary">
            {record.unit.name} · {s.submittedOn(formatDate(record.submittedOn))}
          </Typography.Text>
          {record.files.map((file) => (
            <Typography.Link key={file.id} href={`/api/v1/initiatives/${record.id}/files/${file.id}`}>
              <PaperClipOutlined aria-hidden /> {file.fileName}
            </Typography.Link>
          ))}
        </Flex>
      ),
    },
    {
      title: s.columns.authors,
      key: 'authors',
      width: 230,
      render: (_, record) => (
        <Flex vertical>
          {record.authors.map((author) => (
            <span key={author.personId}>
              {personLabel(author)} ({formatViNumber(author.sharePercent)}%)
            </span>
          ))}
        </Flex>
      ),
    },
    {
      title: s.columns.status,
      key: 'status',
      width: 230,
      render: (_, record) => (
        <Flex vertical gap={2}>
          <Tag color={STATUS_COLOURS[record.status]} style={{ width: 'fit-content' }}>
            {pick(initiativeStatusLabels[record.status])}
          </Tag>
          {record.recognitionLevel && <span>{pick(recognitionLevelLabels[record.recognitionLevel])}</span>}
          {record.decisionNo && (
            <Typography.Text type="secondary">
              {s.decision(record.decisionNo, formatDate(record.decisionDate))}
            </Typography.Text>
          )}
          {record.rejectionReason && (
            <Typography.Text type="secondary">{s.rejectedBecause(record.rejectionReason)}</Typography.Text>
          )}
        </Flex>
      ),
    },
    {
      title: s.columns.benefit,
      key: 'benefit',
      width: 120,
      align: 'right',
      render: (_, record) => (record.benefitVnd === null ? t.common.none : formatViNumber(record.benefitVnd)),
    },
    {
      title: s.columns.actions,
      key: 'actions',
      width: 170,
      render: (_, record) => <InitiativeActions record={record} open={open} />,
    },
  ];
  return (
    <Table<Initiative>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={data?.items ?? []}
      loading={loading}
      locale={{ emptyText: s.empty }}
      scroll={{ x: 1050 }}
      pagination={{
        current: data?.page ?? 1,
        pageSize: data?.pageSize ?? 20,
        total: data?.total ?? 0,
        showSizeChanger: false,
        showTotal: (total) => t.common.total(formatViNumber(total)),
        onChange: onPage,
      }}
    />
  );
}
