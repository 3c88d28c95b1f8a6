import { Route, Routes } from 'react-router-dom';
import { NotFoundPage } from '../../../app/NotFoundPage';
import { CallsPage } from './CallsPage';
import { RotaPage } from './RotaPage';

/** `/cpms/astreinte/*` (issue 19): the 24/7 line's rota and its call log. */
export function OncallRoutes() {
  return (
    <Routes>
      <Route index element={<RotaPage />} />
      <Route path="appels" element={<CallsPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
