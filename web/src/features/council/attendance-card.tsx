// The council's members: role, present or absent (editable by a keeper before voting opens), and whether each
// has voted — never what they chose; while voting is open, the secretary enters an absent member's written ballot.
import { useState } from 'react';
import { App, Button, Card, Checkbox, Flex, Modal, Table, Tag, Typography } from 'antd';
import { councilRoleLabels, type Meeting, type MeetingMember } from '../../../../shared/contracts/council.ts';
import { useI18n } from '../../i18n/i18n-context.ts';
import { formatDateTime } from '../../lib/format.ts';
import { useErrorReporter } from '../../lib/use-error-reporter.ts';
import { BallotCard } from './ballot-card.tsx';
import { useRecordAttendance } from './council.api.ts';

export function AttendanceCard({ meeting }: { meeting: Meeting }) {
  const { t, pick } = useI18n();
  const s = t.council;
  const editable = meeting.abilities.attendance;
  const [present, setPresent] = useState(() => new Set(meeting.members.filter((m) => m.present).map((m) => m.userId)));
  const save = useRecordAttendance(meeting.id);
  const [writing, setWriting] = useState<MeetingMember | null>(null);
  const mayWrite = new Set(meeting.writtenBallotUserIds);
  const report = useErrorReporter();
  const { message } = App.useApp();
  const toggle = (userId: number, on: boolean) =>
    setPresent((current) => {
      const next = new Set(current);
      if (on) next.add(userId);
      else next.delete(userId);
      return next;
    });

  return (
    <Card
      size="small"
      title={
        meeting.status === 'planned'
          ? s.attendance.title
          : s.ballots.progress(meeting.ballots.cast, meeting.ballots.voters)
      }
      extra={
        editable && (
          <Button
            type="primary"
            loading={save.isPending}
            onClick={() =>
              save.mutate(
                { presentUserIds: [...present] },
                { onSuccess: () => void message.success(s.attendance.saved), onError: (error) => report(error) },
              )
            }
          >
            {s.attendance.save}
          </Button>
        )
      }
    >
      <Table<MeetingMember>
        rowKey="userId"
        size="small"
        pagination={false}
        dataSource={meeting.members}
        columns={[
          { title: s.form.member, dataIndex: 'fullName' },
          {
            title: s.form.role,
            dataIndex: 'councilRole',
            render: (role: MeetingMember['councilRole']) => pick(councilRoleLabels[role]),
          },
          {
            title: s.attendance.present,
            key: 'present',
            render: (_, member) =>
              editable ? (
                <Checkbox
                  checked={present.has(member.userId)}
                  onChange={(event) => toggle(member.userId, event.target.checked)}
                  aria-label={`${s.attendance.present}: ${member.fullName}`}
                >
                  {s.attendance.present}
                </Checkbox>
              ) : member.present ? (
                <Tag color="green">{s.attendance.present}</Tag>
              ) : (
                <Tag>{s.attendance.absent}</Tag>
              ),
          },
          ...(meeting.status === 'planned'
            ? []
            : [
                {
                  title: s.ballots.title,
                  key: 'voted',
                  render: (_: unknown, member: MeetingMember) =>
                    member.voted ? (
                      <Flex gap={6} align="center" wrap>
                        <Tag color="blue">{s.ballots.voted}</Tag>
                        {member.inWriting && <Tag>{s.ballots.inWriting}</Tag>}
                        <Typography.Text type="secondary">{formatDateTime(member.votedAt)}</Typography.Text>
                      </Flex>
                    ) : mayWrite.has(member.userId) ? (
                      <Button size="small" onClick={() => setWriting(member)}>
                        {s.ballots.written}
                      </Button>
                    ) : member.present ? (
                      <Tag>{s.ballots.notVoted}</Tag>
                    ) : null,
                },
              ]),
        ]}
      />
      {writing && (
        <Modal
          open
          width={720}
          footer={null}
          title={s.ballots.written}
          onCancel={() => setWriting(null)}
          destroyOnHidden
        >
          <BallotCard meeting={meeting} writtenFor={writing} onDone={() => setWriting(null)} />
        </Modal>
      )}
    </Card>
  );
}
