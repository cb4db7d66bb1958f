// A secret ballot: yes, no or abstain for every item the voter may vote on, sent once — the member's own, or the
// sealed written ballot of an absent member as the secretary enters it (`writtenFor`).
import { useState } from 'react';
import { App, Button, Card, Flex, Radio, Typography } from 'antd';
import type { Meeting, VoteChoice } from '../../../../shared/contracts/council.ts';
import { useI18n } from '../../i18n/i18n-context.ts';
import { useConfirm } from '../../lib/use-confirm.ts';
import { useErrorReporter } from '../../lib/use-error-reporter.ts';
import { useCastBallot, useRecordWrittenBallot } from './council.api.ts';

type Props = {
  meeting: Meeting;
  writtenFor?: { userId: number; fullName: string };
  onDone?: () => void;
};

export function BallotCard({ meeting, writtenFor, onDone }: Props) {
  const { t } = useI18n();
  const s = t.council.ballots;
  const [choices, setChoices] = useState<Record<number, VoteChoice>>({});
  const own = useCastBallot(meeting.id);
  const written = useRecordWrittenBallot(meeting.id);
  const confirm = useConfirm();
  const report = useErrorReporter();
  const { message } = App.useApp();
  const votable = new Set(
    writtenFor
      ? (meeting.votableItemIdsByMember.find((entry) => entry.userId === writtenFor.userId)?.itemIds ?? [])
      : meeting.myVotableItemIds,
  );
  const items = meeting.proposals.flatMap((proposal) => proposal.items.filter((item) => votable.has(item.id)));
  const complete = items.every((item) => choices[item.id]);

  const pending = writtenFor ? written.isPending : own.isPending;
  const send = () => {
    const ballot = items.map((item) => ({ itemId: item.id, choice: choices[item.id]! }));
    confirm({
      title: writtenFor ? s.writtenConfirm(writtenFor.fullName) : s.castConfirm,
      content: writtenFor ? s.writtenContent : s.castContent,
      okText: s.cast,
      onOk: () =>
        (writtenFor
          ? written.mutateAsync({ userId: writtenFor.userId, choices: ballot })
          : own.mutateAsync({ choices: ballot })
        )
          .then(() => {
            void message.success(writtenFor ? s.writtenDone : s.done);
            onDone?.();
          })
          .catch((error: unknown) => {
            report(error);
            throw error;
          }),
    });
  };

  return (
    <Card
      size="small"
      title={writtenFor ? s.writtenTitle(writtenFor.fullName) : s.mine}
      style={{ borderColor: '#1677ff' }}
    >
      <Flex vertical gap={12}>
        <Typography.Text type="secondary">{writtenFor ? s.writtenHelp : s.secret}</Typography.Text>
        {items.map((item) => (
          <Flex key={item.id} justify="space-between" align="center" gap={16} wrap>
            <span>
              <Typography.Text strong>{item.recipientName}</Typography.Text> — {item.awardName}
            </span>
            <Radio.Group
              aria-label={`${item.recipientName} — ${item.awardName}`}
              value={choices[item.id]}
              onChange={(event) =>
                setChoices((current) => ({ ...current, [item.id]: event.target.value as VoteChoice }))
              }
              options={[
                { value: 'yes', label: s.yes },
                { value: 'no', label: s.no },
                { value: 'abstain', label: s.abstain },
              ]}
            />
          </Flex>
        ))}
        <Flex justify="flex-end" gap={12} align="center">
          {!complete && <Typography.Text type="secondary">{s.chooseAll}</Typography.Text>}
          <Button type="primary" disabled={!complete} loading={pending} onClick={send}>
            {s.cast}
          </Button>
        </Flex>
      </Flex>
    </Card>
  );
}
