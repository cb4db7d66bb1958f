// A person's membership history, oldest first: each grassroots union, card, dates, status and reason.
import { Flex, Table, Tag, Typography } from 'antd';
import type { z } from 'zod';
import type { membershipPeriodSchema } from '../../../../shared/contracts/members.ts';
import { useI18n } from '../../i18n/i18n-context.ts';
import { formatDate } from '../../lib/format.ts';
import { MemberStatusTag } from './member-status-tag.tsx';
import { MemberUnitLink } from './member-unit-link.tsx';

type MembershipPeriod = z.infer<typeof membershipPeriodSchema>;

/** The "Quá trình sinh hoạt công đoàn" tab of a member page. */
export function MembershipsTable({ memberships }: { memberships: MembershipPeriod[] }) {
  const { t } = useI18n();
  const f = t.members.fields;
  const none = t.common.none;
  return (
    <Table<MembershipPeriod>
      rowKey="id"
      size="middle"
      dataSource={memberships}
      pagination={false}
      locale={{ emptyText: t.members.noMemberships }}
      scroll={{ x: 960 }}
      columns={[
        { key: 'unit', title: f.unit, render: (_, m) => <MemberUnitLink unit={m.unit} /> },
        { key: 'cardNumber', title: f.cardNumber, width: 140, render: (_, m) => m.cardNumber || none },
        { key: 'joinedOn', title: f.joinedOn, width: 130, render: (_, m) => formatDate(m.joinedOn) },
        { key: 'from', title: f.from, width: 110, render: (_, m) => formatDate(m.validFrom) },
        {
          key: 'to',
          title: f.to,
          width: 110,
          render: (_, m) => (m.validTo ? formatDate(m.validTo) : <Tag color="blue">{t.members.current}</Tag>),
        },
        { key: 'status', title: f.status, width: 170, render: (_, m) => <MemberStatusTag status={m.status} /> },
        {
          key: 'reason',
          title: f.reason,
          render: (_, m) =>
            m.leftReason || m.leftOn ? (
              <Flex vertical>
                {m.leftReason}
                {m.leftOn && (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {formatDate(m.leftOn)}
                  </Typography.Text>
                )}
              </Flex>
            ) : (
              none
            ),
        },
      ]}
    />
  );
}
