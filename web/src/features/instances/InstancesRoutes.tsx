import { Route, Routes } from 'react-router-dom';
import { NotFoundPage } from '../../app/NotFoundPage';
import { RequireRole } from '../../app/RequireRole';
import { EditMeetingPage } from './EditMeetingPage';
import { MeetingPage } from './MeetingPage';
import { MeetingsPage } from './MeetingsPage';
import { NewMeetingPage } from './NewMeetingPage';

/**
 * `/instances/*`, one chunk loaded on the first visit: the meetings list and each meeting's page for
 * whoever is invited (any role: the server shows each their own), scheduling and changes for referents.
 */
export function InstancesRoutes() {
  return (
    <Routes>
      <Route index element={<MeetingsPage />} />
      <Route element={<RequireRole role="PSAD_REFERENT" />}>
        <Route path="nouvelle" element={<NewMeetingPage />} />
        <Route path=":id/modifier" element={<EditMeetingPage />} />
      </Route>
      <Route path=":id" element={<MeetingPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
