// An indicator's name with its unit of measure, whether it is counted or reported, and how it is counted.
import { QuestionCircleOutlined } from '@ant-design/icons';
import { Button, Flex, Popover, Tag, Typography } from 'antd';
import { memberRecordFields, type Indicator } from '../../../../shared/contracts/targets.ts';
import { useI18n } from '../../i18n/i18n-context.ts';

export function IndicatorDefinition({ indicator }: { indicator: Indicator }) {
  const { t } = useI18n();
  const help = t.targets.help;
  if (indicator.code === 'member_records') {
    return (
      <div style={{ maxWidth: 380 }}>
        {help.member_records}
        <ul style={{ margin: '4px 0 0', paddingInlineStart: 20 }}>
          {memberRecordFields.map((field) => (
            <li key={field}>{t.targets.recordFields[field]}</li>
          ))}
        </ul>
      </div>
    );
  }
  const text =
    indicator.code === 'new_members'
      ? help.new_members
      : indicator.code === 'outreach_sessions'
        ? help.outreach_sessions
        : help.manual;
  return <div style={{ maxWidth: 380 }}>{text}</div>;
}

export function IndicatorCell({ indicator }: { indicator: Indicator }) {
  const { t } = useI18n();
  const tags = t.targets.sourceTags;
  const counted = indicator.source !== 'manual';
  return (
    <Flex vertical gap={4}>
      <Flex gap={4} align="center" wrap>
        <Typography.Text strong>{indicator.name}</Typography.Text>
        <Popover title={t.targets.definition} content={<IndicatorDefinition indicator={indicator} />}>
          <Button
            type="text"
            size="small"
            icon={<QuestionCircleOutlined aria-hidden />}
            aria-label={`${t.targets.definition}: ${indicator.name}`}
          />
        </Popover>
      </Flex>
      <Flex gap={4} wrap>
        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
          {t.targets.unitOfMeasure(indicator.unitOfMeasure)}
        </Typography.Text>
        <Tag color={counted ? 'blue' : 'gold'}>{counted ? tags.computed : tags.manual}</Tag>
        {indicator.archived && <Tag>{tags.archived}</Tag>}
      </Flex>
    </Flex>
  );
}
