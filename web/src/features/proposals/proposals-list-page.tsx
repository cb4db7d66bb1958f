// /proposals: by tab, the proposals of the officer's units, those waiting on the officer's own unit, and all
// those addressed to it (where the ones before the council are), filtered by status and year, a page at a time.
import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, InputNumber, Select, Table, Tabs, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import {
  proposalTabs,
  waitingOnDecider,
  waitingOnProposer,
  type ProposalSummary,
  type ProposalTab,
} from '../../../../shared/contracts/proposals.ts';
import { formatViNumber } from '../../../../shared/format-number.ts';
import { proposalStatusLabels, proposalStatuses, type ProposalStatus } from '../../../../shared/proposal-workflow.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { useI18n } from '../../i18n/i18n-context.ts';
import { errorText } from '../../lib/error-text.ts';
import { formatDate } from '../../lib/format.ts';
import { useSignedInMe } from '../auth/auth.api.ts';
import { ProposalStatusTag } from './proposal-status-tag.tsx';
import { useProposalPage } from './proposals.api.ts';

const PAGE_SIZE = 20;
const WAITING_STATUSES: readonly ProposalStatus[] = [...waitingOnDecider, ...waitingOnProposer];
const isTab = (value: string | null): value is ProposalTab => proposalTabs.some((tab) => tab === value);

export function ProposalsListPage() {
  const { t, lang, pick } = useI18n();
  const s = t.proposals;
  const { capabilities } = useSignedInMe();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const tabParam = params.get('tab');
  const tab: ProposalTab = isTab(tabParam) ? tabParam : 'proposer';
  const status = (params.get('status') as ProposalStatus | null) ?? undefined;
  const year = params.get('year') ? Number(params.get('year')) : undefined;
  const page = Number(params.get('page') ?? 1);
  const update = (next: Record<string, string | number | undefined>) => {
    const merged = new URLSearchParams(params);
    for (const [key, value] of Object.entries(next)) {
      if (value === undefined || value === '') merged.delete(key);
      else merged.set(key, String(value));
    }
    if (!('page' in next)) merged.delete('page');
    setParams(merged, { replace: true });
  };
  const list = useProposalPage({ tab, status, year, page, pageSize: PAGE_SIZE });

  const columns: ColumnsType<ProposalSummary> = [
    {
      title: s.columns.title,
      key: 'title',
      render: (_, row) => (
        <Flex vertical gap={2}>
          <Link to={`/proposals/${row.id}`}>{row.title}</Link>
          {row.decisionNo && (
            <Typography.Text type="secondary" style={{ fontSize: 13 }}>
              {s.decision.number}: {row.decisionNo}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
    { title: s.columns.proposer, key: 'proposer', render: (_, row) => row.proposerUnit.name },
    { title: s.columns.decider, key: 'decider', render: (_, row) => row.deciderUnit.name },
    { title: s.columns.year, dataIndex: 'year', width: 80 },
    {
      title: s.columns.items,
      key: 'items',
      width: 80,
      align: 'right',
      render: (_, row) => formatViNumber(row.itemCount),
    },
    { title: s.columns.status, key: 'status', render: (_, row) => <ProposalStatusTag status={row.status} /> },
    { title: s.columns.updated, key: 'updated', width: 120, render: (_, row) => formatDate(row.updatedAt) },
  ];

  return (
    <>
      <PageHeader
        title={s.title}
        extra={
          capabilities.manageProposals && (
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => navigate('/proposals/new')}>
              {s.create}
            </Button>
          )
        }
      />
      <Card>
        <Tabs
          activeKey={tab}
          onChange={(key) => update({ tab: key, status: undefined })}
          items={proposalTabs.map((key) => ({ key, label: s.tabs[key] }))}
        />
        {tab === 'waiting' && (
          <Typography.Paragraph type="secondary">
            {s.waitingHelp} <Link to="/proposals?tab=decider&status=council">{s.councilFilter}</Link>
          </Typography.Paragraph>
        )}
        <Flex gap={12} wrap style={{ marginBottom: 16 }}>
          <Select
            aria-label={s.filters.status}
            style={{ minWidth: 240 }}
            allowClear
            placeholder={`${s.filters.status}: ${s.filters.all}`}
            value={status}
            onChange={(value?: ProposalStatus) => update({ status: value })}
            options={(tab === 'waiting' ? WAITING_STATUSES : proposalStatuses).map((value) => ({
              value,
              label: pick(proposalStatusLabels[value]),
            }))}
          />
          <InputNumber
            aria-label={s.filters.year}
            placeholder={s.filters.year}
            min={1945}
            max={2100}
            value={year ?? null}
            onChange={(value) => update({ year: value ?? undefined })}
            style={{ width: 160 }}
          />
        </Flex>
        {list.isError && <Alert type="error" showIcon title={errorText(list.error, lang, t)} />}
        <Table<ProposalSummary>
          rowKey="id"
          columns={columns}
          dataSource={list.data?.items ?? []}
          loading={list.isFetching}
          locale={{ emptyText: s.empty }}
          pagination={{
            current: page,
            pageSize: PAGE_SIZE,
            total: list.data?.total ?? 0,
            showSizeChanger: false,
            showTotal: (total) => t.common.total(formatViNumber(total)),
            onChange: (next) => update({ page: next }),
          }}
        />
      </Card>
    </>
  );
}
