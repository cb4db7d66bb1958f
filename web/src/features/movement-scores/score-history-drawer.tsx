// The history of one criterion's score: every change once given, with who, when, before, after and why.
import { Drawer, Empty, Tag, Timeline, Typography } from 'antd';
import type { SheetRow } from '../../../../shared/contracts/movement-scores.ts';
import { useI18n } from '../../i18n/i18n-context.ts';
import { formatDateTime } from '../../lib/format.ts';
import { pointsText } from './points-text.ts';

export function ScoreHistoryDrawer({ row, onClose }: { row: SheetRow | null; onClose: () => void }) {
  const { t } = useI18n();
  const h = t.scoring.history;
  return (
    <Drawer open={row !== null} onClose={onClose} size={480} title={row ? h.title(`${row.number}. ${row.title}`) : ''}>
      {row && row.changes.length === 0 && <Empty description={h.empty} />}
      {row && row.changes.length > 0 && (
        <Timeline
          items={row.changes.map((change) => ({
            key: change.id,
            color: change.stage === 'review' ? 'purple' : 'blue',
            content: (
              <>
                <Tag color={change.stage === 'review' ? 'purple' : 'blue'}>{h[change.stage]}</Tag>
                <Typography.Text strong>
                  {h.change(pointsText(change.pointsBefore, h.none), pointsText(change.pointsAfter, h.none))}
                </Typography.Text>
                <Typography.Paragraph style={{ margin: '4px 0' }}>{change.reason}</Typography.Paragraph>
                <Typography.Text type="secondary">
                  {h.by(change.changedBy ?? '—', formatDateTime(change.changedAt))}
                </Typography.Text>
              </>
            ),
          }))}
        />
      )}
    </Drawer>
  );
}
