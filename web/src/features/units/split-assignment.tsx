// Each unit below the one being split goes to exactly one of the new units: one required choice per row.
import { Empty, Form, Select, Spin, Typography } from 'antd';
import type { Unit } from '../../../../shared/contracts/units.ts';
import { useI18n } from '../../i18n/i18n-context.ts';
import { UnitTitle } from './unit-title.tsx';

/** The `assign` map of the split form: child id → index of the part it goes to. */
export function SplitAssignment({ units, loading }: { units: Unit[]; loading: boolean }) {
  const { t } = useI18n();
  const parts = Form.useWatch<{ name?: string }[] | undefined>('parts') ?? [];
  const options = parts.map((part, index) => ({
    value: index,
    label: part?.name?.trim() ? `${index + 1}. ${part.name.trim()}` : t.units.split.part(index + 1),
  }));

  return (
    <>
      <Typography.Title level={5} style={{ marginTop: 8 }}>
        {t.units.split.assignTitle}
      </Typography.Title>
      {loading && <Spin />}
      {!loading && units.length === 0 && (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t.units.split.noChildren} />
      )}
      {units.map((unit) => (
        <Form.Item
          key={unit.id}
          name={['assign', String(unit.id)]}
          label={<UnitTitle unit={unit} />}
          layout="horizontal"
          labelCol={{ flex: '1 1 55%' }}
          wrapperCol={{ flex: '1 1 45%' }}
          labelAlign="left"
          colon={false}
          rules={[
            { required: true, message: t.common.requiredChoice(t.units.split.assignTo) },
            {
              validator: (_, value: number | undefined) =>
                value === undefined || value < parts.length
                  ? Promise.resolve()
                  : Promise.reject(new Error(t.common.requiredChoice(t.units.split.assignTo))),
            },
          ]}
        >
          <Select
            options={options}
            placeholder={t.units.split.assignTo}
            aria-label={`${t.units.split.assignTo}: ${unit.name}`}
          />
        </Form.Item>
      ))}
    </>
  );
}
