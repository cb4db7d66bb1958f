// The units matching a search, as a list the user can click instead of the tree.
import { Alert, Empty, List, Spin, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useI18n } from '../../i18n/i18n-context.ts';
import { errorText } from '../../lib/error-text.ts';
import { UnitTitle } from './unit-title.tsx';
import { useUnits } from './units.api.ts';

/** Server-side search (diacritics ignored) shown as a clickable list. */
export function UnitSearchResults({
  query,
  asOf,
  unitPath,
  selectedId,
}: {
  query: string;
  asOf: string | undefined;
  unitPath: (id: number) => string;
  selectedId: number | undefined;
}) {
  const { lang, t } = useI18n();
  const results = useUnits({ q: query, asOf, limit: 50 });

  if (results.isPending) return <Spin style={{ display: 'block', padding: 24 }} />;
  if (results.isError) return <Alert type="error" showIcon title={errorText(results.error, lang, t)} />;
  if (results.data.length === 0) {
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t.units.noSearchResults} />;
  }
  return (
    <>
      <Typography.Text type="secondary">{t.units.searchResults(results.data.length)}</Typography.Text>
      <List
        size="small"
        dataSource={results.data}
        rowKey="id"
        renderItem={(unit) => (
          <List.Item style={unit.id === selectedId ? { background: '#e6f0fa' } : undefined}>
            <Link to={unitPath(unit.id)} style={{ display: 'block', width: '100%', minWidth: 0, color: 'inherit' }}>
              <UnitTitle unit={unit} />
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {unit.code}
              </Typography.Text>
            </Link>
          </List.Item>
        )}
      />
    </>
  );
}
