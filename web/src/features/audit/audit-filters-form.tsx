// The filters of the audit log: who, which unit (and below), which record, what action, when.
import { Button, Col, DatePicker, Form, Input, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useSignedInMe } from '../auth/auth.api.ts';
import { UnitSelect } from '../units/unit-select.tsx';
import { useUnit } from '../units/units.api.ts';
import { useUsers } from '../users/users.api.ts';
import { useI18n } from '../../i18n/i18n-context.ts';
import { DATE_FORMAT, toApiDate } from '../../lib/format.ts';
import type { AuditFilters } from './audit.api.ts';

interface FilterValues {
  userId?: number;
  unitId?: number | null;
  action?: string;
  entity?: string;
  entityId?: string;
  period?: [Dayjs | null, Dayjs | null] | null;
}

/** The filter bar; applying a filter goes back to the first page. */
export function AuditFiltersForm({
  filters,
  onApply,
}: {
  filters: AuditFilters;
  onApply: (filters: AuditFilters) => void;
}) {
  const { t } = useI18n();
  const { capabilities } = useSignedInMe();
  const users = useUsers(capabilities.manageUsers);
  const filterUnit = useUnit(filters.unitId);
  const initialUnit = filterUnit.data ?? null;

  const apply = (values: FilterValues) =>
    onApply({
      page: 1,
      pageSize: filters.pageSize,
      userId: values.userId,
      unitId: values.unitId ?? undefined,
      action: values.action,
      entity: values.entity,
      entityId: values.entityId?.trim() || undefined,
      from: toApiDate(values.period?.[0]),
      to: toApiDate(values.period?.[1]),
    });

  const initialValues: FilterValues = {
    userId: filters.userId,
    unitId: filters.unitId,
    action: filters.action,
    entity: filters.entity,
    entityId: filters.entityId,
    period:
      filters.from || filters.to
        ? [filters.from ? dayjs(filters.from) : null, filters.to ? dayjs(filters.to) : null]
        : null,
  };
  const options = (labels: Record<string, string>) =>
    Object.entries(labels).map(([value, label]) => ({ value, label }));

  return (
    <Form layout="vertical" initialValues={initialValues} onFinish={apply}>
      <Row gutter={16} align="bottom">
        {capabilities.manageUsers && (
          <Col xs={24} md={12} xl={6}>
            <Form.Item name="userId" label={t.audit.user}>
              <Select
                allowClear
                showSearch={{ optionFilterProp: 'label' }}
                placeholder={t.audit.anyUser}
                loading={users.isPending}
                options={(users.data ?? []).map((user) => ({
                  value: user.id,
                  label: `${user.displayName} (${user.username})`,
                }))}
              />
            </Form.Item>
          </Col>
        )}
        <Col xs={24} md={12} xl={capabilities.manageUsers ? 6 : 8}>
          <Form.Item name="unitId" label={t.audit.unit}>
            <UnitSelect key={initialUnit?.id ?? 'none'} allowClear initialOption={initialUnit} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12} xl={capabilities.manageUsers ? 6 : 8}>
          <Form.Item name="action" label={t.audit.action}>
            <Select
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              placeholder={t.audit.anyAction}
              options={options(t.audit.actions)}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12} xl={capabilities.manageUsers ? 6 : 8}>
          <Form.Item name="period" label={t.audit.dateRange}>
            <DatePicker.RangePicker
              format={DATE_FORMAT}
              allowEmpty={[true, true]}
              placeholder={[t.audit.from, t.audit.to]}
              style={{ width: '100%' }}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12} xl={6}>
          <Form.Item name="entity" label={t.audit.entity}>
            <Select allowClear placeholder={t.audit.anyEntity} options={options(t.audit.entities)} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12} xl={6}>
          <Form.Item name="entityId" label={t.audit.entityId}>
            <Input allowClear maxLength={100} />
          </Form.Item>
        </Col>
        <Col xs={24} xl={12}>
          <Form.Item>
            <Row gutter={8} justify="end">
              <Col>
                <Button onClick={() => onApply({ page: 1, pageSize: filters.pageSize })}>{t.audit.reset}</Button>
              </Col>
              <Col>
                <Button type="primary" htmlType="submit">
                  {t.audit.filter}
                </Button>
              </Col>
            </Row>
          </Form.Item>
        </Col>
      </Row>
    </Form>
  );
}
