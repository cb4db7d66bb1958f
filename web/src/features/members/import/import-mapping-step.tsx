// Step 2: each column of the file with a few of its values and the field it goes into, adjustable, and
// what to do with people already on record.
import { Alert, Button, Flex, Form, Radio, Select, Table, Tag, Typography } from 'antd';
import {
  importFields,
  type ImportField,
  type ImportUpload,
  type OnDuplicate,
} from '../../../../../shared/contracts/member-import.ts';
import { useI18n } from '../../../i18n/i18n-context.ts';
import { columnLetter, mappingProblems } from './mapping-problems.ts';

/** Select values cannot be null: "do not import" travels as ''. */
const SKIP = '';
const SAMPLES_SHOWN = 3;

interface ImportMappingStepProps {
  upload: ImportUpload;
  mapping: (ImportField | null)[];
  onMapping: (mapping: (ImportField | null)[]) => void;
  onDuplicate: OnDuplicate;
  onOnDuplicate: (choice: OnDuplicate) => void;
  checking: boolean;
  onBack: () => void;
  onCheck: () => void;
}

interface ColumnRow {
  index: number;
  header: string;
  samples: string[];
}

export function ImportMappingStep(props: ImportMappingStepProps) {
  const { t } = useI18n();
  const m = t.memberImport.mapping;
  const fieldName = (field: ImportField) => t.memberImport.fields[field];
  const { missingName, duplicates } = mappingProblems(props.mapping);
  const rows: ColumnRow[] = props.upload.headers.map((header, index) => ({
    index,
    header,
    samples: props.upload.samples.map((sample) => sample[index] ?? '').filter((value) => value !== ''),
  }));
  const options = [
    { value: SKIP, label: m.skip },
    ...importFields.map((field) => ({ value: field, label: fieldName(field) })),
  ];
  const choose = (index: number, value: string) =>
    props.onMapping(props.mapping.map((field, i) => (i === index ? ((value || null) as ImportField | null) : field)));

  return (
    <Flex vertical gap={16}>
      <Typography.Paragraph style={{ marginBottom: 0 }}>{m.intro}</Typography.Paragraph>
      {missingName && <Alert type="error" showIcon title={m.needName} />}
      {[...duplicates].map(([field, columns]) => (
        <Alert
          key={field}
          type="warning"
          showIcon
          title={m.chosenTwice(fieldName(field), columns.map(columnLetter).join(', '))}
        />
      ))}
      <Table<ColumnRow>
        rowKey="index"
        size="small"
        pagination={false}
        dataSource={rows}
        scroll={{ x: 860 }}
        columns={[
          { key: 'column', title: m.column, width: 64, render: (_, row) => <Tag>{columnLetter(row.index)}</Tag> },
          {
            key: 'header',
            title: m.header,
            width: 220,
            render: (_, row) =>
              row.header ? (
                <Typography.Text strong>{row.header}</Typography.Text>
              ) : (
                <Typography.Text type="secondary">{m.emptyHeader}</Typography.Text>
              ),
          },
          {
            key: 'samples',
            title: m.samples,
            render: (_, row) => (
              <Typography.Text type="secondary" ellipsis={{ tooltip: row.samples.join(' · ') }}>
                {row.samples.slice(0, SAMPLES_SHOWN).join(' · ') || t.common.none}
              </Typography.Text>
            ),
          },
          {
            key: 'field',
            title: m.field,
            width: 260,
            render: (_, row) => {
              const field = props.mapping[row.index] ?? null;
              const twice = field !== null && duplicates.has(field);
              return (
                <Flex vertical gap={2}>
                  <Select<string>
                    aria-label={`${m.field} ${columnLetter(row.index)}: ${row.header || m.emptyHeader}`}
                    value={field ?? SKIP}
                    options={options}
                    status={twice ? 'warning' : undefined}
                    onChange={(value) => choose(row.index, value)}
                    style={{ width: '100%' }}
                    showSearch={{ optionFilterProp: 'label' }}
                  />
                  {twice && <Typography.Text type="warning">{m.chosenTwiceShort}</Typography.Text>}
                </Flex>
              );
            },
          },
        ]}
      />
      <Form layout="vertical">
        <Form.Item label={m.onDuplicate} extra={m.onDuplicateHelp} style={{ marginBottom: 0 }}>
          <Radio.Group
            value={props.onDuplicate}
            onChange={(event) => props.onOnDuplicate(event.target.value as OnDuplicate)}
            options={[
              { value: 'skip', label: m.skipExisting },
              { value: 'update', label: m.updateExisting },
            ]}
          />
        </Form.Item>
      </Form>
      <Flex gap={8} justify="space-between" wrap>
        <Button onClick={props.onBack}>{t.memberImport.file.another}</Button>
        <Button
          type="primary"
          loading={props.checking}
          disabled={missingName || duplicates.size > 0}
          onClick={props.onCheck}
        >
          {m.check}
        </Button>
      </Flex>
    </Flex>
  );
}
