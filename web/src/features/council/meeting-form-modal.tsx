// Planning or editing a meeting: the council's unit, title, date, place, and the whole council with roles.
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, DatePicker, Flex, Form, Input, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useNavigate } from 'react-router-dom';
import {
  councilRoleLabels,
  councilRoles,
  type CouncilRole,
  type Meeting,
} from '../../../../shared/contracts/council.ts';
import { useI18n } from '../../i18n/i18n-context.ts';
import { DATE_FORMAT, toApiDate } from '../../lib/format.ts';
import { useErrorReporter } from '../../lib/use-error-reporter.ts';
import { useModalLifecycle } from '../../lib/use-modal-lifecycle.ts';
import { useCouncilUnits, useMemberOptions, useSaveMeeting } from './council.api.ts';

interface FormValues {
  unitId: number;
  title: string;
  heldOn: Dayjs;
  location?: string;
  members: { userId: number; councilRole: CouncilRole }[];
}

export function MeetingFormModal({ meeting, onClosed }: { meeting: Meeting | null; onClosed: () => void }) {
  const { t, pick } = useI18n();
  const f = t.council.form;
  const [form] = Form.useForm<FormValues>();
  const { close, modalProps } = useModalLifecycle(onClosed);
  const save = useSaveMeeting(meeting?.id ?? null);
  const report = useErrorReporter();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const units = useCouncilUnits(meeting === null);
  const unitId = Form.useWatch('unitId', form) ?? meeting?.unitId;
  const options = useMemberOptions(unitId);

  const submit = (values: FormValues) =>
    save.mutate(
      {
        unitId: values.unitId ?? meeting?.unitId,
        title: values.title,
        heldOn: toApiDate(values.heldOn)!,
        location: values.location?.trim() || null,
        members: values.members,
      },
      {
        onSuccess: (saved) => {
          void message.success(f.saved);
          close();
          if (!meeting) void navigate(`/council/${saved.id}`);
        },
        onError: (error) => report(error, form),
      },
    );

  return (
    <Modal
      {...modalProps}
      title={meeting ? t.council.edit : t.council.create}
      width={760}
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
          unitId: meeting?.unitId,
          title: meeting?.title,
          heldOn: meeting ? dayjs(meeting.heldOn) : undefined,
          location: meeting?.location ?? undefined,
          members: meeting
            ? meeting.members.map((m) => ({ userId: m.userId, councilRole: m.councilRole }))
            : [{ councilRole: 'chair' }],
        }}
      >
        {!meeting && (
          <Form.Item
            name="unitId"
            label={f.unit}
            rules={[{ required: true, message: t.common.requiredChoice(f.unit) }]}
          >
            <Select
              loading={units.isFetching}
              options={(units.data?.items ?? []).map((unit) => ({ value: unit.id, label: unit.name }))}
              placeholder={t.common.choose(f.unit)}
            />
          </Form.Item>
        )}
        <Form.Item name="title" label={f.title} rules={[{ required: true, message: t.common.required(f.title) }]}>
          <Input maxLength={300} />
        </Form.Item>
        <Flex gap={16}>
          <Form.Item
            name="heldOn"
            label={f.heldOn}
            style={{ flex: '0 0 200px' }}
            rules={[{ required: true, message: t.common.requiredChoice(f.heldOn) }]}
          >
            <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="location" label={f.location} style={{ flex: 1 }}>
            <Input maxLength={300} />
          </Form.Item>
        </Flex>
        <Form.Item label={f.members} extra={f.membersHelp} required>
          <Form.List name="members">
            {(fields, { add, remove }) => (
              <Flex vertical gap={8}>
                {fields.map((field) => (
                  <Flex key={field.key} gap={8} align="start">
                    <Form.Item
                      name={[field.name, 'userId']}
                      style={{ flex: 1, marginBottom: 0 }}
                      rules={[{ required: true, message: t.common.requiredChoice(f.member) }]}
                    >
                      <Select
                        showSearch={{ optionFilterProp: 'label' }}
                        aria-label={f.member}
                        placeholder={t.common.choose(f.member)}
                        loading={options.isFetching}
                        options={(options.data?.items ?? []).map((option) => ({
                          value: option.userId,
                          label: `${option.fullName} (${option.username})`,
                        }))}
                      />
                    </Form.Item>
                    <Form.Item name={[field.name, 'councilRole']} style={{ width: 220, marginBottom: 0 }}>
                      <Select
                        aria-label={f.role}
                        options={councilRoles.map((role) => ({ value: role, label: pick(councilRoleLabels[role]) }))}
                      />
                    </Form.Item>
                    <Button
                      type="text"
                      aria-label={t.common.cancel}
                      icon={<MinusCircleOutlined aria-hidden />}
                      onClick={() => remove(field.name)}
                      disabled={fields.length === 1}
                    />
                  </Flex>
                ))}
                <Button
                  type="dashed"
                  icon={<PlusOutlined aria-hidden />}
                  onClick={() => add({ councilRole: 'member' })}
                >
                  {f.addMember}
                </Button>
              </Flex>
            )}
          </Form.List>
        </Form.Item>
      </Form>
    </Modal>
  );
}
