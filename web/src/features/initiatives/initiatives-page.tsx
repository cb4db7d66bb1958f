// /initiatives: the register of initiatives, works and research projects in the user's scope, its statistics
// the way the articles state them, and the workflow buttons each record's abilities allow.
import { useState } from 'react';
import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex } from 'antd';
import type { Initiative } from '../../../../shared/contracts/initiatives.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { useI18n } from '../../i18n/i18n-context.ts';
import { errorText } from '../../lib/error-text.ts';
import { useSignedInMe } from '../auth/auth.api.ts';
import type { InitiativeDialog } from './initiative-actions.tsx';
import { InitiativeFiltersBar } from './initiative-filters-bar.tsx';
import { InitiativeFormModal } from './initiative-form-modal.tsx';
import { InitiativeRecogniseModal } from './initiative-recognise-modal.tsx';
import { InitiativeRejectModal } from './initiative-reject-modal.tsx';
import { InitiativeStatsCard } from './initiative-stats-card.tsx';
import { InitiativesTable } from './initiatives-table.tsx';
import { useInitiativePage } from './initiatives.api.ts';
import { useInitiativeFilters } from './use-initiative-filters.ts';

type Open = { dialog: InitiativeDialog | 'create'; record: Initiative | null } | null;

export function InitiativesPage() {
  const { t, lang } = useI18n();
  const s = t.initiatives;
  const { capabilities, grants } = useSignedInMe();
  const { filters, update } = useInitiativeFilters();
  const page = useInitiativePage(filters);
  const [open, setOpen] = useState<Open>(null);
  const closed = () => setOpen(null);
  const ownGrant = grants.find((grant) => grant.role !== 'member');
  const ownUnit = ownGrant ? { id: ownGrant.unitId, code: ownGrant.unitCode, name: ownGrant.unitName } : null;

  return (
    <>
      <PageHeader
        title={s.title}
        extra={
          capabilities.manageInitiatives && (
            <Button
              type="primary"
              icon={<PlusOutlined aria-hidden />}
              onClick={() => setOpen({ dialog: 'create', record: null })}
            >
              {s.actions.create}
            </Button>
          )
        }
      />
      <Flex vertical gap={16}>
        <InitiativeStatsCard unit={filters.unit} />
        <Card size="small" title={s.filters} styles={{ body: { paddingBottom: 0 } }}>
          <InitiativeFiltersBar filters={filters} update={update} />
        </Card>
        {page.isError && <Alert type="error" showIcon title={errorText(page.error, lang, t)} />}
        <Card styles={{ body: { padding: 0 } }}>
          <InitiativesTable
            data={page.data}
            loading={page.isFetching}
            onPage={(next) => update({ page: next })}
            open={(dialog, record) => setOpen({ dialog, record })}
          />
        </Card>
      </Flex>
      {(open?.dialog === 'create' || open?.dialog === 'edit') && (
        <InitiativeFormModal record={open.record} defaultUnit={ownUnit} onClosed={closed} />
      )}
      {open?.dialog === 'recognise' && open.record && (
        <InitiativeRecogniseModal record={open.record} onClosed={closed} />
      )}
      {open?.dialog === 'reject' && open.record && <InitiativeRejectModal record={open.record} onClosed={closed} />}
    </>
  );
}
