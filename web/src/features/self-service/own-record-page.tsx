// /me: "Hồ sơ của tôi", the member's own record, histories and correction requests, and their card.
import { useState } from 'react';
import { EditOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Result, Tabs, Typography } from 'antd';
import { FullPageSpin } from '../../components/full-page-spin.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { useI18n } from '../../i18n/i18n-context.ts';
import { ApiError } from '../../lib/api.ts';
import { errorText } from '../../lib/error-text.ts';
import { formatNumber } from '../../lib/format.ts';
import { EmploymentsTable } from '../members/employments-table.tsx';
import { MemberProfile } from '../members/member-profile.tsx';
import { MemberStatusTag } from '../members/member-status-tag.tsx';
import { MembershipsTable } from '../members/memberships-table.tsx';
import { CorrectionRequestModal } from './correction-request-modal.tsx';
import { OwnCardButton } from './own-card-button.tsx';
import { OwnCorrectionsList } from './own-corrections-list.tsx';
import { useOwnCorrections, useOwnMember } from './self-service.api.ts';

/** The member's own page; a login without a member record is told whom to ask. */
export function OwnRecordPage() {
  const { t, lang } = useI18n();
  const own = useOwnMember();
  const requests = useOwnCorrections();
  const [asking, setAsking] = useState(false);
  const [tab, setTab] = useState('profile');
  const s = t.selfService;

  if (own.error instanceof ApiError && own.error.status === 404) {
    return <Result status="info" title={s.title} subTitle={s.notLinked} />;
  }
  if (own.isPending) return <FullPageSpin height={320} />;
  if (own.isError) return <Alert type="error" showIcon title={errorText(own.error, lang, t)} />;

  const { member, card } = own.data;
  const pending = requests.data?.filter((request) => request.status === 'pending').length ?? 0;
  return (
    <>
      <PageHeader
        title={s.title}
        meta={
          <>
            <Typography.Text strong>{member.displayName}</Typography.Text>
            <MemberStatusTag status={member.status} />
            {member.unit && <Typography.Text>{member.unit.name}</Typography.Text>}
            {member.cardNumber && (
              <Typography.Text type="secondary">
                {t.members.fields.cardNumber}: {member.cardNumber}
              </Typography.Text>
            )}
          </>
        }
        extra={
          <>
            <OwnCardButton available={card.available} />
            <Button icon={<EditOutlined aria-hidden />} onClick={() => setAsking(true)}>
              {s.askCorrection}
            </Button>
          </>
        }
      />
      <Alert type="info" showIcon title={s.profileHelp} style={{ marginBottom: 16 }} />
      <Card styles={{ body: { paddingTop: 4 } }}>
        <Tabs
          activeKey={tab}
          onChange={setTab}
          items={[
            { key: 'profile', label: t.members.tabProfile, children: <MemberProfile member={member} /> },
            {
              key: 'memberships',
              label: `${t.members.tabMemberships} (${formatNumber(member.memberships.length)})`,
              children: <MembershipsTable memberships={member.memberships} />,
            },
            {
              key: 'employments',
              label: `${t.members.tabEmployments} (${formatNumber(member.employments.length)})`,
              children: <EmploymentsTable employments={member.employments} />,
            },
            {
              key: 'requests',
              label: pending > 0 ? `${s.tabRequests} (${formatNumber(pending)})` : s.tabRequests,
              children: requests.isError ? (
                <Alert type="error" showIcon title={errorText(requests.error, lang, t)} />
              ) : (
                <OwnCorrectionsList requests={requests.data ?? []} />
              ),
            },
          ]}
        />
      </Card>
      {asking && (
        <CorrectionRequestModal member={member} onSent={() => setTab('requests')} onClosed={() => setAsking(false)} />
      )}
    </>
  );
}
