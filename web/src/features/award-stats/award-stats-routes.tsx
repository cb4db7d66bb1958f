// /award-stats: the statistics of awards and the honour board, one screen with two tabs.
import { Route, Routes } from 'react-router-dom';
import { AwardStatsPage } from './award-stats-page.tsx';

/** Mounted at /award-stats/* by the app's routes. */
export function AwardStatsRoutes() {
  return (
    <Routes>
      <Route index element={<AwardStatsPage />} />
      <Route path="*" element={<AwardStatsPage />} />
    </Routes>
  );
}
