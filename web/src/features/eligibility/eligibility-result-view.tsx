// The engine's answer as an officer reads it: the verdict, then each reason in Vietnamese with the rule it cites;
// alternatives (meeting one is enough) are marked, and the judgments still to make are listed apart.
import { Alert, Card, Flex, List, Tag, Typography } from 'antd';
import { verdictLabels, type EligibilityCheck } from '../../../../shared/contracts/awards.ts';
import type { Reason, Verdict } from '../../../../shared/contracts/emulation.ts';
import { useI18n } from '../../i18n/i18n-context.ts';

const verdictType: Record<Verdict, 'success' | 'error' | 'warning'> = {
  eligible: 'success',
  ineligible: 'error',
  needs_review: 'warning',
};
const outcomeColor: Record<Reason['outcome'], string> = {
  met: 'green',
  not_met: 'red',
  review: 'gold',
  skipped: 'default',
};

function ReasonList({ title, reasons }: { title: string; reasons: Reason[] }) {
  const { t, lang } = useI18n();
  const e = t.eligibility;
  return (
    <List
      size="small"
      header={<Typography.Text strong>{title}</Typography.Text>}
      dataSource={reasons}
      renderItem={(reason) => (
        <List.Item>
          <Flex vertical gap={2} style={{ width: '100%' }}>
            <Flex gap={8} align="baseline" wrap>
              <Tag color={outcomeColor[reason.outcome]}>
                {e.outcomes[reason.outcome]}
                {reason.anyOf !== undefined && ` · ${e.group(reason.anyOf)}`}
              </Tag>
              <Typography.Text>{lang === 'vi' ? reason.messageVi : reason.messageEn}</Typography.Text>
            </Flex>
            {(reason.citationVi || reason.status === 'unconfirmed') && (
              <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                {lang === 'vi' ? reason.citationVi : reason.citationEn}
                {reason.status === 'unconfirmed' && ` · ${e.unconfirmed}`}
              </Typography.Text>
            )}
          </Flex>
        </List.Item>
      )}
    />
  );
}

export function EligibilityResultView({ check }: { check: EligibilityCheck }) {
  const { t, lang, pick } = useI18n();
  const e = t.eligibility;
  const { result } = check;
  const award = lang === 'vi' ? check.award.nameVi : check.award.nameEn;
  const reasonsTitle =
    result.verdict === 'eligible' ? e.reasonsMet : result.verdict === 'ineligible' ? e.reasonsNotMet : e.reasonsReview;
  const hasAlternatives = result.reasons.some((reason) => reason.anyOf !== undefined);
  return (
    <Card size="small" data-testid="eligibility-result">
      <Flex vertical gap={12}>
        <Alert
          type={verdictType[result.verdict]}
          showIcon
          title={`${pick(verdictLabels[result.verdict])}: ${e.resultTitle(check.recipient.name, award, result.year)}`}
          description={result.ruleSetId ? e.ruleSet(result.ruleSetId) : e.noRuleSet}
        />
        {result.reasons.length > 0 && <ReasonList title={reasonsTitle} reasons={result.reasons} />}
        {hasAlternatives && (
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            {e.alternative}
          </Typography.Text>
        )}
        {result.pending.length > 0 && <ReasonList title={e.pending} reasons={result.pending} />}
      </Flex>
    </Card>
  );
}
