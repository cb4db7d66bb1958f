// Naming the current filters of the member list to keep them as a saved search.
import { AutoComplete, Form, Modal } from 'antd';
import { useI18n } from '../../i18n/i18n-context.ts';
import { useModalLifecycle } from '../../lib/use-modal-lifecycle.ts';

/** The "Lưu bộ lọc hiện tại" dialog; picking an existing name overwrites that search. */
export function SavedSearchSaveModal({
  names,
  onSave,
  onClosed,
}: {
  names: string[];
  onSave: (name: string) => void;
  onClosed: () => void;
}) {
  const [form] = Form.useForm<{ name: string }>();
  const { t } = useI18n();
  const { close, modalProps } = useModalLifecycle(onClosed);
  const label = t.members.saved.name;

  return (
    <Modal
      {...modalProps}
      width={480}
      title={t.members.saved.saveTitle}
      okText={t.common.save}
      cancelText={t.common.cancel}
      onOk={() => form.submit()}
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={({ name }) => {
          onSave(name.trim());
          close();
        }}
      >
        <Form.Item
          name="name"
          label={label}
          extra={t.members.saved.nameHelp}
          rules={[{ required: true, whitespace: true, message: t.common.required(label) }]}
        >
          <AutoComplete
            autoFocus
            maxLength={80}
            placeholder={t.members.saved.namePlaceholder}
            options={names.map((name) => ({ value: name }))}
            showSearch={{ filterOption: (input, option) => String(option?.value).includes(input) }}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
