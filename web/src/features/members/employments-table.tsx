// A person's employment history, oldest first: each workplace with its dates and kind of contract.
import { Table, Tag } from 'antd';
import type { z } from 'zod';
import type { employmentPeriodSchema } from '../../../../shared/contracts/members.ts';
import { contractKindLabels } from '../../../../shared/members-enums.ts';
import { useI18n } from '../../i18n/i18n-context.ts';
import { formatDate } from '../../lib/format.ts';
import { MemberUnitLink } from './member-unit-link.tsx';

type EmploymentPeriod = z.infer<typeof employmentPeriodSchema>;

/** The "Quá trình công tác" tab of a member page. */
export function EmploymentsTable({ employments }: { employments: EmploymentPeriod[] }) {
  const { t, pick } = useI18n();
  const f = t.members.fields;
  return (
    <Table<EmploymentPeriod>
      rowKey="id"
      size="middle"
      dataSource={employments}
      pagination={false}
      locale={{ emptyText: t.members.noEmployments }}
      scroll={{ x: 640 }}
      columns={[
        { key: 'unit', title: f.workUnit, render: (_, e) => <MemberUnitLink unit={e.unit} /> },
        { key: 'from', title: f.from, width: 120, render: (_, e) => formatDate(e.validFrom) },
        {
          key: 'to',
          title: f.to,
          width: 120,
          render: (_, e) => (e.validTo ? formatDate(e.validTo) : <Tag color="blue">{t.members.current}</Tag>),
        },
        {
          key: 'contractKind',
          title: f.contractKind,
          width: 180,
          render: (_, e) => (e.contractKind ? pick(contractKindLabels[e.contractKind]) : t.common.none),
        },
      ]}
    />
  );
}
