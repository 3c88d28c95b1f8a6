import { fr } from '@codegouvfr/react-dsfr';
import { Link } from 'react-router-dom';
import { CPMS_CONTRACT_STATUS_LABELS, type CpmsContractStatus } from '@maillage/shared/cpms-contracts';
import { fetchWithToken } from '../../../app/download';
import { usePageTitle } from '../../../app/usePageTitle';
import { DownloadButtons } from '../../../ui/DownloadButtons';
import { ErrorState } from '../../../ui/ErrorState';
import { LoadingState } from '../../../ui/LoadingState';
import { formatDate } from '../../../ui/format';
import { ContractsNav, formatNumber } from './parts';
import { useObjectivesContracts } from './queries';

const FORMATS = ['pdf', 'docx'] as const;

/** `/cpms/contrats/objectifs`: the objectives contracts of the centres with their DCO, and their reports. */
export function ObjectivesContractsPage() {
  usePageTitle('Contrats d’objectifs');
  const list = useObjectivesContracts();
  return (
    <div className={fr.cx('fr-container', 'fr-my-4w')}>
      <h1>Contrats d’objectifs</h1>
      <ContractsNav current="objectifs" />
      <p>
        Chaque centre négocie avec le délégué au contrat d’objectifs (DCO) un contrat couvrant les écoles avec
        lesquelles il a contracté. Son rapport d’évaluation rassemble les indicateurs des contrats des écoles et
        remplace le rapport d’activités triennal.
      </p>
      {list.isPending ? (
        <LoadingState />
      ) : list.isError ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.cpmsObjectivesContracts.length === 0 ? (
        <p role="status">Aucun contrat d’objectifs à afficher.</p>
      ) : (
        list.data.cpmsObjectivesContracts.map((oc) => (
          <section key={oc.id} className={fr.cx('fr-card', 'fr-p-3w', 'fr-mb-3w')} aria-labelledby={`oc-${oc.id}`}>
            <h2 id={`oc-${oc.id}`} className={fr.cx('fr-h4')}>
              {oc.cpms.name} — {oc.title}
            </h2>
            <p>
              Du {formatDate(oc.startsOn as string)} au {formatDate(oc.endsOn as string)}.
            </p>
            <h3 className={fr.cx('fr-h6')}>Objectifs</h3>
            <ul>
              {oc.objectives.map((o, i) => (
                <li key={i}>{o}</li>
              ))}
            </ul>
            <h3 className={fr.cx('fr-h6')}>Contrats d’écoles couverts</h3>
            {oc.contracts.length ? (
              <div className={fr.cx('fr-table')}>
                <table>
                  <caption>Indicateurs des contrats des écoles</caption>
                  <thead>
                    <tr>
                      <th scope="col">École</th>
                      <th scope="col">État</th>
                      <th scope="col">Indicateur</th>
                      <th scope="col">Départ</th>
                      <th scope="col">Cible</th>
                      <th scope="col">Atteint</th>
                    </tr>
                  </thead>
                  <tbody>
                    {oc.contracts.flatMap((c) =>
                      (c.indicators.length ? c.indicators : [null]).map((i, n) => (
                        <tr key={`${c.id}-${n}`}>
                          <td>
                            <Link to={`/cpms/contrats/${c.id}`}>{c.school.name}</Link>
                          </td>
                          <td>{CPMS_CONTRACT_STATUS_LABELS[c.status as CpmsContractStatus]}</td>
                          <td>{i?.label ?? '—'}</td>
                          <td>{formatNumber(i?.baseline)}</td>
                          <td>{formatNumber(i?.target)}</td>
                          <td>{formatNumber(i?.reached)}</td>
                        </tr>
                      )),
                    )}
                  </tbody>
                </table>
              </div>
            ) : (
              <p>Aucun contrat d’école rattaché.</p>
            )}
            <DownloadButtons
              formats={FORMATS}
              groupLabel={`Rapport d’évaluation — ${oc.title}`}
              buttonText={(f) => `Rapport d’évaluation (${f.toUpperCase()})`}
              formatName={(f) => f.toUpperCase()}
              fetchFile={(f) => fetchWithToken(`/api/cpms/objectives-contracts/${oc.id}/rapport.${f}`)}
              fallbackFileName={(f) => `rapport-evaluation.${f}`}
            />
          </section>
        ))
      )}
    </div>
  );
}
