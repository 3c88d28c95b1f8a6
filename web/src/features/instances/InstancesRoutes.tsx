import { Route, Routes } from 'react-router-dom';
import { NotFoundPage } from '../../app/NotFoundPage';
import { RequireRole } from '../../app/RequireRole';
import { EditMeetingPage } from './EditMeetingPage';
import { MeetingPage } from './MeetingPage';
import { MeetingsPage } from './MeetingsPage';
import { NewMeetingPage } from './NewMeetingPage';
import { lazyPage } from '../../app/lazyPage';

// The shared tools, each in a chunk of its own: a visit to the meetings does not load them.
const CataloguePage = lazyPage(() => import('../instances-tools/CataloguePage'), 'CataloguePage');
const PlatformActionsPage = lazyPage(() => import('../instances-tools/PlatformActionsPage'), 'PlatformActionsPage');
const VeillePage = lazyPage(() => import('../instances-tools/VeillePage'), 'VeillePage');

/**
 * `/instances/*`, one chunk loaded on the first visit: the meetings list and each meeting's page for
 * whoever is invited (any role: the server shows each their own), scheduling and changes for referents;
 * the platform's shared tools (catalogue, actions, veille): written by referents, read by partners.
 */
export function InstancesRoutes() {
  return (
    <Routes>
      <Route index element={<MeetingsPage />} />
      <Route element={<RequireRole role={['PSAD_REFERENT', 'COUNSELLOR']} />}>
        <Route path="catalogue" element={<CataloguePage />} />
        <Route path="actions" element={<PlatformActionsPage />} />
        <Route path="veille" element={<VeillePage />} />
      </Route>
      <Route element={<RequireRole role="PSAD_REFERENT" />}>
        <Route path="nouvelle" element={<NewMeetingPage />} />
      </Route>
      {/* A CIO's concertations and actions are changed by its direction team and their PsyEn author (issue 18),
          a CPMS contract's concertations by the centre's staff (issue 19). */}
      <Route
        element={
          <RequireRole role={['PSAD_REFERENT', 'PSYEN', 'CIO_DIRECTOR', 'IEN_IO', 'CPMS_DIRECTOR', 'CPMS_AGENT']} />
        }
      >
        <Route path=":id/modifier" element={<EditMeetingPage />} />
      </Route>
      <Route path=":id" element={<MeetingPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
