// Editing a draft's score sheet: groups (or stand-alone criteria) and the criteria under each, with the total.
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Form, Input, InputNumber, Modal, Row, Typography } from 'antd';
import type { CriteriaBody, Movement } from '../../../../shared/contracts/movements.ts';
import { useI18n } from '../../i18n/i18n-context.ts';
import { formatNumber } from '../../lib/format.ts';
import { useErrorReporter } from '../../lib/use-error-reporter.ts';
import { useModalLifecycle } from '../../lib/use-modal-lifecycle.ts';
import { useSaveCriteria } from './movements.api.ts';

type Item = { title: string; maxPoints: number; scale?: string | null; evidenceRequired?: string | null };
type FormValues = { items: (Item & { children?: Item[] })[] };

const sumOf = (items: FormValues['items'] | undefined) =>
  (items ?? []).reduce(
    (sum, item) =>
      sum +
      (item?.children?.length
        ? item.children.reduce((inner, child) => inner + Math.round((child?.maxPoints ?? 0) * 100), 0)
        : Math.round((item?.maxPoints ?? 0) * 100)),
    0,
  ) / 100;

function CriterionFields({
  name,
  label,
  sumsChildren = false,
}: {
  name: (string | number)[];
  label: string;
  /** A group's points are its criteria's sum, so the field only shows it. */
  sumsChildren?: boolean;
}) {
  const { t } = useI18n();
  const c = t.movements.criteria;
  return (
    <Row gutter={8}>
      <Col span={10}>
        <Form.Item
          name={[...name, 'title']}
          label={label}
          rules={[{ required: true, message: t.common.required(c.groupTitle) }]}
        >
          <Input.TextArea autoSize maxLength={1000} />
        </Form.Item>
      </Col>
      <Col span={4}>
        <Form.Item name={[...name, 'maxPoints']} label={c.points} rules={[{ required: true }]}>
          <InputNumber
            min={0}
            max={10000}
            step={0.5}
            decimalSeparator=","
            disabled={sumsChildren}
            style={{ width: '100%' }}
          />
        </Form.Item>
      </Col>
      <Col span={5}>
        <Form.Item name={[...name, 'scale']} label={c.scale}>
          <Input.TextArea autoSize maxLength={2000} />
        </Form.Item>
      </Col>
      <Col span={5}>
        <Form.Item name={[...name, 'evidenceRequired']} label={c.evidence}>
          <Input.TextArea autoSize maxLength={2000} />
        </Form.Item>
      </Col>
    </Row>
  );
}

export function CriteriaModal({ movement, onClosed }: { movement: Movement; onClosed: () => void }) {
  const { t } = useI18n();
  const c = t.movements.criteria;
  const [form] = Form.useForm<FormValues>();
  const save = useSaveCriteria(movement.id);
  const report = useErrorReporter();
  const { message } = App.useApp();
  const { close, modalProps } = useModalLifecycle(onClosed);
  const items = Form.useWatch('items', form);

  const submit = (values: FormValues) => {
    const body: CriteriaBody = {
      items: values.items.map((item) => ({
        title: item.title,
        maxPoints: item.children?.length ? 0 : item.maxPoints,
        scale: item.scale || null,
        evidenceRequired: item.evidenceRequired || null,
        children: (item.children ?? []).map((child) => ({
          title: child.title,
          maxPoints: child.maxPoints,
          scale: child.scale || null,
          evidenceRequired: child.evidenceRequired || null,
        })),
      })),
    };
    return save
      .mutateAsync(body)
      .then(() => {
        void message.success(c.saved);
        close();
      })
      .catch((error: unknown) => report(error, form));
  };

  return (
    <Modal
      {...modalProps}
      width={1100}
      title={c.editTitle}
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
          items: movement.criteria.map((group) => ({
            title: group.title,
            maxPoints: group.maxPoints,
            scale: group.scale,
            evidenceRequired: group.evidenceRequired,
            children: group.children.map(({ title, maxPoints, scale, evidenceRequired }) => ({
              title,
              maxPoints,
              scale,
              evidenceRequired,
            })),
          })),
        }}
      >
        <Form.List name="items">
          {(groups, { add, remove }) => (
            <>
              {groups.map((group, index) => (
                <Card
                  key={group.key}
                  size="small"
                  style={{ marginBottom: 12 }}
                  title={`${c.group} ${index + 1}`}
                  extra={
                    <Button type="text" danger icon={<DeleteOutlined aria-hidden />} onClick={() => remove(group.name)}>
                      {c.remove}
                    </Button>
                  }
                >
                  <CriterionFields
                    name={[group.name]}
                    label={c.groupTitle}
                    sumsChildren={Boolean(items?.[group.name]?.children?.length)}
                  />
                  {Boolean(items?.[group.name]?.children?.length) && (
                    <Typography.Text type="secondary">{c.pointsOfGroup}</Typography.Text>
                  )}
                  <Form.List name={[group.name, 'children']}>
                    {(children, childOps) => (
                      <div style={{ paddingLeft: 24 }}>
                        {children.map((child, inner) => (
                          <Row key={child.key} gutter={8} align="middle" wrap={false}>
                            <Col flex="auto">
                              <CriterionFields name={[child.name]} label={`${index + 1}.${inner + 1}`} />
                            </Col>
                            <Col>
                              <Button
                                type="text"
                                danger
                                aria-label={c.remove}
                                icon={<DeleteOutlined aria-hidden />}
                                onClick={() => childOps.remove(child.name)}
                              />
                            </Col>
                          </Row>
                        ))}
                        <Button
                          size="small"
                          icon={<PlusOutlined aria-hidden />}
                          onClick={() => childOps.add({ maxPoints: 10 })}
                        >
                          {c.addChild}
                        </Button>
                      </div>
                    )}
                  </Form.List>
                </Card>
              ))}
              <Button
                type="dashed"
                block
                icon={<PlusOutlined aria-hidden />}
                onClick={() => add({ maxPoints: 0, children: [] })}
              >
                {c.addGroup}
              </Button>
            </>
          )}
        </Form.List>
        <Typography.Title level={5} style={{ marginTop: 16 }}>
          {c.total(formatNumber(sumOf(items)))}
        </Typography.Title>
      </Form>
    </Modal>
  );
}
