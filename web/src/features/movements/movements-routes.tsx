// /movements/*: the list, the clusters and blocs, and one movement's page.
import { Route, Routes } from 'react-router-dom';
import { ClustersPage } from './clusters-page.tsx';
import { MovementPage } from './movement-page.tsx';
import { MovementsPage } from './movements-page.tsx';

export function MovementsRoutes() {
  return (
    <Routes>
      <Route index element={<MovementsPage />} />
      <Route path="clusters" element={<ClustersPage />} />
      <Route path=":id" element={<MovementPage />} />
    </Routes>
  );
}
