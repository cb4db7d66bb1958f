// /verify/card/:cardNumber, where a card's QR code leads: after login, whether the card is valid and whose
// it is, for officers who may read that member's record; everyone else is told it is not in their scope.
import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Flex, Result, Typography } from 'antd';
import { useNavigate, useParams } from 'react-router-dom';
import type { CardVerification } from '../../../../shared/contracts/member-card.ts';
import { genderLabels } from '../../../../shared/members-enums.ts';
import { FullPageSpin } from '../../components/full-page-spin.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { useI18n } from '../../i18n/i18n-context.ts';
import { ApiError } from '../../lib/api.ts';
import { errorText } from '../../lib/error-text.ts';
import { formatDate, formatDateTime } from '../../lib/format.ts';
import { useSignedInMe } from '../auth/auth.api.ts';
import { formatBirth } from '../members/member-format.ts';
import { useCardVerification } from './self-service.api.ts';

function statusLine(result: CardVerification, v: ReturnType<typeof useI18n>['t']['selfService']['verify']): string {
  const since = result.invalidSince ? ` ${v.invalidSince(formatDate(result.invalidSince))}` : '';
  if (result.status === 'suspended') return v.suspended + since;
  if (result.status === 'transferred') return v.replaced + since;
  return v.left + since;
}

function Verdict({ result }: { result: CardVerification }) {
  const { t } = useI18n();
  const v = t.selfService.verify;
  return (
    <Flex align="center" gap={16} style={{ padding: '8px 4px 16px' }} role="status">
      {result.valid ? (
        <CheckCircleFilled style={{ fontSize: 48, color: '#389e0d' }} aria-hidden />
      ) : (
        <CloseCircleFilled style={{ fontSize: 48, color: '#cf1322' }} aria-hidden />
      )}
      <Flex vertical>
        <Typography.Title level={2} style={{ margin: 0, color: result.valid ? '#237804' : '#a8071a' }}>
          {result.valid ? v.valid : v.invalid}
        </Typography.Title>
        {!result.valid && (
          <Typography.Text>
            {statusLine(result, v)}
            {result.reason ? ` (${result.reason})` : ''}
          </Typography.Text>
        )}
      </Flex>
    </Flex>
  );
}

/** The page a scanned card opens. */
export function CardVerifyPage() {
  const { cardNumber = '' } = useParams();
  const { t, lang, pick } = useI18n();
  const { capabilities } = useSignedInMe();
  const check = useCardVerification(cardNumber);
  const navigate = useNavigate();
  const v = t.selfService.verify;
  const f = t.members.fields;

  if (check.isPending) return <FullPageSpin height={320} />;
  if (check.error instanceof ApiError && check.error.status === 404) {
    return (
      <Result
        status="warning"
        title={v.notInScope}
        subTitle={lang === 'en' ? check.error.messageEn : check.error.message}
      />
    );
  }
  if (check.isError) return <Alert type="error" showIcon title={errorText(check.error, lang, t)} />;

  const result = check.data;
  const { member } = result;
  return (
    <>
      <PageHeader title={v.title} />
      <Card style={{ maxWidth: 760 }}>
        <Verdict result={result} />
        <Descriptions
          bordered
          size="small"
          column={1}
          styles={{ label: { width: 220 } }}
          items={[
            {
              key: 'name',
              label: f.fullName,
              children: <Typography.Text strong>{member.displayName}</Typography.Text>,
            },
            {
              key: 'gender',
              label: f.gender,
              children: member.gender ? pick(genderLabels[member.gender]) : t.common.none,
            },
            {
              key: 'birth',
              label: member.birthDate || !member.birthYear ? f.birthDate : f.birthYear,
              children: formatBirth(member) || t.common.none,
            },
            { key: 'card', label: v.cardNumber, children: result.cardNumber },
            { key: 'unit', label: v.issuedBy, children: result.unit.name },
            { key: 'joined', label: f.joinedOn, children: formatDate(result.joinedOn) },
            ...(result.currentUnit
              ? [{ key: 'current', label: v.currentUnit, children: result.currentUnit.name }]
              : []),
            { key: 'checked', label: v.checkedAt, children: formatDateTime(result.checkedAt) },
          ]}
        />
        {capabilities.viewMembers && (
          <Button style={{ marginTop: 16 }} onClick={() => navigate(`/members/${member.id}`)}>
            {v.openRecord}
          </Button>
        )}
      </Card>
    </>
  );
}
