// The filters of the member list: search, unit, status, gender, qualification, sector, birth year and date.
// Each one applies as soon as it changes; all of them live in the address.
import { Button, Col, DatePicker, Form, Row, Select } from 'antd';
import dayjs from 'dayjs';
import { sectorLabels, sectors } from '../../../../shared/enums.ts';
import {
  genderLabels,
  genders,
  membershipStatusLabels,
  membershipStatuses,
  qualificationLabels,
  qualifications,
} from '../../../../shared/members-enums.ts';
import { useI18n } from '../../i18n/i18n-context.ts';
import { DATE_FORMAT, toApiDate, todayApiDate } from '../../lib/format.ts';
import { BirthYearFilter } from './birth-year-filter.tsx';
import { MemberSearchInput } from './member-search-input.tsx';
import type { MemberFilters } from './members.api.ts';
import { UnitCodeSelect } from './unit-code-select.tsx';

/** The filter card's content; `update` merges changes into the address and goes back to page 1. */
export function MemberFiltersBar({
  filters,
  update,
  replace,
}: {
  filters: MemberFilters;
  update: (changes: Partial<MemberFilters>) => void;
  replace: (search: string) => void;
}) {
  const { t, pick } = useI18n();
  const f = t.members.filters;
  const options = <T extends string>(values: readonly T[], labels: Record<T, { vi: string; en: string }>) =>
    values.map((value) => ({ value, label: pick(labels[value]) }));

  return (
    <Form layout="vertical" component="div">
      <Row gutter={16} align="bottom">
        <Col xs={24} lg={14}>
          <Form.Item>
            <MemberSearchInput value={filters.q ?? ''} onSearch={(q) => update({ q: q || undefined })} />
          </Form.Item>
        </Col>
        <Col xs={24} lg={10}>
          <Form.Item label={f.unit} htmlFor="members-filter-unit">
            <UnitCodeSelect
              id="members-filter-unit"
              code={filters.unit}
              placeholder={f.anyUnit}
              onChange={(unit) => update({ unit })}
            />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16} align="bottom">
        <Col xs={12} md={8} lg={6} xl={4}>
          <Form.Item label={f.status} htmlFor="members-filter-status">
            <Select
              id="members-filter-status"
              disabled={Boolean(filters.asOf)}
              value={filters.status ?? 'active'}
              options={[
                ...options(membershipStatuses, membershipStatusLabels),
                { value: 'all', label: f.allStatuses },
                { value: 'non_member', label: t.members.notMember },
              ]}
              onChange={(status) => update({ status })}
            />
          </Form.Item>
        </Col>
        <Col xs={12} md={8} lg={6} xl={3}>
          <Form.Item label={f.gender} htmlFor="members-filter-gender">
            <Select
              id="members-filter-gender"
              allowClear
              placeholder={f.any}
              value={filters.gender}
              options={options(genders, genderLabels)}
              onChange={(gender) => update({ gender })}
            />
          </Form.Item>
        </Col>
        <Col xs={12} md={8} lg={6} xl={4}>
          <Form.Item label={f.qualification} htmlFor="members-filter-qualification">
            <Select
              id="members-filter-qualification"
              allowClear
              placeholder={f.any}
              value={filters.qualification}
              options={options(qualifications, qualificationLabels)}
              onChange={(qualification) => update({ qualification })}
            />
          </Form.Item>
        </Col>
        <Col xs={12} md={8} lg={6} xl={3}>
          <Form.Item label={f.sector} htmlFor="members-filter-sector">
            <Select
              id="members-filter-sector"
              allowClear
              placeholder={f.any}
              value={filters.sector}
              options={options(sectors, sectorLabels)}
              onChange={(sector) => update({ sector })}
            />
          </Form.Item>
        </Col>
        <Col xs={12} md={8} lg={6} xl={3}>
          <Form.Item label={f.birthYear} htmlFor="members-filter-birth-year">
            <BirthYearFilter
              id="members-filter-birth-year"
              value={filters.birthYear}
              placeholder={f.any}
              onChange={(birthYear) => update({ birthYear })}
            />
          </Form.Item>
        </Col>
        <Col xs={12} md={8} lg={6} xl={4}>
          <Form.Item label={f.asOf} htmlFor="members-filter-as-of">
            <DatePicker
              id="members-filter-as-of"
              format={DATE_FORMAT}
              value={filters.asOf ? dayjs(filters.asOf) : dayjs()}
              allowClear={false}
              presets={[{ label: f.today, value: dayjs() }]}
              onChange={(date) => {
                const asOf = toApiDate(date);
                update({ asOf: asOf && asOf !== todayApiDate() ? asOf : undefined });
              }}
              style={{ width: '100%' }}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={8} lg={6} xl={3}>
          <Form.Item>
            <Button block onClick={() => replace('')}>
              {f.reset}
            </Button>
          </Form.Item>
        </Col>
      </Row>
    </Form>
  );
}
