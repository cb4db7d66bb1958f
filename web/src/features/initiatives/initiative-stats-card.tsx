// The figures as the articles write them: "2.327 sáng kiến cải tiến kỹ thuật, 935 công trình sản phẩm,
// 1.576 đề tài", the benefit in đồng, and the split by recognition level, for a unit and whole years.
import { useState } from 'react';
import { Alert, Card, Flex, InputNumber, Space, Tag, Typography } from 'antd';
import { recognitionLevelLabels } from '../../../../shared/contracts/initiatives.ts';
import { formatViNumber } from '../../../../shared/format-number.ts';
import { useI18n } from '../../i18n/i18n-context.ts';
import { errorText } from '../../lib/error-text.ts';
import { useInitiativeStats } from './initiatives.api.ts';

export function InitiativeStatsCard({ unit }: { unit: string | undefined }) {
  const { t, lang, pick } = useI18n();
  const s = t.initiatives.stats;
  const thisYear = new Date().getFullYear();
  const [fromYear, setFromYear] = useState(thisYear - 1);
  const [toYear, setToYear] = useState(thisYear);
  const stats = useInitiativeStats(unit, Math.min(fromYear, toYear), Math.max(fromYear, toYear));
  const data = stats.data;
  return (
    <Card
      size="small"
      title={s.title}
      extra={
        <Space>
          <label htmlFor="stats-from">{s.from}</label>
          <InputNumber
            id="stats-from"
            size="small"
            min={1945}
            max={2100}
            value={fromYear}
            onChange={(value) => value && setFromYear(value)}
          />
          <label htmlFor="stats-to">{s.to}</label>
          <InputNumber
            id="stats-to"
            size="small"
            min={1945}
            max={2100}
            value={toYear}
            onChange={(value) => value && setToYear(value)}
          />
        </Space>
      }
    >
      {stats.isError && <Alert type="error" showIcon title={errorText(stats.error, lang, t)} />}
      {data && (
        <Flex vertical gap={6} data-testid="initiative-stats">
          <Typography.Text type="secondary">
            {s.recognisedIn(data.unit.name, s.period(data.fromYear, data.toYear))}
          </Typography.Text>
          <Typography.Text strong style={{ fontSize: 16 }}>
            {lang === 'en' ? data.sentenceEn : data.sentenceVi}
          </Typography.Text>
          <Typography.Text>{s.benefit(formatViNumber(data.benefitVnd))}</Typography.Text>
          <Flex gap={6} wrap align="center">
            <Typography.Text type="secondary">{s.byLevel}:</Typography.Text>
            {data.byLevel.map((row) => (
              <Tag key={row.level}>
                {pick(recognitionLevelLabels[row.level])}: {formatViNumber(row.count)}
              </Tag>
            ))}
          </Flex>
          <Typography.Text type="secondary">
            {s.waiting(formatViNumber(data.submitted))} · {s.rejected(formatViNumber(data.rejected))}
          </Typography.Text>
        </Flex>
      )}
    </Card>
  );
}
