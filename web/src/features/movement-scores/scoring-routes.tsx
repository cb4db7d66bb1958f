// /scoring/*: the movements to score, one movement's board, a unit's score sheet and the cluster rankings.
import { Route, Routes } from 'react-router-dom';
import { RankingPage } from './ranking-page.tsx';
import { ScoreBoardPage } from './score-board-page.tsx';
import { ScoreSheetPage } from './score-sheet-page.tsx';
import { ScoringMovementsPage } from './scoring-movements-page.tsx';

export function ScoringRoutes() {
  return (
    <Routes>
      <Route index element={<ScoringMovementsPage />} />
      <Route path=":movementId" element={<ScoreBoardPage />} />
      <Route path=":movementId/ranking" element={<RankingPage />} />
      <Route path=":movementId/units/:unitId" element={<ScoreSheetPage />} />
    </Routes>
  );
}
