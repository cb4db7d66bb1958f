// One award in a timeline: the title as named when it was given, the year, the decision and who decided.
import { useState } from 'react';
import { Button, Flex, Tag, Typography } from 'antd';
import { occasionLabels, type Award } from '../../../../shared/contracts/awards.ts';
import { useI18n } from '../../i18n/i18n-context.ts';
import { formatDate } from '../../lib/format.ts';
import { AwardRevokeModal } from './award-revoke-modal.tsx';

export function AwardTimelineItem({ award }: { award: Award }) {
  const { t, lang, pick } = useI18n();
  const a = t.awards;
  const [revoking, setRevoking] = useState(false);
  return (
    <Flex vertical gap={2}>
      <Flex gap={8} align="baseline" wrap>
        <Typography.Text strong delete={award.revoked}>
          {a.year(award.year)} · {lang === 'vi' ? award.nameVi : award.nameEn}
        </Typography.Text>
        <Tag>{pick(occasionLabels[award.occasion])}</Tag>
        {award.revoked && <Tag color="red">{a.revokedTag}</Tag>}
        {award.abilities.revoke && (
          <Button size="small" type="text" onClick={() => setRevoking(true)}>
            {a.revoke.action}
          </Button>
        )}
      </Flex>
      <Typography.Text type="secondary">
        {a.decision(award.decision.decisionNo, formatDate(award.decision.decisionDate), award.decision.deciderName)}
      </Typography.Text>
      {award.revoked && award.revokedReason && (
        <Typography.Text type="danger">{a.revokedReason(award.revokedReason)}</Typography.Text>
      )}
      {award.note && <Typography.Text type="secondary">{award.note}</Typography.Text>}
      {revoking && <AwardRevokeModal award={award} onClosed={() => setRevoking(false)} />}
    </Flex>
  );
}
