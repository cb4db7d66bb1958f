// /members/:memberId: one person with their status and unit, personal details, histories and actions.
import { useState } from 'react';
import { Alert, Breadcrumb, Card, Result, Tabs, Typography } from 'antd';
import { Link, useLocation, useParams } from 'react-router-dom';
import { FullPageSpin } from '../../components/full-page-spin.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { useI18n } from '../../i18n/i18n-context.ts';
import { ApiError } from '../../lib/api.ts';
import { errorText } from '../../lib/error-text.ts';
import { formatNumber } from '../../lib/format.ts';
import { EmploymentsTable } from './employments-table.tsx';
import { useSignedInMe } from '../auth/auth.api.ts';
import { MemberActions } from './member-actions.tsx';
import { MemberCorrectionsNotice } from './member-corrections-notice.tsx';
import { MemberCorrectionsTab } from './member-corrections-tab.tsx';
import { MemberProfile } from './member-profile.tsx';
import { MemberStatusTag } from './member-status-tag.tsx';
import { MemberUnitLink } from './member-unit-link.tsx';
import { MembershipsTable } from './memberships-table.tsx';
import { PersonAchievementsTab } from '../performance-ratings/person-achievements-tab.tsx';
import { PersonAwardsTab } from '../awards/person-awards-tab.tsx';
import { useMember } from './members.api.ts';

/** The page of one member (or worker); the breadcrumb leads back to the list as it was filtered. */
export function MemberPage() {
  const { t, lang } = useI18n();
  const params = useParams();
  const location = useLocation();
  const listSearch = (location.state as { list?: string } | null)?.list ?? '';
  const id = Number(params.memberId);
  const member = useMember(id);
  const { capabilities } = useSignedInMe();
  const [tab, setTab] = useState('profile');

  if (!Number.isInteger(id) || id <= 0 || (member.error instanceof ApiError && member.error.status === 404)) {
    return <Result status="404" title={t.common.notFoundTitle} subTitle={t.common.notFound} />;
  }
  if (member.isPending) return <FullPageSpin height={320} />;
  if (member.isError) return <Alert type="error" showIcon title={errorText(member.error, lang, t)} />;

  const detail = member.data;
  const { viewCitizenId: _viewCitizenId, ...actions } = detail.abilities;
  const canAct = Object.values(actions).some(Boolean);
  // Members' correction requests are decided by those who keep the record.
  const reviews = capabilities.reviewCorrections && detail.abilities.update;
  return (
    <>
      <PageHeader
        breadcrumb={
          <Breadcrumb
            items={[
              { key: 'members', title: <Link to={`/members${listSearch}`}>{t.members.title}</Link> },
              { key: detail.id, title: detail.displayName },
            ]}
          />
        }
        title={detail.displayName}
        meta={
          <>
            <MemberStatusTag status={detail.status} />
            {detail.unit && <MemberUnitLink unit={detail.unit} />}
            {detail.cardNumber && (
              <Typography.Text type="secondary">
                {t.members.fields.cardNumber}: {detail.cardNumber}
              </Typography.Text>
            )}
          </>
        }
        toolbar={canAct ? <MemberActions member={detail} /> : undefined}
      />
      {reviews && <MemberCorrectionsNotice personId={detail.id} onShow={() => setTab('corrections')} />}
      <Card styles={{ body: { paddingTop: 4 } }}>
        <Tabs
          activeKey={tab}
          onChange={setTab}
          items={[
            { key: 'profile', label: t.members.tabProfile, children: <MemberProfile member={detail} /> },
            {
              key: 'memberships',
              label: `${t.members.tabMemberships} (${formatNumber(detail.memberships.length)})`,
              children: <MembershipsTable memberships={detail.memberships} />,
            },
            {
              key: 'employments',
              label: `${t.members.tabEmployments} (${formatNumber(detail.employments.length)})`,
              children: <EmploymentsTable employments={detail.employments} />,
            },
            ...(capabilities.viewPerformanceRatings && capabilities.viewInitiatives
              ? [
                  {
                    key: 'achievements',
                    label: t.performanceRatings.tab,
                    children: <PersonAchievementsTab personId={detail.id} />,
                  },
                ]
              : []),
            ...(capabilities.viewAwards
              ? [
                  {
                    key: 'awards',
                    label: t.awards.tab,
                    children: <PersonAwardsTab personId={detail.id} name={detail.displayName} />,
                  },
                ]
              : []),
            ...(reviews
              ? [
                  {
                    key: 'corrections',
                    label: t.selfService.tabRequests,
                    children: <MemberCorrectionsTab personId={detail.id} />,
                  },
                ]
              : []),
          ]}
        />
      </Card>
    </>
  );
}
