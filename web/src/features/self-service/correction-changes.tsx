// The fields of a correction request as a small table: the detail, its value then, and the value asked for.
import { Table, Typography } from 'antd';
import type { CorrectionChange } from '../../../../shared/contracts/self-service.ts';
import {
  genderLabels,
  qualificationLabels,
  type Gender,
  type Qualification,
} from '../../../../shared/members-enums.ts';
import { useI18n } from '../../i18n/i18n-context.ts';
import { formatDate } from '../../lib/format.ts';

/** A value in the user's language: labels for the enums, dd/mm/yyyy for dates. */
function useValueText() {
  const { t, pick } = useI18n();
  return (change: CorrectionChange, value: CorrectionChange['from']) => {
    if (value === null || value === '') return t.selfService.requests.emptyValue;
    if (change.field === 'gender') return pick(genderLabels[value as Gender]);
    if (change.field === 'qualification') return pick(qualificationLabels[value as Qualification]);
    if (change.field === 'birthDate') return formatDate(String(value));
    return String(value);
  };
}

/** `fromLabel` says whose "before" it is: the record now (member) or when asked (officer). */
export function CorrectionChanges({ changes, fromLabel }: { changes: CorrectionChange[]; fromLabel?: string }) {
  const { t } = useI18n();
  const r = t.selfService.requests;
  const f = t.members.fields;
  const text = useValueText();
  return (
    <Table<CorrectionChange>
      rowKey="field"
      size="small"
      pagination={false}
      dataSource={changes}
      columns={[
        { key: 'field', title: r.field, width: 170, render: (_, change) => f[change.field] },
        {
          key: 'from',
          title: fromLabel ?? r.from,
          render: (_, change) => <Typography.Text type="secondary">{text(change, change.from)}</Typography.Text>,
        },
        {
          key: 'to',
          title: r.to,
          render: (_, change) => <Typography.Text strong>{text(change, change.to)}</Typography.Text>,
        },
      ]}
    />
  );
}
