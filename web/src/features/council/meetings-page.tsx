// /council: the meetings of the councils in the user's scope and those they sit on; keepers plan new ones.
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Table } from 'antd';
import type { MeetingSummary } from '../../../../shared/contracts/council.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { useI18n } from '../../i18n/i18n-context.ts';
import { errorText } from '../../lib/error-text.ts';
import { formatDate, formatNumber } from '../../lib/format.ts';
import { useSignedInMe } from '../auth/auth.api.ts';
import { useMeetings } from './council.api.ts';
import { MeetingFormModal } from './meeting-form-modal.tsx';
import { MeetingStatusTag } from './meeting-status-tag.tsx';

export function MeetingsPage() {
  const { t, lang } = useI18n();
  const s = t.council;
  const { capabilities } = useSignedInMe();
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const meetings = useMeetings(paging.page, paging.pageSize);
  const [creating, setCreating] = useState(false);

  return (
    <>
      <PageHeader
        title={s.title}
        extra={
          capabilities.manageProposals && (
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>
              {s.create}
            </Button>
          )
        }
      />
      {meetings.isError && <Alert type="error" showIcon title={errorText(meetings.error, lang, t)} />}
      <Card styles={{ body: { padding: 0 } }}>
        <Table<MeetingSummary>
          rowKey="id"
          loading={meetings.isFetching}
          dataSource={meetings.data?.items ?? []}
          pagination={{
            current: paging.page,
            pageSize: paging.pageSize,
            total: meetings.data?.total ?? 0,
            showSizeChanger: true,
            showTotal: (total) => s.list.total(formatNumber(total)),
            onChange: (page, pageSize) => setPaging({ page, pageSize }),
          }}
          locale={{ emptyText: s.empty }}
          columns={[
            {
              title: s.columns.title,
              dataIndex: 'title',
              render: (title: string, record) => <Link to={`/council/${record.id}`}>{title}</Link>,
            },
            { title: s.columns.unit, dataIndex: 'unitName' },
            { title: s.columns.heldOn, dataIndex: 'heldOn', width: 120, render: (value: string) => formatDate(value) },
            {
              title: s.columns.status,
              dataIndex: 'status',
              width: 150,
              render: (status: MeetingSummary['status']) => <MeetingStatusTag status={status} />,
            },
            { title: s.columns.members, dataIndex: 'memberCount', width: 110, align: 'right' },
            { title: s.columns.proposals, dataIndex: 'proposalCount', width: 110, align: 'right' },
          ]}
        />
      </Card>
      {creating && <MeetingFormModal meeting={null} onClosed={() => setCreating(false)} />}
    </>
  );
}
