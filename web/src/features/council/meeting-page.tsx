// /council/:id: one meeting — its facts and quorum, attendance and who has voted, the member's own ballot,
// the items with thresholds and recusals, and after closing the results and the minutes.
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { FileWordOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Flex, Tag, Typography } from 'antd';
import { PageHeader } from '../../components/page-header.tsx';
import { FullPageSpin } from '../../components/full-page-spin.tsx';
import { useI18n } from '../../i18n/i18n-context.ts';
import { errorText } from '../../lib/error-text.ts';
import { formatDate, formatDateTime, formatNumber } from '../../lib/format.ts';
import { useConfirm } from '../../lib/use-confirm.ts';
import { useErrorReporter } from '../../lib/use-error-reporter.ts';
import { AttendanceCard } from './attendance-card.tsx';
import { BallotCard } from './ballot-card.tsx';
import { useCloseMeeting, useMeeting, useOpenMeeting } from './council.api.ts';
import { MeetingFormModal } from './meeting-form-modal.tsx';
import { MeetingItemsCard } from './meeting-items-card.tsx';
import { MeetingStatusTag } from './meeting-status-tag.tsx';
import { RecusalModal } from './recusal-modal.tsx';

export function MeetingPage() {
  const { t, lang } = useI18n();
  const s = t.council;
  const id = Number(useParams().id);
  const meeting = useMeeting(id);
  const open = useOpenMeeting(id);
  const close = useCloseMeeting(id);
  const confirm = useConfirm();
  const report = useErrorReporter();
  const [dialog, setDialog] = useState<'edit' | 'recuse' | null>(null);

  if (meeting.isError) return <Alert type="error" showIcon title={errorText(meeting.error, lang, t)} />;
  if (!meeting.data) return <FullPageSpin />;
  const m = meeting.data;
  const rethrow = (error: unknown) => {
    report(error);
    throw error;
  };

  return (
    <>
      <PageHeader
        breadcrumb={<Link to="/council">{s.back}</Link>}
        title={m.title}
        meta={
          <>
            <MeetingStatusTag status={m.status} />
            <Typography.Text type="secondary">
              {m.unitName} · {formatDate(m.heldOn)}
            </Typography.Text>
          </>
        }
        extra={
          <>
            {m.abilities.update && <Button onClick={() => setDialog('edit')}>{s.edit}</Button>}
            {m.abilities.recuse && <Button onClick={() => setDialog('recuse')}>{s.actions.recuse}</Button>}
            {m.abilities.open && (
              <Button
                type="primary"
                onClick={() =>
                  confirm({
                    title: s.actions.openConfirm,
                    content: s.actions.openContent,
                    okText: s.actions.open,
                    onOk: () => open.mutateAsync().catch(rethrow),
                  })
                }
              >
                {s.actions.open}
              </Button>
            )}
            {m.abilities.close && (
              <Button
                type="primary"
                danger
                onClick={() =>
                  confirm({
                    title: s.actions.closeConfirm,
                    content: s.actions.closeContent(m.ballots.cast, m.ballots.voters, m.ballots.written),
                    okText: s.actions.close,
                    danger: true,
                    onOk: () => close.mutateAsync().catch(rethrow),
                  })
                }
              >
                {s.actions.close}
              </Button>
            )}
            {m.status === 'closed' && (
              <Button icon={<FileWordOutlined aria-hidden />} href={`/api/v1/council-meetings/${m.id}/minutes.docx`}>
                {s.actions.minutes}
              </Button>
            )}
          </>
        }
      />
      <Flex vertical gap={16}>
        <Card size="small">
          <Descriptions
            size="small"
            column={{ xs: 1, md: 2 }}
            items={[
              { key: 'location', label: s.facts.location, children: m.location ?? t.common.none },
              {
                key: 'quorum',
                label: m.quorum.met ? s.facts.quorumMet : s.facts.quorumNotMet,
                children: (
                  <Flex gap={8} align="center" wrap>
                    <Tag color={m.quorum.met ? 'green' : 'orange'}>
                      {s.facts.quorum(m.quorum.present, m.quorum.members, m.quorum.required)}
                    </Tag>
                  </Flex>
                ),
              },
              ...(m.openedAt ? [{ key: 'opened', label: s.facts.openedAt, children: formatDateTime(m.openedAt) }] : []),
              ...(m.closedAt ? [{ key: 'closed', label: s.facts.closedAt, children: formatDateTime(m.closedAt) }] : []),
            ]}
          />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {s.facts.quorumNote(`${formatNumber(m.quorum.share * 100)}%`)}
          </Typography.Text>
        </Card>
        {m.myVotableItemIds.length > 0 && <BallotCard meeting={m} />}
        <AttendanceCard
          key={`${m.id}-${m.status}-${m.members.map((x) => `${x.userId}${x.present}`).join()}`}
          meeting={m}
        />
        {m.status === 'open' && <Alert type="info" showIcon title={s.ballots.secret} />}
        <MeetingItemsCard meeting={m} />
      </Flex>
      {dialog === 'edit' && <MeetingFormModal meeting={m} onClosed={() => setDialog(null)} />}
      {dialog === 'recuse' && <RecusalModal meeting={m} onClosed={() => setDialog(null)} />}
    </>
  );
}
