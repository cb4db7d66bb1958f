// The "Bảng vàng" tab: what the portal's public honour board shows for the unit and a year, highest awards first.
import { useState } from 'react';
import { TrophyOutlined } from '@ant-design/icons';
import { Alert, Card, Flex, Form, InputNumber, List, Select, Space, Tag, Typography } from 'antd';
import { awardLevelLabels } from '../../../../shared/contracts/award-stats.ts';
import { awardLevels, type AwardLevel } from '../../../../shared/contracts/emulation.ts';
import { formatDateVi } from '../../../../shared/dates.ts';
import { formatViNumber } from '../../../../shared/format-number.ts';
import { FullPageSpin } from '../../components/full-page-spin.tsx';
import { useI18n } from '../../i18n/i18n-context.ts';
import { errorText } from '../../lib/error-text.ts';
import { useHonourBoard } from './award-stats.api.ts';

const LEVEL_COLORS: Partial<Record<AwardLevel, string>> = {
  national: 'gold',
  ministry_province: 'volcano',
  provincial_sector: 'blue',
};

export function HonourBoardPanel({ unit, defaultYear }: { unit: string | undefined; defaultYear: number }) {
  const { t, lang, pick } = useI18n();
  const s = t.awardStats.board;
  const [year, setYear] = useState(defaultYear);
  const [minLevel, setMinLevel] = useState<AwardLevel | undefined>(undefined);
  const board = useHonourBoard(unit, year, minLevel);
  const data = board.data;
  return (
    <Flex vertical gap={16}>
      <Form layout="inline">
        <Form.Item label={s.year} htmlFor="board-year">
          <InputNumber
            id="board-year"
            min={1945}
            max={2100}
            value={year}
            onChange={(v) => v && v >= 1945 && setYear(v)}
          />
        </Form.Item>
        <Form.Item label={s.minLevel} htmlFor="board-level">
          <Select
            id="board-level"
            allowClear
            placeholder={s.allLevels}
            value={minLevel}
            onChange={setMinLevel}
            style={{ minWidth: 260 }}
            options={awardLevels.map((level) => ({ value: level, label: pick(awardLevelLabels[level]) }))}
          />
        </Form.Item>
      </Form>
      {board.isError && <Alert type="error" showIcon title={errorText(board.error, lang, t)} />}
      {board.isPending && <FullPageSpin height={240} />}
      {data && (
        <Card
          size="small"
          title={
            <Space>
              <TrophyOutlined aria-hidden style={{ color: '#d4a017' }} />
              {s.intro(data.unit.name, data.year)}
            </Space>
          }
          extra={
            <Typography.Text type="secondary">
              {s.counts(formatViNumber(data.collectives), formatViNumber(data.individuals))}
            </Typography.Text>
          }
        >
          {data.truncated && <Alert type="warning" showIcon title={s.truncated} style={{ marginBottom: 12 }} />}
          <List
            data-testid="honour-board"
            locale={{ emptyText: s.empty }}
            dataSource={data.entries}
            renderItem={(entry) => (
              <List.Item key={entry.awardId}>
                <List.Item.Meta
                  title={
                    <Space wrap>
                      <Typography.Text strong>
                        {entry.academicTitle ? `${entry.academicTitle} ` : ''}
                        {entry.name}
                      </Typography.Text>
                      {entry.unitName && <Typography.Text type="secondary">— {entry.unitName}</Typography.Text>}
                    </Space>
                  }
                  description={
                    <Flex vertical gap={2}>
                      <Space wrap>
                        <Tag color={LEVEL_COLORS[entry.award.level] ?? 'default'}>
                          {lang === 'en' ? entry.award.nameEn : entry.award.nameVi}
                        </Tag>
                        <Typography.Text type="secondary">
                          {s.decision(entry.decisionNo, formatDateVi(entry.decisionDate), entry.deciderName)}
                        </Typography.Text>
                      </Space>
                      {entry.achievement && <Typography.Text>{entry.achievement}</Typography.Text>}
                    </Flex>
                  }
                />
              </List.Item>
            )}
          />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {s.publicNote}
          </Typography.Text>
        </Card>
      )}
    </Flex>
  );
}
