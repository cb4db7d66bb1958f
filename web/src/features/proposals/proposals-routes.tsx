// /proposals/*: the tabbed list, the new-proposal form and one proposal's page.
import { Route, Routes } from 'react-router-dom';
import { ProposalNewPage } from './proposal-new-page.tsx';
import { ProposalPage } from './proposal-page.tsx';
import { ProposalsListPage } from './proposals-list-page.tsx';

export function ProposalsRoutes() {
  return (
    <Routes>
      <Route index element={<ProposalsListPage />} />
      <Route path="new" element={<ProposalNewPage />} />
      <Route path=":id" element={<ProposalPage />} />
    </Routes>
  );
}
