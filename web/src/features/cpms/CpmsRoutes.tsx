import { Navigate, Route, Routes } from 'react-router-dom';
import { NotFoundPage } from '../../app/NotFoundPage';
import { RequireRole } from '../../app/RequireRole';
import { lazyPage } from '../../app/lazyPage';
import { CPMS_CONTRACT_ROLES, CPMS_INDICATOR_ROLES, CPMS_LINE_ROLES } from './roles';

// Each part in a chunk of its own.
const ContractsRoutes = lazyPage(() => import('./contracts/ContractsRoutes'), 'ContractsRoutes');
const OncallRoutes = lazyPage(() => import('./oncall/OncallRoutes'), 'OncallRoutes');
const CpmsIndicatorsPage = lazyPage(() => import('./CpmsIndicatorsPage'), 'CpmsIndicatorsPage');

/**
 * `/cpms/*` (issue 19): the Belgian CPMS. The contracts (with the schools' plans de pilotage and the
 * objectives contracts), the 24/7 line (rota, calls), the indicators. The server narrows each to the
 * caller's centre, school or zone.
 */
export function CpmsRoutes() {
  return (
    <Routes>
      <Route index element={<Navigate to="contrats" replace />} />
      <Route element={<RequireRole role={[...CPMS_CONTRACT_ROLES]} />}>
        <Route path="contrats/*" element={<ContractsRoutes />} />
      </Route>
      <Route element={<RequireRole role={[...CPMS_LINE_ROLES]} />}>
        <Route path="astreinte/*" element={<OncallRoutes />} />
      </Route>
      <Route element={<RequireRole role={[...CPMS_INDICATOR_ROLES]} />}>
        <Route path="indicateurs" element={<CpmsIndicatorsPage />} />
      </Route>
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
