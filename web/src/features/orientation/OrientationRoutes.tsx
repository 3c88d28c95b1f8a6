import { Route, Routes } from 'react-router-dom';
import { NotFoundPage } from '../../app/NotFoundPage';
import { RequireRole } from '../../app/RequireRole';
import { lazyPage } from '../../app/lazyPage';

// Each page in a chunk of its own.
const NetworksPage = lazyPage(() => import('./NetworksPage'), 'NetworksPage');
const TimetablePage = lazyPage(() => import('./TimetablePage'), 'TimetablePage');
const DutiesPage = lazyPage(() => import('./DutiesPage'), 'DutiesPage');
const TransversalFilesPage = lazyPage(() => import('./TransversalFilesPage'), 'TransversalFilesPage');
const WorkPlanPage = lazyPage(() => import('./plan/WorkPlanPage'), 'WorkPlanPage');
const QvtPage = lazyPage(() => import('./evaluation/QvtPage'), 'QvtPage');
const EvaluationPage = lazyPage(() => import('./evaluation/EvaluationPage'), 'EvaluationPage');
const InterviewsPage = lazyPage(() => import('./evaluation/InterviewsPage'), 'InterviewsPage');
const ConcertationsPage = lazyPage(() => import('./ConcertationsPage'), 'ConcertationsPage');

/**
 * `/orientation/*` (issue 18): the orientation service of a CIO. The server narrows each page to the
 * user's CIO (direction team, PsyEn) or school's networks (school heads).
 */
export function OrientationRoutes() {
  return (
    <Routes>
      <Route element={<RequireRole role={['PSYEN', 'CIO_DIRECTOR', 'IEN_IO', 'SCHOOL_HEAD']} />}>
        <Route index element={<NetworksPage />} />
        <Route path="emploi-du-temps" element={<TimetablePage />} />
        <Route path="qui-fait-quoi" element={<DutiesPage />} />
        <Route path="plan-de-travail" element={<WorkPlanPage />} />
        <Route path="plan-de-travail/:planId" element={<WorkPlanPage />} />
      </Route>
      <Route element={<RequireRole role={['PSYEN', 'CIO_DIRECTOR', 'IEN_IO']} />}>
        <Route path="dossiers-transversaux" element={<TransversalFilesPage />} />
        <Route path="qvt" element={<QvtPage />} />
        <Route path="evaluation" element={<EvaluationPage />} />
        <Route path="entretiens" element={<InterviewsPage />} />
        <Route path="concertations" element={<ConcertationsPage />} />
      </Route>
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
