// Linking a login to the member record it belongs to; a record already owned by another login is explained in place.
import { useState } from 'react';
import { Alert, App, Form, Modal, Typography } from 'antd';
import type { User } from '../../../../shared/contracts/users.ts';
import { useI18n } from '../../i18n/i18n-context.ts';
import { ApiError } from '../../lib/api.ts';
import { useErrorReporter } from '../../lib/use-error-reporter.ts';
import { useModalLifecycle } from '../../lib/use-modal-lifecycle.ts';
import { PersonSelect, type PersonOption } from './person-select.tsx';
import { useLinkUserPerson } from './users.api.ts';

interface LinkValues {
  personId: number;
}

/** The "Liên kết hồ sơ" dialog of the users page. */
export function UserPersonModal({
  user,
  linkedLogins,
  onClosed,
}: {
  user: User;
  linkedLogins: ReadonlyMap<number, string>;
  onClosed: () => void;
}) {
  const [form] = Form.useForm<LinkValues>();
  const link = useLinkUserPerson();
  const report = useErrorReporter();
  const { message } = App.useApp();
  const { t, lang } = useI18n();
  const { close, modalProps } = useModalLifecycle(onClosed);
  const [picked, setPicked] = useState<PersonOption | null>(null);
  // The server's sentence naming the login that owns the record, kept until another record is chosen.
  const [taken, setTaken] = useState<string | null>(null);
  const chosen = Form.useWatch('personId', form);

  const submit = ({ personId }: LinkValues) =>
    link.mutate(
      { userId: user.id, personId },
      {
        onSuccess: (updated) => {
          void message.success(t.users.personLinked(user.username, updated.person?.fullName ?? ''));
          close();
        },
        onError: (error) => {
          if (error instanceof ApiError && error.status === 409) {
            const pickText = (item: { message: string; messageEn: string }) =>
              lang === 'en' ? item.messageEn : item.message;
            const field = error.fieldErrors[0];
            setTaken(pickText(error));
            form.setFields([{ name: 'personId', errors: [field ? pickText(field) : t.users.personTakenTitle] }]);
            return;
          }
          report(error, form);
        },
      },
    );

  return (
    <Modal
      {...modalProps}
      width={640}
      title={t.users.linkPersonTitle(user.username)}
      okText={t.users.linkPersonOk}
      cancelText={t.common.cancel}
      confirmLoading={link.isPending}
      okButtonProps={{ disabled: !chosen || chosen === user.person?.id }}
      onOk={() => form.submit()}
    >
      <Typography.Paragraph type="secondary">{t.users.linkPersonHelp}</Typography.Paragraph>
      {user.person && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={t.users.linkPersonCurrent(user.person.fullName)}
        />
      )}
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        onValuesChange={() => setTaken(null)}
        initialValues={{ personId: user.person?.id }}
      >
        <Form.Item
          name="personId"
          label={t.users.person}
          rules={[{ required: true, message: t.common.requiredChoice(t.users.person) }]}
        >
          <PersonSelect
            linkedLogins={linkedLogins}
            onPicked={setPicked}
            initialOption={
              user.person
                ? {
                    id: user.person.id,
                    displayName: user.person.fullName,
                    fullName: user.person.fullName,
                    birthYear: null,
                    unitName: user.person.unitName,
                    status: null,
                  }
                : null
            }
          />
        </Form.Item>
      </Form>
      {taken && (
        <Alert
          type="error"
          showIcon
          title={t.users.personTakenTitle}
          description={
            <>
              {taken} {t.users.personTakenHelp}
            </>
          }
        />
      )}
      {picked && !taken && linkedLogins.has(picked.id) && linkedLogins.get(picked.id) !== user.username && (
        <Alert type="warning" showIcon title={t.users.personLinkedTo(linkedLogins.get(picked.id)!)} />
      )}
    </Modal>
  );
}
