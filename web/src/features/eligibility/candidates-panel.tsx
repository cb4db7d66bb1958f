// "Suggest candidates": everyone in a unit's subtree who meets a form's computable criteria for a year, a page at
// a time, with the judgments each still waits on.
import { useState } from 'react';
import { TeamOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Form, InputNumber, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { verdictLabels, type CandidatesQuery } from '../../../../shared/contracts/awards.ts';
import { useI18n } from '../../i18n/i18n-context.ts';
import { errorText } from '../../lib/error-text.ts';
import { formatNumber } from '../../lib/format.ts';
import { AwardTypeSelect } from '../awards/award-type-select.tsx';
import { UnitCodeSelect } from '../members/unit-code-select.tsx';
import { useCandidates } from './eligibility.api.ts';

type Values = { unit?: string; code: string; year: number };
const PAGE_SIZE = 20;

export function CandidatesPanel() {
  const { t, lang, pick } = useI18n();
  const e = t.eligibility;
  const [form] = Form.useForm<Values>();
  const [query, setQuery] = useState<CandidatesQuery | null>(null);
  const candidates = useCandidates(query);
  const data = candidates.data;
  return (
    <Flex vertical gap={12}>
      <Card size="small" styles={{ body: { paddingBottom: 0 } }}>
        <Form
          form={form}
          name="candidates"
          layout="vertical"
          initialValues={{ year: new Date().getFullYear() - 1 }}
          onFinish={(values) => setQuery({ ...values, page: 1, pageSize: PAGE_SIZE })}
        >
          <Flex gap={12} wrap align="end">
            <Form.Item name="unit" label={e.unit} style={{ minWidth: 320 }}>
              <UnitCodeField placeholder={e.unitPlaceholder} />
            </Form.Item>
            <Form.Item
              name="code"
              label={e.code}
              style={{ minWidth: 320 }}
              rules={[{ required: true, message: t.common.requiredChoice(e.code) }]}
            >
              <AwardTypeSelect kind="individual" />
            </Form.Item>
            <Form.Item name="year" label={e.year} rules={[{ required: true, message: t.common.required(e.year) }]}>
              <InputNumber min={1945} max={2100} />
            </Form.Item>
            <Form.Item>
              <Button
                type="primary"
                htmlType="submit"
                icon={<TeamOutlined aria-hidden />}
                loading={candidates.isFetching}
              >
                {e.suggest}
              </Button>
            </Form.Item>
          </Flex>
        </Form>
      </Card>
      {candidates.isError && <Alert type="error" showIcon title={errorText(candidates.error, lang, t)} />}
      {data && (
        <Typography.Text type="secondary" data-testid="candidates-meta">
          {e.candidatesMeta(
            data.unit.name,
            lang === 'vi' ? data.award.nameVi : data.award.nameEn,
            data.year,
            formatNumber(data.evaluated),
            formatNumber(data.total),
          )}
        </Typography.Text>
      )}
      {data && !data.criteriaKnown && <Alert type="info" showIcon title={e.criteriaUnknown} />}
      {query && (
        <Card styles={{ body: { padding: 0 } }}>
          <Table
            rowKey="personId"
            size="small"
            loading={candidates.isFetching}
            dataSource={data?.items ?? []}
            locale={{ emptyText: e.noCandidates }}
            pagination={{
              current: query.page ?? 1,
              pageSize: PAGE_SIZE,
              total: data?.total ?? 0,
              showSizeChanger: false,
              onChange: (page) => setQuery({ ...query, page }),
            }}
            columns={[
              {
                title: e.columns.person,
                key: 'person',
                render: (_, row) => <Link to={`/members/${row.personId}`}>{row.fullName}</Link>,
              },
              { title: e.columns.unit, key: 'unit', render: (_, row) => row.unit.name },
              {
                title: e.columns.verdict,
                key: 'verdict',
                width: 160,
                render: (_, row) => (
                  <Tag color={row.verdict === 'eligible' ? 'green' : 'gold'}>{pick(verdictLabels[row.verdict])}</Tag>
                ),
              },
              {
                title: e.columns.pending,
                key: 'pending',
                render: (_, row) => (
                  <Flex vertical>
                    {row.pending.map((reason) => (
                      <Typography.Text key={reason.key} type="secondary" style={{ fontSize: 13 }}>
                        {lang === 'vi' ? reason.messageVi : reason.messageEn}
                      </Typography.Text>
                    ))}
                  </Flex>
                ),
              },
            ]}
          />
        </Card>
      )}
    </Flex>
  );
}

/** UnitCodeSelect as a Form.Item child. */
function UnitCodeField({
  id,
  value,
  onChange,
  placeholder,
}: {
  id?: string;
  value?: string;
  onChange?: (code?: string) => void;
  placeholder?: string;
}) {
  return <UnitCodeSelect id={id} code={value} placeholder={placeholder} onChange={(code) => onChange?.(code)} />;
}
