// Giao chỉ tiêu: one indicator for the period on screen, the unit itself and the units below it as rows,
// a value each; all rows are saved together or none, and a refused row is marked where it stands.
import { useState } from 'react';
import { Alert, App, Empty, Flex, Form, Input, Modal, Select, Spin, Table, Tag, Typography } from 'antd';
import type { Plan, TargetUnitRef } from '../../../../shared/contracts/targets.ts';
import { formatViNumber } from '../../../../shared/format-number.ts';
import { useI18n } from '../../i18n/i18n-context.ts';
import { ApiError } from '../../lib/api.ts';
import { formatNumber } from '../../lib/format.ts';
import { useErrorReporter } from '../../lib/use-error-reporter.ts';
import { useModalLifecycle } from '../../lib/use-modal-lifecycle.ts';
import { FigureInput } from './figure-input.tsx';
import { periodLabel } from './period-label.ts';
import { useIndicators, usePlan, useSetTargets } from './targets.api.ts';

interface SetValues {
  indicatorId?: number;
  note?: string;
  values?: Record<string, number | null | undefined>;
}

type PlanRow = Plan['rows'][number];

export function SetTargetsModal({
  unit,
  from,
  to,
  onClosed,
}: {
  unit: TargetUnitRef;
  from: string;
  to: string;
  onClosed: () => void;
}) {
  const { t } = useI18n();
  const s = t.targets.set;
  const [form] = Form.useForm<SetValues>();
  const [indicatorId, setIndicatorId] = useState<number | undefined>();
  const indicators = useIndicators(unit.code);
  const plan = usePlan(indicatorId ? { setBy: unit.id, indicatorId, from, to } : null);
  const save = useSetTargets();
  const report = useErrorReporter();
  const { message } = App.useApp();
  const { close, modalProps } = useModalLifecycle(onClosed);
  const [nothing, setNothing] = useState(false);
  const indicator = indicators.data?.find((candidate) => candidate.id === indicatorId);

  const submit = (values: SetValues) => {
    const rows = (plan.data?.rows ?? [])
      .filter((row) => !row.existing)
      .flatMap((row) => {
        const value = values.values?.[String(row.unit.id)];
        return value === null || value === undefined ? [] : [{ unitId: row.unit.id, targetValue: value }];
      });
    setNothing(rows.length === 0);
    if (rows.length === 0 || !values.indicatorId) return;
    save
      .mutateAsync({
        indicatorId: values.indicatorId,
        setByUnitId: unit.id,
        periodStart: from,
        periodEnd: to,
        note: values.note?.trim() || null,
        rows,
      })
      .then((result) => {
        void message.success(s.done(formatNumber(result.items.length)));
        close();
      })
      .catch((error: unknown) => {
        // The server numbers the rows it was sent; put each message under that row's field.
        if (error instanceof ApiError) {
          form.setFields(
            error.fieldErrors.flatMap((detail) => {
              const match = /^body\.rows\.(\d+)\./.exec(detail.field);
              const row = match ? rows[Number(match[1])] : undefined;
              return row ? [{ name: ['values', String(row.unitId)], errors: [detail.message] }] : [];
            }),
          );
        }
        report(error);
      });
  };

  return (
    <Modal
      {...modalProps}
      width={760}
      title={s.title(unit.name)}
      okText={s.submit}
      cancelText={t.common.cancel}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
    >
      <Form form={form} layout="vertical" onFinish={submit}>
        <Flex gap={16} wrap>
          <Form.Item
            name="indicatorId"
            label={s.indicator}
            style={{ flex: '1 1 320px' }}
            rules={[{ required: true, message: t.common.requiredChoice(s.indicator) }]}
          >
            <Select<number>
              placeholder={s.indicatorPlaceholder}
              loading={indicators.isPending}
              onChange={(value) => {
                setIndicatorId(value);
                form.setFieldValue('values', {});
              }}
              options={(indicators.data ?? []).map((option) => ({
                value: option.id,
                label: `${option.name} (${option.unitOfMeasure})`,
              }))}
            />
          </Form.Item>
          <Form.Item label={s.period} extra={s.periodHelp} style={{ flex: '0 1 240px' }}>
            <Typography.Text strong>{periodLabel(t, from, to)}</Typography.Text>
          </Form.Item>
        </Flex>
        {!indicatorId ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={s.pickIndicator} />
        ) : plan.isPending ? (
          <Spin />
        ) : (
          <>
            <Typography.Paragraph type="secondary">{s.rowsHelp}</Typography.Paragraph>
            <Table<PlanRow>
              rowKey={(row) => row.unit.id}
              size="small"
              pagination={false}
              scroll={{ y: 360 }}
              dataSource={plan.data?.rows ?? []}
              columns={[
                {
                  key: 'unit',
                  title: t.targets.columns.unit,
                  render: (_, row) => (
                    <Flex gap={6} align="center" wrap>
                      <span>{row.unit.name}</span>
                      {row.self && <Tag>{s.self}</Tag>}
                    </Flex>
                  ),
                },
                {
                  key: 'value',
                  title: indicator ? `${s.value} (${indicator.unitOfMeasure})` : s.value,
                  width: 260,
                  render: (_, row) =>
                    row.existing ? (
                      <Typography.Text type="secondary">
                        {s.existing(formatViNumber(row.existing.targetValue), row.existing.setByUnit.name)}
                      </Typography.Text>
                    ) : (
                      <Form.Item name={['values', String(row.unit.id)]} style={{ margin: 0 }}>
                        <FigureInput aria-label={`${s.value}: ${row.unit.name}`} />
                      </Form.Item>
                    ),
                },
              ]}
            />
            {nothing && <Alert type="warning" showIcon title={s.nothing} style={{ marginTop: 12 }} />}
          </>
        )}
        <Form.Item name="note" label={s.note} style={{ marginTop: 16, marginBottom: 0 }}>
          <Input placeholder={s.notePlaceholder} maxLength={1000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
