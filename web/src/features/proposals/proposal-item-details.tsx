// An item opened up: the achievement report, the evidence files to download, and the engine's answer with
// every reason and the rule it cites, as it stood when the appraisal checked it.
import { PaperClipOutlined } from '@ant-design/icons';
import { Flex, Typography } from 'antd';
import type { ProposalDetail, ProposalItem } from '../../../../shared/contracts/proposals.ts';
import { useI18n } from '../../i18n/i18n-context.ts';
import { formatDateTime } from '../../lib/format.ts';
import { EligibilityResultView } from '../eligibility/eligibility-result-view.tsx';

export function ProposalItemDetails({ proposal, item }: { proposal: ProposalDetail; item: ProposalItem }) {
  const { t } = useI18n();
  const s = t.proposals.items;
  const recipient =
    item.recipient.kind === 'individual'
      ? { kind: 'individual' as const, id: item.recipient.personId, name: item.recipient.fullName }
      : { kind: 'collective' as const, id: item.recipient.unitId, name: item.recipient.name };
  return (
    <Flex vertical gap={12}>
      <div>
        <Typography.Text strong>{s.report}</Typography.Text>
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
          {item.achievementReport || t.common.none}
        </Typography.Paragraph>
      </div>
      {item.files.length > 0 && (
        <Flex vertical gap={4}>
          <Typography.Text strong>{s.files}</Typography.Text>
          {item.files.map((file) => (
            <a key={file.id} href={`/api/v1/proposals/${proposal.id}/items/${item.id}/files/${file.id}`}>
              <PaperClipOutlined aria-hidden /> {file.fileName}
            </a>
          ))}
        </Flex>
      )}
      {item.eligibility && (
        <Flex vertical gap={4}>
          {item.eligibilityCheckedAt && (
            <Typography.Text type="secondary">{s.checkedAt(formatDateTime(item.eligibilityCheckedAt))}</Typography.Text>
          )}
          <EligibilityResultView
            check={{
              recipient,
              award: { code: item.code, nameVi: item.nameVi, nameEn: item.nameEn },
              result: {
                recipientId: String(recipient.id),
                code: item.code,
                year: proposal.year,
                ...item.eligibility,
                achievementIds: [],
              },
            }}
          />
        </Flex>
      )}
    </Flex>
  );
}
