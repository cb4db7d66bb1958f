// The left panel of the organisation screens: search, the "as of" date, and the tree or the matches.
import { useState } from 'react';
import { Card, DatePicker, Flex, Input, Typography } from 'antd';
import dayjs from 'dayjs';
import { useNavigate } from 'react-router-dom';
import { useI18n } from '../../i18n/i18n-context.ts';
import { DATE_FORMAT, toApiDate } from '../../lib/format.ts';
import { useDebouncedValue } from '../../lib/use-debounced-value.ts';
import { UnitSearchResults } from './unit-search-results.tsx';
import { UnitTree } from './unit-tree.tsx';
import { useAsOf } from './use-as-of.ts';

const MIN_QUERY = 2;

/** Finding a unit: by browsing the tree, by typing, at any past date. */
export function UnitsPanel({ selectedId, focusPath }: { selectedId: number | undefined; focusPath: number[] }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const { asOf, setAsOf, unitPath } = useAsOf();
  const [search, setSearch] = useState('');
  const query = useDebouncedValue(search.trim(), 300);
  const searching = query.length >= MIN_QUERY;

  return (
    <Card className="units-panel" title={t.units.treeTitle} size="small">
      <Flex vertical gap={12}>
        <Input.Search
          allowClear
          placeholder={t.units.searchPlaceholder}
          aria-label={t.units.searchPlaceholder}
          value={search}
          onChange={(event) => setSearch(event.target.value)}
        />
        <Flex align="center" gap={8} wrap>
          <Typography.Text type="secondary">{t.units.asOf}</Typography.Text>
          <DatePicker
            aria-label={t.units.asOf}
            format={DATE_FORMAT}
            value={asOf ? dayjs(asOf) : dayjs()}
            allowClear={false}
            onChange={(date) => setAsOf(toApiDate(date))}
            presets={[{ label: t.units.asOfToday, value: dayjs() }]}
            style={{ flex: 1, minWidth: 150 }}
          />
        </Flex>
        {searching ? (
          <UnitSearchResults query={query} asOf={asOf} unitPath={unitPath} selectedId={selectedId} />
        ) : (
          <UnitTree
            key={asOf ?? 'today'}
            asOf={asOf}
            selectedId={selectedId}
            focusPath={focusPath}
            onSelect={(id) => navigate(unitPath(id))}
          />
        )}
      </Flex>
    </Card>
  );
}
