// Picking the member record a login belongs to: the member list's search, each option with birth year and union.
import { useState } from 'react';
import { Flex, Select, Spin, Tag, Typography } from 'antd';
import type { MemberSummary } from '../../../../shared/contracts/members.ts';
import { membershipStatusLabels } from '../../../../shared/members-enums.ts';
import { useI18n } from '../../i18n/i18n-context.ts';
import { useDebouncedValue } from '../../lib/use-debounced-value.ts';
import { useLinkablePeople } from './users.api.ts';

/** What the picker shows of a person; also what a caller passes for the current value. */
export interface PersonOption {
  id: number;
  /** With titles: "PGS.TS. Trần Văn Minh". */
  displayName: string;
  /** Without titles, as an account's display name. */
  fullName: string;
  birthYear: number | null;
  unitName: string | null;
  status: MemberSummary['status'];
}

interface PersonSelectProps {
  id?: string;
  value?: number | null;
  onChange?: (value: number | null) => void;
  onPicked?: (person: PersonOption | null) => void;
  initialOption?: PersonOption | null;
  /** Person id → the username of the login it already belongs to, to warn before the server refuses. */
  linkedLogins?: ReadonlyMap<number, string>;
  allowClear?: boolean;
}

function toOption(member: MemberSummary): PersonOption {
  const year = member.birthYear ?? (member.birthDate ? Number(member.birthDate.slice(0, 4)) : null);
  return {
    id: member.id,
    displayName: member.displayName,
    fullName: member.fullName,
    birthYear: year,
    unitName: member.unit?.name ?? null,
    status: member.status,
  };
}

/** A searchable person picker usable as a Form.Item child. */
export function PersonSelect(props: PersonSelectProps) {
  const { t, pick } = useI18n();
  const [search, setSearch] = useState('');
  const [picked, setPicked] = useState<PersonOption | null>(props.initialOption ?? null);
  const query = useDebouncedValue(search.trim(), 300);
  const enabled = query.length >= 2;
  const results = useLinkablePeople(query, enabled);

  const known = new Map<number, PersonOption>();
  if (picked) known.set(picked.id, picked);
  for (const member of enabled ? (results.data ?? []) : []) known.set(member.id, toOption(member));
  const describe = (person: PersonOption) =>
    [person.birthYear ? t.users.personBorn(person.birthYear) : null, person.unitName ?? t.users.personNoUnion]
      .filter(Boolean)
      .join(' · ');
  const options = [...known.values()].map((person) => ({
    value: person.id,
    label: `${person.displayName} — ${describe(person)}`,
    person,
  }));

  const notFound = !enabled ? (
    t.users.personSearchHint
  ) : results.isFetching ? (
    <Spin size="small" />
  ) : (
    t.users.personNoResults
  );
  return (
    <Select<number, (typeof options)[number]>
      id={props.id}
      value={props.value ?? undefined}
      options={options}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      notFoundContent={notFound}
      placeholder={t.users.personSearchPlaceholder}
      allowClear={props.allowClear}
      style={{ width: '100%' }}
      optionRender={({ data }) => {
        const owner = props.linkedLogins?.get(data.person.id);
        return (
          <Flex vertical>
            <Flex gap={8} align="center" wrap>
              <Typography.Text strong>{data.person.displayName}</Typography.Text>
              {data.person.status && data.person.status !== 'active' && (
                <Tag>{pick(membershipStatusLabels[data.person.status])}</Tag>
              )}
              {owner && <Tag color="warning">{t.users.personLinkedTo(owner)}</Tag>}
            </Flex>
            <Typography.Text type="secondary">{describe(data.person)}</Typography.Text>
          </Flex>
        );
      }}
      onChange={(value) => {
        const person = value === undefined ? null : (known.get(value) ?? null);
        setPicked(person);
        props.onChange?.(value ?? null);
        props.onPicked?.(person);
      }}
    />
  );
}
