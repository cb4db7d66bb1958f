// One title or form of the catalogue: its names, and its criteria, quotas and parameter references as JSON;
// saving adds a version (confirmed first) and the server re-validates the whole catalogue.
import { App, Form, Input, List, Modal, Typography } from 'antd';
import type { CatalogueEntry } from '../../../../shared/contracts/awards.ts';
import type { AwardType } from '../../../../shared/contracts/emulation.ts';
import { useI18n } from '../../i18n/i18n-context.ts';
import { formatDateTime } from '../../lib/format.ts';
import { useErrorReporter } from '../../lib/use-error-reporter.ts';
import { useModalLifecycle } from '../../lib/use-modal-lifecycle.ts';
import { useCatalogueHistory, useUpdateCatalogueEntry } from './catalogue.api.ts';

type Values = { nameVi: string; nameEn: string; rest: string; changeNote: string };

export function CatalogueEntryModal({
  entry,
  canEdit,
  onClosed,
}: {
  entry: CatalogueEntry;
  canEdit: boolean;
  onClosed: () => void;
}) {
  const { t } = useI18n();
  const c = t.awards.catalogue;
  const [form] = Form.useForm<Values>();
  const history = useCatalogueHistory(entry.code);
  const update = useUpdateCatalogueEntry(entry.code);
  const report = useErrorReporter();
  const { message, modal } = App.useApp();
  const { close, modalProps } = useModalLifecycle(onClosed);
  const { nameVi, nameEn, ...rest } = entry.definition;

  const submit = (values: Values) => {
    let parsed: Omit<AwardType, 'nameVi' | 'nameEn'>;
    try {
      parsed = JSON.parse(values.rest) as typeof parsed;
    } catch {
      form.setFields([{ name: 'rest', errors: [c.jsonInvalid] }]);
      return;
    }
    modal.confirm({
      title: c.confirmSave,
      okText: c.save,
      cancelText: t.common.cancel,
      onOk: () =>
        update
          .mutateAsync({
            definition: { ...parsed, nameVi: values.nameVi.trim(), nameEn: values.nameEn.trim() },
            changeNote: values.changeNote.trim(),
          })
          .then((saved) => {
            void message.success(c.saved(saved.version));
            close();
          })
          .catch((error: unknown) => report(error, form)),
    });
  };

  return (
    <Modal
      {...modalProps}
      width={860}
      title={`${entry.code} · ${nameVi}`}
      okText={c.save}
      cancelText={t.common.cancel}
      okButtonProps={{ disabled: !canEdit }}
      confirmLoading={update.isPending}
      onOk={() => form.submit()}
    >
      {!canEdit && <Typography.Paragraph type="secondary">{c.readOnly}</Typography.Paragraph>}
      <Form
        form={form}
        name="catalogue"
        layout="vertical"
        disabled={!canEdit}
        onFinish={submit}
        initialValues={{ nameVi, nameEn, rest: JSON.stringify(rest, null, 2), changeNote: '' }}
      >
        <Form.Item name="nameVi" label={c.nameVi} rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item name="nameEn" label={c.nameEn} rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item name="rest" label={c.definition} extra={c.definitionHelp} rules={[{ required: true }]}>
          <Input.TextArea rows={14} spellCheck={false} style={{ fontFamily: 'monospace', fontSize: 12 }} />
        </Form.Item>
        {canEdit && (
          <Form.Item
            name="changeNote"
            label={c.changeNote}
            rules={[{ required: true, whitespace: true, message: t.common.required(c.changeNote) }]}
          >
            <Input maxLength={1000} />
          </Form.Item>
        )}
      </Form>
      <List
        size="small"
        header={<Typography.Text strong>{c.history}</Typography.Text>}
        loading={history.isLoading}
        dataSource={history.data?.items ?? []}
        renderItem={(version) => (
          <List.Item>
            {c.version} {version.version} · {formatDateTime(version.createdAt)} · {version.changeNote ?? ''}
          </List.Item>
        )}
      />
    </Modal>
  );
}
