import { Route, Routes, useLocation } from 'react-router-dom';
import { NotFoundPage } from '../../app/NotFoundPage';
import { lazyPage } from '../../app/lazyPage';
import { RequireRole } from '../../app/RequireRole';

// The pages in a chunk of their own: this small entry is all the signed-in app's chunk names.
const BilanPage = lazyPage(() => import('./BilanPage'), 'BilanPage');
const RegionalBilanPage = lazyPage(() => import('./RegionalBilanPage'), 'RegionalBilanPage');

/**
 * `/psad/bilan` (a platform's bilan: its referents, and viewers who choose the platform) and
 * `/psad/bilan-regional` (the regional coordinator's), one chunk loaded on the first visit of either:
 * one small entry in the signed-in app keeps the home page's JavaScript within its budget.
 */
export function BilanRoutes() {
  const regional = useLocation().pathname.startsWith('/psad/bilan-regional');
  return (
    <Routes>
      <Route element={<RequireRole role={regional ? 'REGIONAL_COORDINATOR' : ['PSAD_REFERENT', 'VIEWER']} />}>
        <Route index element={regional ? <RegionalBilanPage /> : <BilanPage />} />
      </Route>
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
