import { fr } from '@codegouvfr/react-dsfr';
import { useState } from 'react';
import { Link, Route, Routes } from 'react-router-dom';
import {
  CPMS_CONTRACT_STATUS_LABELS,
  CPMS_CONTRACT_STATUSES,
  type CpmsContractStatus,
} from '@maillage/shared/cpms-contracts';
import { NotFoundPage } from '../../../app/NotFoundPage';
import { usePageTitle } from '../../../app/usePageTitle';
import { ErrorState } from '../../../ui/ErrorState';
import { SelectField, CheckboxField } from '../../../ui/Field';
import { LoadingState } from '../../../ui/LoadingState';
import { formatDate } from '../../../ui/format';
import { ContractPage } from './ContractPage';
import { NewContractPage } from './NewContractPage';
import { ObjectivesContractsPage } from './ObjectivesContractsPage';
import { PlansPage } from './PlansPage';
import { useContracts } from './queries';
import { ContractsNav, EvaluationDueBadge, StatusBadge } from './parts';

/** `/cpms/contrats/*` (issue 19): the contracts, the plans de pilotage, the objectives contracts. */
export function ContractsRoutes() {
  return (
    <Routes>
      <Route index element={<ContractsListPage />} />
      <Route path="plans" element={<PlansPage />} />
      <Route path="objectifs" element={<ObjectivesContractsPage />} />
      <Route path="nouveau/:planId" element={<NewContractPage />} />
      <Route path=":id" element={<ContractPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}

function ContractsListPage() {
  usePageTitle('Contrats CPMS–école');
  const [status, setStatus] = useState('');
  const [due, setDue] = useState(false);
  const contracts = useContracts({ status, evaluationDue: due });
  const rows = contracts.data?.cpmsContracts ?? [];
  const bySchool = [...rows].sort((a, b) => a.school.name.localeCompare(b.school.name, 'fr'));
  return (
    <div className={fr.cx('fr-container', 'fr-my-4w')}>
      <h1>Contrats CPMS–école</h1>
      <ContractsNav current="contrats" />
      <p>
        Chaque centre conclut un contrat avec chaque école où il travaille, au rythme du plan de pilotage de l’école.
        Pour rédiger un contrat, partez du plan de pilotage de l’école (onglet « Plans de pilotage »).
      </p>
      <div className={fr.cx('fr-grid-row', 'fr-grid-row--gutters')}>
        <div className={fr.cx('fr-col-12', 'fr-col-md-4')}>
          <SelectField label="État" value={status} onValueChange={setStatus}>
            <option value="">Tous les états</option>
            {CPMS_CONTRACT_STATUSES.map((s) => (
              <option key={s} value={s}>
                {CPMS_CONTRACT_STATUS_LABELS[s]}
              </option>
            ))}
          </SelectField>
        </div>
        <div className={fr.cx('fr-col-12', 'fr-col-md-8')}>
          <CheckboxField
            label="Seulement les contrats dont l’évaluation approche"
            hint="Contrats signés dont le plan de pilotage est évalué dans les semaines qui viennent"
            checked={due}
            onCheckedChange={setDue}
          />
        </div>
      </div>
      {contracts.isPending ? (
        <LoadingState />
      ) : contracts.isError ? (
        <ErrorState error={contracts.error} onRetry={() => void contracts.refetch()} />
      ) : bySchool.length === 0 ? (
        <p role="status">Aucun contrat ne correspond.</p>
      ) : (
        <div className={fr.cx('fr-table')}>
          <table>
            <caption>Contrats ({bySchool.length}), par école</caption>
            <thead>
              <tr>
                <th scope="col">École</th>
                <th scope="col">Centre</th>
                <th scope="col">Plan de pilotage</th>
                <th scope="col">État</th>
                <th scope="col">Évaluation</th>
              </tr>
            </thead>
            <tbody>
              {bySchool.map((c) => (
                <tr key={c.id}>
                  <th scope="row">
                    <Link to={`/cpms/contrats/${c.id}`}>{c.school.name}</Link>
                  </th>
                  <td>{c.cpms.name}</td>
                  <td>{c.plan.title}</td>
                  <td>
                    <StatusBadge status={c.status as CpmsContractStatus} />
                  </td>
                  <td>
                    {formatDate(c.evaluationDue.dueOn as string)}{' '}
                    <EvaluationDueBadge status={c.status as CpmsContractStatus} due={c.evaluationDue} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
