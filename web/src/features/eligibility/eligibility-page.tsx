// /eligibility: the eligibility check of one person or collective, and "suggest candidates" over a subtree.
import { Tabs } from 'antd';
import { useSearchParams } from 'react-router-dom';
import { PageHeader } from '../../components/page-header.tsx';
import { useI18n } from '../../i18n/i18n-context.ts';
import { CandidatesPanel } from './candidates-panel.tsx';
import { EligibilityCheckForm } from './eligibility-check-form.tsx';

export function EligibilityPage() {
  const { t } = useI18n();
  const e = t.eligibility;
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') === 'candidates' ? 'candidates' : 'check';
  return (
    <>
      <PageHeader title={e.title} />
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams({ tab: key }, { replace: true })}
        items={[
          { key: 'check', label: e.tabCheck, children: <EligibilityCheckForm /> },
          { key: 'candidates', label: e.tabCandidates, children: <CandidatesPanel /> },
        ]}
      />
    </>
  );
}
