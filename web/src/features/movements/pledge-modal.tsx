// Registering (or correcting) a pledge of a covered unit: the unit itself or one of its people, the title
// aimed for from the catalogue, and the targets.
import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { App, Form, Input, Modal, Radio, Select, Spin } from 'antd';
import type { Pledge, UnitRef } from '../../../../shared/contracts/movements.ts';
import { useI18n } from '../../i18n/i18n-context.ts';
import { api, toQueryString } from '../../lib/api.ts';
import { useDebouncedValue } from '../../lib/use-debounced-value.ts';
import { useErrorReporter } from '../../lib/use-error-reporter.ts';
import { useModalLifecycle } from '../../lib/use-modal-lifecycle.ts';
import { AwardTypeSelect } from '../awards/award-type-select.tsx';
import type { MemberPage } from '../members/members.api.ts';
import { useSavePledge } from './movements.api.ts';

interface FormValues {
  who: 'collective' | 'individual';
  personId?: number;
  awardCode?: string;
  targets: string;
}

/** People of the unit's subtree, found by typing part of the name. */
function UnitPersonSelect({
  unit,
  id,
  value,
  onChange,
}: {
  unit: UnitRef;
  id?: string;
  value?: number;
  onChange?: (value: number) => void;
}) {
  const { t } = useI18n();
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search.trim(), 300);
  const results = useQuery({
    queryKey: ['members', 'pledge-search', unit.code, q],
    queryFn: ({ signal }) =>
      api.get<MemberPage>(`/members${toQueryString({ q, unit: unit.code, pageSize: 20 })}`, { signal }),
    enabled: q.length >= 2,
  });
  return (
    <Select
      id={id}
      value={value}
      onChange={onChange}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      placeholder={t.movements.pledges.personPlaceholder}
      notFoundContent={results.isFetching ? <Spin size="small" /> : null}
      options={(q.length >= 2 ? (results.data?.items ?? []) : []).map((item) => ({
        value: item.id,
        label: item.unit ? `${item.displayName} — ${item.unit.name}` : item.displayName,
      }))}
    />
  );
}

export function PledgeModal({
  movementId,
  unit,
  record,
  onClosed,
}: {
  movementId: number;
  unit: UnitRef;
  record: Pledge | null;
  onClosed: () => void;
}) {
  const { t } = useI18n();
  const p = t.movements.pledges;
  const [form] = Form.useForm<FormValues>();
  const save = useSavePledge(movementId, record?.id ?? null);
  const report = useErrorReporter();
  const { message } = App.useApp();
  const { close, modalProps } = useModalLifecycle(onClosed);
  const who = Form.useWatch('who', form) ?? (record?.person ? 'individual' : 'collective');

  const submit = (values: FormValues) =>
    save
      .mutateAsync({
        unitId: unit.id,
        personId: values.who === 'individual' ? values.personId : null,
        awardCode: values.awardCode || null,
        targets: values.targets,
      })
      .then(() => {
        void message.success(p.saved);
        close();
      })
      .catch((error: unknown) => report(error, form));

  return (
    <Modal
      {...modalProps}
      width={640}
      title={`${record ? p.editTitle : p.createTitle} — ${unit.name}`}
      okText={t.common.save}
      cancelText={t.common.cancel}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
    >
      <Form<FormValues>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{
          who: record?.person ? 'individual' : 'collective',
          personId: record?.person?.id,
          awardCode: record?.awardCode ?? undefined,
          targets: record?.targets ?? '',
        }}
      >
        <Form.Item name="who" label={p.who}>
          <Radio.Group
            disabled={record !== null}
            onChange={() => form.setFieldValue('awardCode', undefined)}
            options={[
              { value: 'collective', label: p.collective },
              { value: 'individual', label: p.individual },
            ]}
          />
        </Form.Item>
        {who === 'individual' && (
          <Form.Item
            name="personId"
            label={p.person}
            rules={[{ required: true, message: t.common.requiredChoice(p.person) }]}
          >
            {record?.person ? (
              <Select disabled options={[{ value: record.person.id, label: record.person.fullName }]} />
            ) : (
              <UnitPersonSelect unit={unit} />
            )}
          </Form.Item>
        )}
        <Form.Item name="awardCode" label={p.award}>
          <AwardTypeSelect kind={who === 'individual' ? 'individual' : 'collective'} />
        </Form.Item>
        <Form.Item
          name="targets"
          label={p.targets}
          extra={p.targetsHelp}
          rules={[{ required: true, whitespace: true, message: t.common.required(p.targets) }]}
        >
          <Input.TextArea rows={4} maxLength={5000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
