// Choosing the units a draft covers: one by one, or every grassroots union under a unit at once.
import { useState } from 'react';
import { CloseOutlined } from '@ant-design/icons';
import { App, Button, Flex, Form, Modal, Tag, Typography } from 'antd';
import type { Movement, UnitRef } from '../../../../shared/contracts/movements.ts';
import { useI18n } from '../../i18n/i18n-context.ts';
import { formatNumber } from '../../lib/format.ts';
import { useErrorReporter } from '../../lib/use-error-reporter.ts';
import { useModalLifecycle } from '../../lib/use-modal-lifecycle.ts';
import { UnitSelect } from '../units/unit-select.tsx';
import { useAddGrassroots, useSaveCoveredUnits } from './movements.api.ts';

export function CoveredUnitsModal({ movement, onClosed }: { movement: Movement; onClosed: () => void }) {
  const { t } = useI18n();
  const u = t.movements.units;
  const save = useSaveCoveredUnits(movement.id);
  const addGrassroots = useAddGrassroots(movement.id);
  const report = useErrorReporter();
  const { message } = App.useApp();
  const { close, modalProps } = useModalLifecycle(onClosed);
  const [chosen, setChosen] = useState<UnitRef[]>(movement.coveredUnits);
  const [under, setUnder] = useState<number | null>(null);

  const addOne = (unit: UnitRef | null) => {
    if (unit && !chosen.some((known) => known.id === unit.id)) setChosen([...chosen, unit]);
  };
  // The shortcut is answered by the server, which knows the tree; the units already chosen are kept first.
  const addAll = () =>
    save
      .mutateAsync(chosen.map((unit) => unit.id))
      .then(() => addGrassroots.mutateAsync(under!))
      .then((saved) => setChosen(saved.coveredUnits))
      .catch((error: unknown) => report(error));

  return (
    <Modal
      {...modalProps}
      width={760}
      title={u.editTitle}
      okText={t.common.save}
      cancelText={t.common.cancel}
      confirmLoading={save.isPending}
      onOk={() =>
        save
          .mutateAsync(chosen.map((unit) => unit.id))
          .then(() => {
            void message.success(u.saved);
            close();
          })
          .catch((error: unknown) => report(error))
      }
    >
      <Form layout="vertical">
        <Form.Item label={u.add}>
          <UnitSelect activeOnly excludeIds={[movement.launchingUnit.id]} value={null} onPicked={addOne} />
        </Form.Item>
        <Form.Item label={u.addGrassroots}>
          <Flex gap={8}>
            <UnitSelect activeOnly value={under} onChange={setUnder} />
            <Button onClick={addAll} disabled={!under} loading={addGrassroots.isPending}>
              {u.addGrassrootsButton}
            </Button>
          </Flex>
        </Form.Item>
      </Form>
      <Typography.Paragraph strong>{u.chosen(formatNumber(chosen.length))}</Typography.Paragraph>
      <Flex wrap gap={6}>
        {chosen.map((unit) => (
          <Tag
            key={unit.id}
            closable
            closeIcon={<CloseOutlined aria-label={t.movements.criteria.remove} />}
            onClose={() => setChosen(chosen.filter((known) => known.id !== unit.id))}
          >
            {unit.name}
          </Tag>
        ))}
      </Flex>
    </Modal>
  );
}
