// The member list itself: one row per person, paged on the server, each name a link to the member page.
import { Table, Typography } from 'antd';
import { Link, useLocation } from 'react-router-dom';
import type { MemberSummary } from '../../../../shared/contracts/members.ts';
import { genderLabels, qualificationLabels } from '../../../../shared/members-enums.ts';
import { useI18n } from '../../i18n/i18n-context.ts';
import { formatDate, formatNumber } from '../../lib/format.ts';
import { formatBirth } from './member-format.ts';
import { MemberStatusTag } from './member-status-tag.tsx';
import type { MemberPage } from './members.api.ts';

interface MembersTableProps {
  data: MemberPage | undefined;
  page: number;
  pageSize: number;
  loading: boolean;
  /** "Tổng số 1.234 đoàn viên", or "... người" when the list also holds non-members. */
  totalText: (count: string) => string;
  onPageChange: (page: number, pageSize: number) => void;
}

/** The paginated (server-side) table; the list's address travels with the links so "back" keeps the filters. */
export function MembersTable({ data, page, pageSize, loading, totalText, onPageChange }: MembersTableProps) {
  const { t, pick } = useI18n();
  const { search } = useLocation();
  const f = t.members.fields;
  const none = t.common.none;
  const offset = (page - 1) * pageSize;

  return (
    <Table<MemberSummary>
      rowKey="id"
      size="middle"
      loading={loading}
      dataSource={data?.items ?? []}
      scroll={{ x: 1480 }}
      locale={{ emptyText: t.members.empty }}
      pagination={{
        current: page,
        pageSize,
        total: data?.total ?? 0,
        showSizeChanger: true,
        pageSizeOptions: [20, 50, 100, 200],
        showTotal: (count) => totalText(formatNumber(count)),
        onChange: onPageChange,
      }}
      columns={[
        {
          key: 'index',
          title: f.index,
          width: 56,
          align: 'right',
          fixed: 'left',
          render: (_, _member, index) => formatNumber(offset + index + 1),
        },
        {
          key: 'name',
          title: f.fullName,
          width: 210,
          fixed: 'left',
          render: (_, member) => (
            <Link to={`/members/${member.id}`} state={{ list: search }}>
              {member.displayName}
            </Link>
          ),
        },
        {
          key: 'gender',
          title: f.gender,
          width: 80,
          render: (_, m) => (m.gender ? pick(genderLabels[m.gender]) : none),
        },
        { key: 'birth', title: f.birthDate, width: 104, render: (_, m) => formatBirth(m) || none },
        {
          key: 'citizenId',
          title: f.citizenId,
          width: 128,
          render: (_, m) =>
            m.citizenId ? <span style={{ fontVariantNumeric: 'tabular-nums' }}>{m.citizenId}</span> : none,
        },
        {
          key: 'qualification',
          title: f.qualification,
          width: 120,
          render: (_, m) => (m.qualification ? pick(qualificationLabels[m.qualification]) : none),
        },
        { key: 'position', title: f.position, width: 170, render: (_, m) => m.position || none },
        { key: 'cardNumber', title: f.cardNumber, width: 124, render: (_, m) => m.cardNumber || none },
        {
          key: 'unit',
          title: f.unit,
          width: 250,
          render: (_, m) =>
            m.unit ? <Typography.Text title={`${m.unit.name} (${m.unit.code})`}>{m.unit.name}</Typography.Text> : none,
        },
        { key: 'joinedOn', title: f.joinedOn, width: 112, render: (_, m) => formatDate(m.joinedOn) || none },
        {
          key: 'status',
          title: f.status,
          width: 156,
          fixed: 'right',
          render: (_, m) => <MemberStatusTag status={m.status} />,
        },
      ]}
    />
  );
}
