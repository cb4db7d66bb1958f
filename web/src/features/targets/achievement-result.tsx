// One achievement the Vietnamese way, "2.876/1.900 — đạt 151,37%", over a progress bar.
import { Flex, Progress, Typography } from 'antd';
import type { UnitAchievement } from '../../../../shared/contracts/targets.ts';
import { formatAchievement } from '../../../../shared/format-number.ts';
import { useI18n } from '../../i18n/i18n-context.ts';

export function AchievementResult({ figure }: { figure: UnitAchievement }) {
  const { t } = useI18n();
  const target = figure.target?.targetValue ?? null;
  if (figure.achieved === null) return <Typography.Text type="secondary">{t.targets.noFigure}</Typography.Text>;
  const text = formatAchievement(figure.achieved, target, t.targets.achievedWord);
  return (
    <Flex vertical gap={2} style={{ minWidth: 200 }}>
      <Typography.Text strong={figure.rate !== null} style={{ fontVariantNumeric: 'tabular-nums' }}>
        {text}
      </Typography.Text>
      {figure.rate !== null && (
        <Progress
          percent={Math.min(100, figure.rate)}
          showInfo={false}
          size="small"
          status={figure.rate >= 100 ? 'success' : 'normal'}
          aria-label={text}
        />
      )}
    </Flex>
  );
}
