// On a person's page: their titles and commendations as a timeline (revoked ones marked), recording a new one,
// and the eligibility check for them.
import { useState, type ReactNode } from 'react';
import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Divider, Flex, Timeline, Typography } from 'antd';
import { useI18n } from '../../i18n/i18n-context.ts';
import { errorText } from '../../lib/error-text.ts';
import { EligibilityCheckForm } from '../eligibility/eligibility-check-form.tsx';
import { AwardFormModal } from './award-form-modal.tsx';
import { AwardTimelineItem } from './award-timeline-item.tsx';
import { useAwards, type AwardRecipient } from './awards.api.ts';

export function PersonAwardsTab({ personId, name }: { personId: number; name: string }) {
  return (
    <RecipientAwards
      recipient={{ person: personId }}
      name={name}
      check={<EligibilityCheckForm personId={personId} />}
    />
  );
}

/** The timeline of a person or a collective, with the button to record an award when the user may. */
export function RecipientAwards({
  recipient,
  name,
  check,
}: {
  recipient: AwardRecipient;
  name: string;
  check?: ReactNode;
}) {
  const { t, lang } = useI18n();
  const a = t.awards;
  const list = useAwards(recipient);
  const [adding, setAdding] = useState(false);
  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center">
        <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>
          {a.timeline}
        </Typography.Title>
        {list.data?.canCreate && (
          <Button icon={<PlusOutlined aria-hidden />} onClick={() => setAdding(true)}>
            {a.add}
          </Button>
        )}
      </Flex>
      {list.isError && <Alert type="error" showIcon title={errorText(list.error, lang, t)} />}
      {list.data && list.data.items.length === 0 && <Typography.Text type="secondary">{a.empty}</Typography.Text>}
      {list.data && list.data.items.length > 0 && (
        <Timeline
          data-testid="award-timeline"
          items={list.data.items.map((award) => ({
            key: award.id,
            color: award.revoked ? 'gray' : 'blue',
            children: <AwardTimelineItem award={award} />,
          }))}
        />
      )}
      {check && (
        <>
          <Divider style={{ margin: 0 }} />
          <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>
            {t.eligibility.memberPanel}
          </Typography.Title>
          {check}
        </>
      )}
      {adding && <AwardFormModal recipient={recipient} name={name} onClosed={() => setAdding(false)} />}
    </Flex>
  );
}
