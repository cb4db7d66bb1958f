// Adding or editing an item of a draft: a person or a collective of the proposing unit, the title or form for
// that kind of recipient, the achievement report and its evidence files.
import { useState } from 'react';
import { App, Form, Input, Modal, Radio } from 'antd';
import type { ProposalDetail, ProposalItem } from '../../../../shared/contracts/proposals.ts';
import { FilesField } from '../../components/files-field.tsx';
import { useI18n } from '../../i18n/i18n-context.ts';
import { useErrorReporter } from '../../lib/use-error-reporter.ts';
import { useModalLifecycle } from '../../lib/use-modal-lifecycle.ts';
import { AwardTypeSelect } from '../awards/award-type-select.tsx';
import type { UploadedFile } from '../targets/targets.api.ts';
import { RecipientSelect } from './recipient-select.tsx';
import { useSaveItem } from './proposals.api.ts';

type Kind = 'individual' | 'collective';
type Values = { recipient: number | string; code: string; achievementReport?: string; files: UploadedFile[] };

export function ProposalItemModal({
  proposal,
  item,
  onClosed,
}: {
  proposal: ProposalDetail;
  item: ProposalItem | null;
  onClosed: () => void;
}) {
  const { t } = useI18n();
  const s = t.proposals.itemForm;
  const [form] = Form.useForm<Values>();
  const [kind, setKind] = useState<Kind>(item?.recipient.kind ?? 'individual');
  const save = useSaveItem(proposal.id, item?.id ?? null);
  const report = useErrorReporter();
  const { message } = App.useApp();
  const { close, modalProps } = useModalLifecycle(onClosed);
  const initialRecipient = item
    ? item.recipient.kind === 'individual'
      ? { value: item.recipient.personId, label: item.recipient.fullName }
      : { value: item.recipient.code, label: item.recipient.name }
    : null;
  return (
    <Modal
      {...modalProps}
      width={720}
      title={item ? s.editTitle : s.addTitle}
      okText={t.common.save}
      cancelText={t.common.cancel}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{
          recipient: initialRecipient?.value,
          code: item?.code,
          achievementReport: item?.achievementReport ?? '',
          files: (item?.files ?? []).map((file) => ({ ...file, mimeType: '' })),
        }}
        onFinish={(values) =>
          save
            .mutateAsync({
              version: proposal.version,
              ...(kind === 'individual'
                ? { personId: Number(values.recipient) }
                : { unitCode: String(values.recipient) }),
              code: values.code,
              achievementReport: values.achievementReport ?? '',
              attachmentIds: values.files.map((file) => file.id),
            })
            .then(() => {
              void message.success(s.saved);
              close();
            })
            .catch((error: unknown) => report(error, form))
        }
      >
        <Form.Item label={s.kind}>
          <Radio.Group
            value={kind}
            onChange={(event) => {
              setKind(event.target.value as Kind);
              form.setFieldsValue({ recipient: undefined, code: undefined });
            }}
            options={[
              { value: 'individual', label: s.person },
              { value: 'collective', label: s.unit },
            ]}
          />
        </Form.Item>
        <Form.Item
          name="recipient"
          label={kind === 'individual' ? s.person : s.unit}
          rules={[{ required: true, message: t.common.requiredChoice(kind === 'individual' ? s.person : s.unit) }]}
        >
          <RecipientSelect
            key={kind}
            kind={kind}
            unitCode={proposal.proposerUnit.code}
            initial={initialRecipient}
            placeholder={kind === 'individual' ? s.personPlaceholder : s.unitPlaceholder}
          />
        </Form.Item>
        <Form.Item name="code" label={s.code} rules={[{ required: true, message: t.common.requiredChoice(s.code) }]}>
          <AwardTypeSelect kind={kind} />
        </Form.Item>
        <Form.Item name="achievementReport" label={s.report} extra={s.reportHelp}>
          <Input.TextArea rows={5} maxLength={20000} />
        </Form.Item>
        <Form.Item name="files" label={s.files}>
          <FilesField labels={{ upload: s.upload, removeFile: s.removeFile }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
