import { fr } from '@codegouvfr/react-dsfr';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { CPMS_CONTRACT_STATUS_LABELS, type CpmsContractStatus } from '@maillage/shared/cpms-contracts';
import { fetchWithToken } from '../../../app/download';
import { usePageTitle } from '../../../app/usePageTitle';
import { DownloadButtons } from '../../../ui/DownloadButtons';
import { ErrorState } from '../../../ui/ErrorState';
import { LoadingState } from '../../../ui/LoadingState';
import { formatDate } from '../../../ui/format';
import { Button } from '../../../ui/Button';
import { StatusMessage } from '../../../ui/StatusMessage';
import { ObjectivesContractForm } from './ObjectivesContractForm';
import { ContractsNav, formatNumber } from './parts';
import { useObjectivesContracts } from './queries';

const FORMATS = ['pdf', 'docx'] as const;

/** `/cpms/contrats/objectifs`: the objectives contracts of the centres with their DCO, and their reports. */
export function ObjectivesContractsPage() {
  usePageTitle('Contrats d’objectifs');
  const list = useObjectivesContracts();
  const centres = list.data?.cpmsDirectedCentres ?? [];
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  return (
    <div className={fr.cx('fr-container', 'fr-my-4w')}>
      <h1>Contrats d’objectifs</h1>
      <ContractsNav current="objectifs" />
      <p>
        Chaque centre négocie avec le délégué au contrat d’objectifs (DCO) un contrat couvrant les écoles avec
        lesquelles il a contracté. Son rapport d’évaluation rassemble les indicateurs des contrats des écoles et
        remplace le rapport d’activités triennal.
      </p>
      <StatusMessage message={done} />
      {centres.length && !creating ? (
        <p>
          <Button
            onClick={() => {
              setCreating(true);
              setDone(null);
            }}
          >
            Nouveau contrat d’objectifs
          </Button>
        </p>
      ) : null}
      {centres.length && creating ? (
        <section className={fr.cx('fr-card', 'fr-p-3w', 'fr-mb-3w')} aria-labelledby="new-oc">
          <h2 id="new-oc" className={fr.cx('fr-h4')}>
            Nouveau contrat d’objectifs
          </h2>
          <ObjectivesContractForm
            centres={centres}
            onDone={(m) => {
              setCreating(false);
              setDone(m);
            }}
            onCancel={() => setCreating(false)}
          />
        </section>
      ) : null}
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
            <h3 className={fr.cx('fr-h6')}>Indicateurs du contrat d’objectifs</h3>
            {oc.indicators.length ? (
              <ul>
                {oc.indicators.map((i, n) => (
                  <li key={n}>
                    {i.label} : départ {formatNumber(i.baseline)}, cible {formatNumber(i.target)}, atteint{' '}
                    {formatNumber(i.reached)}
                  </li>
                ))}
              </ul>
            ) : (
              <p>Aucun indicateur propre.</p>
            )}
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
            {oc.canEdit && editing === oc.id ? (
              <ObjectivesContractForm
                centres={centres}
                current={oc}
                onDone={(m) => {
                  setEditing(null);
                  setDone(m);
                }}
                onCancel={() => {
                  setEditing(null);
                  void list.refetch();
                }}
              />
            ) : oc.canEdit ? (
              <p>
                <Button
                  variant="secondary"
                  onClick={() => {
                    setEditing(oc.id);
                    setDone(null);
                  }}
                >
                  Modifier le contrat d’objectifs « {oc.title} »
                </Button>
              </p>
            ) : null}
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
