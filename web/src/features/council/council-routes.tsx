// /council/*: the list of council meetings and one meeting's page.
import { Route, Routes } from 'react-router-dom';
import { MeetingPage } from './meeting-page.tsx';
import { MeetingsPage } from './meetings-page.tsx';

export function CouncilRoutes() {
  return (
    <Routes>
      <Route index element={<MeetingsPage />} />
      <Route path=":id" element={<MeetingPage />} />
    </Routes>
  );
}
