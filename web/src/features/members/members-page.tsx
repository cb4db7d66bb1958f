// /members: the members and workers in the user's scope, filtered and paged on the server.
import { useState } from 'react';
import { BarChartOutlined, FileExcelOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Typography } from 'antd';
import { useNavigate } from 'react-router-dom';
import { PageHeader } from '../../components/page-header.tsx';
import { useSignedInMe } from '../auth/auth.api.ts';
import { useI18n } from '../../i18n/i18n-context.ts';
import { errorText } from '../../lib/error-text.ts';
import { formatDate, formatNumber } from '../../lib/format.ts';
import { MemberCardsBatchButton } from './member-cards-batch-button.tsx';
import { MemberCreateModal } from './member-create-modal.tsx';
import { MemberFiltersBar } from './member-filters-bar.tsx';
import { MembersTable } from './members-table.tsx';
import { SavedSearchesMenu } from './saved-searches-menu.tsx';
import { useMemberPage } from './members.api.ts';
import { useMemberFilters } from './use-member-filters.ts';

/** The member list screen, for users whose capabilities include viewMembers. */
export function MembersPage() {
  const { t, lang } = useI18n();
  const { capabilities } = useSignedInMe();
  const { filters, update, replace } = useMemberFilters();
  const list = useMemberPage(filters);
  const [creating, setCreating] = useState(false);
  const navigate = useNavigate();
  const total = list.data?.total;
  const totalText =
    filters.status === 'all' || filters.status === 'non_member' ? t.members.totalPeople : t.members.total;

  return (
    <>
      <PageHeader
        title={t.members.title}
        extra={
          <>
            <Button
              icon={<BarChartOutlined aria-hidden />}
              onClick={() =>
                navigate(`/members/stats${filters.unit ? `?unit=${encodeURIComponent(filters.unit)}` : ''}`)
              }
            >
              {t.members.stats.button}
            </Button>
            {capabilities.manageMembers && (
              <Button
                icon={<FileExcelOutlined aria-hidden />}
                onClick={() =>
                  navigate(`/members/import${filters.unit ? `?unit=${encodeURIComponent(filters.unit)}` : ''}`)
                }
              >
                {t.memberImport.button}
              </Button>
            )}
            {capabilities.manageMembers && <MemberCardsBatchButton unit={filters.unit} />}
            {capabilities.manageMembers && (
              <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>
                {t.members.create}
              </Button>
            )}
          </>
        }
      />
      <Flex vertical gap={16}>
        {filters.asOf && (
          <Alert
            type="info"
            showIcon
            title={t.members.historicalNotice(formatDate(filters.asOf))}
            action={
              <Button size="small" onClick={() => update({ asOf: undefined })}>
                {t.members.backToToday}
              </Button>
            }
          />
        )}
        <Card
          size="small"
          title={t.members.filters.title}
          extra={<SavedSearchesMenu filters={filters} onPick={replace} />}
          styles={{ body: { paddingBottom: 0 } }}
        >
          <MemberFiltersBar filters={filters} update={update} replace={replace} />
        </Card>
        {list.isError && <Alert type="error" showIcon title={errorText(list.error, lang, t)} />}
        <Card styles={{ body: { padding: 0 } }}>
          {total !== undefined && (
            <Typography.Text strong style={{ display: 'block', padding: '12px 16px' }} role="status">
              {totalText(formatNumber(total))}
            </Typography.Text>
          )}
          <MembersTable
            data={list.data}
            page={filters.page}
            pageSize={filters.pageSize}
            loading={list.isFetching}
            totalText={totalText}
            onPageChange={(page, pageSize) => update({ page: pageSize === filters.pageSize ? page : 1, pageSize })}
          />
        </Card>
      </Flex>
      {creating && <MemberCreateModal onClosed={() => setCreating(false)} />}
    </>
  );
}
