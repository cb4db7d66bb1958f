// The agreements signed within a movement: parties and signatories, date, content, file.
import { useState } from 'react';
import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Descriptions, Empty, Flex, Typography } from 'antd';
import type { Agreement, Movement } from '../../../../shared/contracts/movements.ts';
import { useI18n } from '../../i18n/i18n-context.ts';
import { formatDate } from '../../lib/format.ts';
import { useConfirm } from '../../lib/use-confirm.ts';
import { useErrorReporter } from '../../lib/use-error-reporter.ts';
import { AgreementModal } from './agreement-modal.tsx';
import { useAgreements, useDeleteAgreement } from './movements.api.ts';

export function AgreementsTab({ movement }: { movement: Movement }) {
  const { t } = useI18n();
  const a = t.movements.agreements;
  const agreements = useAgreements(movement.id);
  const remove = useDeleteAgreement();
  const confirm = useConfirm();
  const report = useErrorReporter();
  const { message } = App.useApp();
  const [open, setOpen] = useState<{ record: Agreement | null } | null>(null);
  const items = agreements.data?.items ?? [];

  return (
    <Flex vertical gap={12}>
      {movement.status === 'draft' && <Alert type="info" showIcon title={a.draftNote} />}
      {movement.abilities.manageAgreements && (
        <div>
          <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setOpen({ record: null })}>
            {a.create}
          </Button>
        </div>
      )}
      {items.length === 0 && !agreements.isFetching && <Empty description={a.empty} />}
      {items.map((agreement) => (
        <Card
          key={agreement.id}
          size="small"
          title={agreement.title}
          extra={
            <Flex gap={4}>
              {agreement.abilities.update && (
                <Button size="small" onClick={() => setOpen({ record: agreement })}>
                  {a.edit}
                </Button>
              )}
              {agreement.abilities.delete && (
                <Button
                  size="small"
                  danger
                  onClick={() =>
                    confirm({
                      title: a.deleteConfirm,
                      content: a.deleteContent(agreement.title),
                      okText: a.delete,
                      danger: true,
                      onOk: () =>
                        remove
                          .mutateAsync(agreement.id)
                          .then(() => message.success(a.deleted))
                          .catch((error: unknown) => {
                            report(error);
                            throw error;
                          }),
                    })
                  }
                >
                  {a.delete}
                </Button>
              )}
            </Flex>
          }
        >
          <Descriptions column={1} size="small">
            <Descriptions.Item label={a.signedOn}>{formatDate(agreement.signedOn)}</Descriptions.Item>
            <Descriptions.Item label={a.parties}>
              {agreement.parties
                .map((party) => (party.signatory ? `${party.unit.name} (${party.signatory})` : party.unit.name))
                .join('; ')}
            </Descriptions.Item>
            <Descriptions.Item label={a.content}>
              <Typography.Paragraph style={{ whiteSpace: 'pre-line', marginBottom: 0 }}>
                {agreement.content}
              </Typography.Paragraph>
            </Descriptions.Item>
            {agreement.file && (
              <Descriptions.Item label={a.file}>
                <a href={`/api/v1/emulation-agreements/${agreement.id}/file`}>{agreement.file.fileName}</a>
              </Descriptions.Item>
            )}
          </Descriptions>
        </Card>
      ))}
      {open && (
        <AgreementModal
          movementId={movement.id}
          units={[movement.launchingUnit, ...movement.coveredUnits]}
          record={open.record}
          onClosed={() => setOpen(null)}
        />
      )}
    </Flex>
  );
}
