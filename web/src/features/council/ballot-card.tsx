// The member's own secret ballot: yes, no or abstain for every item they may vote on, sent once.
import { useState } from 'react';
import { App, Button, Card, Flex, Radio, Typography } from 'antd';
import type { Meeting, VoteChoice } from '../../../../shared/contracts/council.ts';
import { useI18n } from '../../i18n/i18n-context.ts';
import { useConfirm } from '../../lib/use-confirm.ts';
import { useErrorReporter } from '../../lib/use-error-reporter.ts';
import { useCastBallot } from './council.api.ts';

export function BallotCard({ meeting }: { meeting: Meeting }) {
  const { t } = useI18n();
  const s = t.council.ballots;
  const [choices, setChoices] = useState<Record<number, VoteChoice>>({});
  const cast = useCastBallot(meeting.id);
  const confirm = useConfirm();
  const report = useErrorReporter();
  const { message } = App.useApp();
  const votable = new Set(meeting.myVotableItemIds);
  const items = meeting.proposals.flatMap((proposal) => proposal.items.filter((item) => votable.has(item.id)));
  const complete = items.every((item) => choices[item.id]);

  const send = () =>
    confirm({
      title: s.castConfirm,
      content: s.castContent,
      okText: s.cast,
      onOk: () =>
        cast
          .mutateAsync({ choices: items.map((item) => ({ itemId: item.id, choice: choices[item.id]! })) })
          .then(() => void message.success(s.done))
          .catch((error: unknown) => {
            report(error);
            throw error;
          }),
    });

  return (
    <Card size="small" title={s.mine} style={{ borderColor: '#1677ff' }}>
      <Flex vertical gap={12}>
        <Typography.Text type="secondary">{s.secret}</Typography.Text>
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
          <Button type="primary" disabled={!complete} loading={cast.isPending} onClick={send}>
            {s.cast}
          </Button>
        </Flex>
      </Flex>
    </Card>
  );
}
