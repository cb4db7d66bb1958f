// /catalogue: the titles and forms of the catalogue as the engine reads them; administrators open one to edit.
import { useState } from 'react';
import { Alert, Button, Card, Input, Table, Tag, Typography } from 'antd';
import type { CatalogueEntry } from '../../../../shared/contracts/awards.ts';
import { foldForSearch } from '../../../../shared/text/index.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { useI18n } from '../../i18n/i18n-context.ts';
import { errorText } from '../../lib/error-text.ts';
import { formatNumber } from '../../lib/format.ts';
import { CatalogueEntryModal } from './catalogue-entry-modal.tsx';
import { useCatalogue } from './catalogue.api.ts';

export function CataloguePage() {
  const { t, lang } = useI18n();
  const c = t.awards.catalogue;
  const catalogue = useCatalogue();
  const [open, setOpen] = useState<CatalogueEntry | null>(null);
  const [q, setQ] = useState('');
  const items = (catalogue.data?.items ?? []).filter(
    (entry) => !q || foldForSearch(`${entry.code} ${entry.definition.nameVi}`).includes(foldForSearch(q)),
  );
  return (
    <>
      <PageHeader
        title={c.title}
        meta={
          catalogue.data && (
            <Typography.Text type="secondary">{c.meta(formatNumber(catalogue.data.items.length))}</Typography.Text>
          )
        }
      />
      {catalogue.isError && <Alert type="error" showIcon title={errorText(catalogue.error, lang, t)} />}
      <Card styles={{ body: { padding: 0 } }}>
        <div style={{ padding: 12 }}>
          <Input.Search
            allowClear
            aria-label={c.search}
            placeholder={c.search}
            style={{ maxWidth: 360 }}
            onSearch={setQ}
          />
        </div>
        <Table
          rowKey="code"
          size="small"
          loading={catalogue.isLoading}
          dataSource={items}
          pagination={{ pageSize: 50, showSizeChanger: false }}
          columns={[
            { title: c.code, dataIndex: 'code', width: 200 },
            {
              title: c.name,
              key: 'name',
              render: (_, entry) => (lang === 'vi' ? entry.definition.nameVi : entry.definition.nameEn),
            },
            {
              title: c.recipients,
              key: 'recipients',
              width: 180,
              render: (_, entry) => entry.definition.recipientKinds.map((kind) => <Tag key={kind}>{c[kind]}</Tag>),
            },
            { title: c.ruleSets, key: 'ruleSets', width: 120, render: (_, entry) => entry.definition.ruleSets.length },
            { title: c.version, dataIndex: 'version', width: 100 },
            {
              key: 'open',
              width: 110,
              render: (_, entry) => (
                <Button size="small" onClick={() => setOpen(entry)}>
                  {c.view}
                </Button>
              ),
            },
          ]}
        />
      </Card>
      {open && (
        <CatalogueEntryModal entry={open} canEdit={catalogue.data?.canEdit ?? false} onClosed={() => setOpen(null)} />
      )}
    </>
  );
}
