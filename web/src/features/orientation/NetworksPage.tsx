import { fr } from '@codegouvfr/react-dsfr';
import { useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { splitErrors, useFocusFirstInvalid } from '../../app/formErrors';
import { useMe } from '../../app/me';
import { usePageTitle } from '../../app/usePageTitle';
import { Button } from '../../ui/Button';
import { ErrorState } from '../../ui/ErrorState';
import { CheckboxField, DateField, SelectField, TextField } from '../../ui/Field';
import { FormActions } from '../../ui/FormActions';
import { LoadingState } from '../../ui/LoadingState';
import { SaveErrorBanner } from '../../ui/SaveErrorBanner';
import { frenchDay } from '../instances-tools/parts';
import { isOrientationStaff, useChosenCio, useOrientationCios, type OrientationCio } from './cios';
import {
  currentSchoolYear,
  useCreateNetwork,
  useCreatePeriod,
  useNetworks,
  usePeriods,
  useSchools,
  useServiceCheck,
  useUpdateNetwork,
  type OrientationNetworkItem,
  type OrientationPeriodItem,
} from './queries';
import '../../ui/styles/orientation.css';

const mapPath = (p: string) => p.replace(/^input\./, '').replace(/\.\d+$/, '');

/** The year under way, the one before and the next: the calendar is prepared ahead. */
function schoolYears(): string[] {
  const [start] = currentSchoolYear().split('-').map(Number) as [number];
  return [start - 1, start, start + 1].map((y) => `${y}-${y + 1}`);
}

function PeriodForm({ cioId, schoolYear, onDone }: { cioId: string; schoolYear: string; onDone: () => void }) {
  const [values, setValues] = useState({ name: '', startsOn: '', endsOn: '' });
  const create = useCreatePeriod();
  const server = splitErrors(create.error, ['name', 'startsOn', 'endsOn', 'schoolYear'], mapPath);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(formRef, server.fields);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate({ cioId, schoolYear, ...values }, { onSuccess: onDone });
  };
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="orientation__inline-form">
      <h3 className={fr.cx('fr-h6')}>Ajouter une période à {schoolYear}</h3>
      <TextField
        label="Nom de la période"
        hint="Par exemple : Rentrée, Vœux, Affectation"
        required
        value={values.name}
        onValueChange={(name) => setValues((v) => ({ ...v, name }))}
        error={server.fields.name}
      />
      <DateField
        label="Début"
        required
        value={values.startsOn}
        onValueChange={(startsOn) => setValues((v) => ({ ...v, startsOn }))}
        error={server.fields.startsOn}
      />
      <DateField
        label="Fin"
        required
        value={values.endsOn}
        onValueChange={(endsOn) => setValues((v) => ({ ...v, endsOn }))}
        error={server.fields.endsOn}
      />
      <FormActions
        errors={{
          fields: server.fields,
          general: server.general,
          labels: { name: 'Nom', startsOn: 'Début', endsOn: 'Fin' },
        }}
        submitLabel="Ajouter la période"
        busy={create.isPending}
        onCancel={onDone}
      />
    </form>
  );
}

function Periods({
  cio,
  schoolYear,
  periods,
}: {
  cio: OrientationCio;
  schoolYear: string;
  periods: OrientationPeriodItem[];
}) {
  const [adding, setAdding] = useState(false);
  return (
    <section aria-labelledby="periodes" className={fr.cx('fr-mb-4w')}>
      <h2 id="periodes" className={fr.cx('fr-h4')}>
        Calendrier de l’orientation {schoolYear}
      </h2>
      {periods.length === 0 ? (
        <p>Aucune période n’est définie pour cette année scolaire.</p>
      ) : (
        <ul className="orientation__periods">
          {periods.map((p) => (
            <li key={p.id}>
              <strong>{p.name}</strong> : du {frenchDay(p.startsOn)} au {frenchDay(p.endsOn)}
            </li>
          ))}
        </ul>
      )}
      {cio.canDirect ? (
        adding ? (
          <PeriodForm cioId={cio.id} schoolYear={schoolYear} onDone={() => setAdding(false)} />
        ) : (
          <Button variant="secondary" onClick={() => setAdding(true)}>
            Ajouter une période
          </Button>
        )
      ) : null}
    </section>
  );
}

function NetworkForm({
  cio,
  editing,
  onDone,
}: {
  cio: OrientationCio;
  editing: OrientationNetworkItem | null;
  onDone: () => void;
}) {
  const schools = useSchools(true);
  const [name, setName] = useState(editing?.name ?? '');
  const [headSchoolId, setHead] = useState(editing?.headSchool.id ?? '');
  const [schoolIds, setSchoolIds] = useState<string[]>(editing?.schools.map((s) => s.id) ?? []);
  const [psyenIds, setPsyenIds] = useState<string[]>(editing?.psyen.map((p) => p.id) ?? []);
  const create = useCreateNetwork();
  const update = useUpdateNetwork();
  const mutation = editing ? update : create;
  const server = splitErrors(mutation.error, ['name', 'headSchoolId', 'schoolIds', 'psyenIds'], mapPath);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(formRef, server.fields);
  const toggle = (list: string[], id: string, on: boolean) => (on ? [...list, id] : list.filter((x) => x !== id));
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const input = { name, headSchoolId, schoolIds: schoolIds.filter((id) => id !== headSchoolId), psyenIds };
    if (editing) update.mutate({ id: editing.id, version: editing.version, ...input }, { onSuccess: onDone });
    else create.mutate({ cioId: cio.id, ...input }, { onSuccess: onDone });
  };
  const eple = schools.data?.organisations.nodes ?? [];
  const heads = eple.filter((s) => s.lyceeTeteDeReseau);
  const psyen = cio.people.filter((p) => p.roles.includes('PSYEN'));
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="orientation__form">
      <h3 className={fr.cx('fr-h5')}>{editing ? `Modifier « ${editing.name} »` : 'Nouveau réseau'}</h3>
      <SaveErrorBanner
        conflict={server.conflict}
        conflictMessage="Ce réseau a été modifié entre-temps. Fermez le formulaire pour le recharger."
        reloadLabel="Fermer et recharger"
        onReload={onDone}
        reloading={false}
        general={null}
      />
      <TextField label="Nom du réseau" required value={name} onValueChange={setName} error={server.fields.name} />
      <SelectField
        label="Lycée tête de réseau"
        required
        value={headSchoolId}
        onValueChange={setHead}
        error={server.fields.headSchoolId}
      >
        <option value="">Choisir un lycée tête de réseau</option>
        {heads.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name} ({s.uai})
          </option>
        ))}
      </SelectField>
      <fieldset
        className={fr.cx('fr-fieldset')}
        aria-describedby={server.fields.schoolIds ? 'reseau-etab-erreur' : undefined}
      >
        <legend className={fr.cx('fr-fieldset__legend')}>Établissements rattachés</legend>
        {eple
          .filter((s) => s.id !== headSchoolId)
          .map((s) => (
            <div key={s.id} className={fr.cx('fr-fieldset__element')}>
              <CheckboxField
                label={`${s.name} (${s.uai ?? 'sans UAI'}${s.communeName ? `, ${s.communeName}` : ''})`}
                checked={schoolIds.includes(s.id)}
                onCheckedChange={(on) => setSchoolIds((l) => toggle(l, s.id, on))}
              />
            </div>
          ))}
        {server.fields.schoolIds ? (
          <p id="reseau-etab-erreur" className={fr.cx('fr-error-text')}>
            {server.fields.schoolIds}
          </p>
        ) : null}
      </fieldset>
      <fieldset className={fr.cx('fr-fieldset')}>
        <legend className={fr.cx('fr-fieldset__legend')}>Psychologues de l’Éducation nationale du réseau</legend>
        {psyen.map((p) => (
          <div key={p.id} className={fr.cx('fr-fieldset__element')}>
            <CheckboxField
              label={p.displayName}
              checked={psyenIds.includes(p.id)}
              onCheckedChange={(on) => setPsyenIds((l) => toggle(l, p.id, on))}
            />
          </div>
        ))}
      </fieldset>
      <FormActions
        errors={{
          fields: server.fields,
          general: server.general,
          labels: {
            name: 'Nom',
            headSchoolId: 'Tête de réseau',
            schoolIds: 'Établissements',
            psyenIds: 'Psychologues',
          },
        }}
        submitLabel={editing ? 'Enregistrer le réseau' : 'Créer le réseau'}
        busy={mutation.isPending}
        onCancel={onDone}
      />
    </form>
  );
}

function NetworkCard({
  network,
  canDirect,
  onEdit,
}: {
  network: OrientationNetworkItem;
  canDirect: boolean;
  onEdit: () => void;
}) {
  return (
    <article className="orientation__network" aria-labelledby={`reseau-${network.id}`}>
      <h3 id={`reseau-${network.id}`} className={fr.cx('fr-h5')}>
        {network.name}
      </h3>
      <p>
        Lycée tête de réseau : <strong>{network.headSchool.name}</strong> ({network.headSchool.uai})
      </p>
      {network.warnings.length > 0 ? (
        <div className={fr.cx('fr-alert', 'fr-alert--warning', 'fr-alert--sm', 'fr-mb-2w')}>
          <ul>
            {network.warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <h4 className={fr.cx('fr-text--md', 'fr-mb-1v')}>Établissements ({network.schools.length})</h4>
      <ul>
        {network.schools.map((s) => (
          <li key={s.id}>
            {s.name} <span className={fr.cx('fr-text--xs')}>UAI {s.uai ?? '—'}</span>
          </li>
        ))}
      </ul>
      <h4 className={fr.cx('fr-text--md', 'fr-mb-1v')}>Psychologues</h4>
      <p>{network.psyen.length > 0 ? network.psyen.map((p) => p.displayName).join(', ') : 'Aucun'}</p>
      {canDirect ? (
        <Button variant="secondary" size="small" onClick={onEdit} title={`Modifier ${network.name}`}>
          Modifier
        </Button>
      ) : null}
    </article>
  );
}

function ServiceCheck({
  cio,
  schoolYear,
  periods,
}: {
  cio: OrientationCio;
  schoolYear: string;
  periods: OrientationPeriodItem[];
}) {
  const check = useServiceCheck(cio.id, schoolYear);
  if (check.isPending) return <LoadingState />;
  if (check.isError) return <ErrorState error={check.error} onRetry={() => void check.refetch()} />;
  const { services, uncovered } = check.data.orientationServiceCheck;
  return (
    <section aria-labelledby="repartition" className={fr.cx('fr-mb-4w')}>
      <h2 id="repartition" className={fr.cx('fr-h4')}>
        Répartition du temps {schoolYear}
      </h2>
      {periods.map((period) => {
        const rows = services.filter((s) => s.periodId === period.id);
        const gaps = uncovered.filter((u) => u.periodId === period.id);
        return (
          <div key={period.id} className={fr.cx('fr-mb-3w')}>
            <h3 className={fr.cx('fr-h6')}>Période « {period.name} »</h3>
            {gaps.length > 0 ? (
              <div className={fr.cx('fr-alert', 'fr-alert--warning', 'fr-alert--sm', 'fr-mb-2w')}>
                <p>
                  {gaps.length === 1 ? 'Un établissement n’a' : `${gaps.length} établissements n’ont`} aucun temps de
                  psychologue pendant la période « {period.name} » :
                </p>
                <ul>
                  {gaps.map((g) => (
                    <li key={`${g.networkId}-${g.school.id}`}>
                      {g.school.name} (réseau « {g.networkName} »)
                    </li>
                  ))}
                </ul>
              </div>
            ) : (
              <p className={fr.cx('fr-badge', 'fr-badge--success', 'fr-badge--sm')}>
                Chaque établissement des réseaux a du temps de psychologue
              </p>
            )}
            <div className={fr.cx('fr-table', 'fr-table--sm')}>
              <table>
                <caption className="fr-sr-only">Demi-journées par semaine, période « {period.name} »</caption>
                <thead>
                  <tr>
                    <th scope="col">Psychologue</th>
                    <th scope="col">Quotité</th>
                    <th scope="col">Au CIO</th>
                    <th scope="col">En établissement</th>
                    <th scope="col">Non réparties</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((s) => {
                    const left = s.availableHalfDays - s.cioHalfDays - s.schoolHalfDays;
                    return (
                      <tr key={s.person.id}>
                        <th scope="row">
                          <Link
                            to={`/orientation/emploi-du-temps?periode=${period.id}&psyen=${s.person.id}`}
                            title={`Emploi du temps de ${s.person.displayName}, période ${period.name}`}
                          >
                            {s.person.displayName}
                          </Link>
                        </th>
                        <td>
                          {s.quotityPercent} % ({s.availableHalfDays} demi-journées)
                        </td>
                        <td>{s.cioHalfDays}</td>
                        <td>{s.schoolHalfDays}</td>
                        <td>{left}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          </div>
        );
      })}
    </section>
  );
}

/** The networks of a CIO around their lycées têtes de réseau, its calendar, and the check of its PsyEn's time. */
export function NetworksPage() {
  usePageTitle('Réseaux d’orientation');
  const me = useMe();
  const cios = useOrientationCios();
  const { cio, picker } = useChosenCio(cios.data?.orientationCios);
  const [schoolYear, setSchoolYear] = useState(currentSchoolYear());
  const [editing, setEditing] = useState<OrientationNetworkItem | 'new' | null>(null);
  const periods = usePeriods(cio?.id, schoolYear);
  const networks = useNetworks(cio?.id);
  if (cios.isPending) return <LoadingState />;
  if (cios.isError) return <ErrorState error={cios.error} onRetry={() => void cios.refetch()} />;
  // The CIO's staff see its files and the check of its time; a school head their school's network only.
  const isStaff = isOrientationStaff(me.data?.roles);
  return (
    <div className="page orientation">
      <h1>Réseaux d’orientation</h1>
      {!cio ? (
        <p>Vous n’êtes rattaché à aucun CIO ni à aucun établissement d’un réseau.</p>
      ) : (
        <>
          <div className="orientation__filters">
            {picker}
            <SelectField label="Année scolaire" value={schoolYear} onValueChange={setSchoolYear}>
              {schoolYears().map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </SelectField>
          </div>
          <nav aria-label="Pages de l’orientation" className={fr.cx('fr-mb-3w')}>
            <ul className={fr.cx('fr-btns-group', 'fr-btns-group--inline-sm')}>
              <li>
                <Link className={fr.cx('fr-btn', 'fr-btn--secondary')} to="/orientation/emploi-du-temps">
                  Emplois du temps
                </Link>
              </li>
              <li>
                <Link className={fr.cx('fr-btn', 'fr-btn--secondary')} to="/orientation/qui-fait-quoi">
                  Qui fait quoi ?
                </Link>
              </li>
              {isStaff ? (
                <li>
                  <Link className={fr.cx('fr-btn', 'fr-btn--secondary')} to="/orientation/dossiers-transversaux">
                    Dossiers transversaux
                  </Link>
                </li>
              ) : null}
            </ul>
          </nav>
          {periods.isError ? (
            <ErrorState error={periods.error} onRetry={() => void periods.refetch()} />
          ) : periods.data ? (
            <Periods cio={cio} schoolYear={schoolYear} periods={periods.data.orientationPeriods} />
          ) : (
            <LoadingState />
          )}
          <section aria-labelledby="reseaux" className={fr.cx('fr-mb-4w')}>
            <h2 id="reseaux" className={fr.cx('fr-h4')}>
              Réseaux : {cio.name}
            </h2>
            {editing ? (
              <NetworkForm
                key={editing === 'new' ? 'new' : editing.id}
                cio={cio}
                editing={editing === 'new' ? null : editing}
                onDone={() => setEditing(null)}
              />
            ) : cio.canDirect ? (
              <Button onClick={() => setEditing('new')} className={fr.cx('fr-mb-2w')}>
                Nouveau réseau
              </Button>
            ) : null}
            {networks.isError ? (
              <ErrorState error={networks.error} onRetry={() => void networks.refetch()} />
            ) : networks.data ? (
              networks.data.orientationNetworks.length === 0 ? (
                <p>Aucun réseau pour l’instant.</p>
              ) : (
                <div className="orientation__networks">
                  {networks.data.orientationNetworks.map((n) => (
                    <NetworkCard key={n.id} network={n} canDirect={cio.canDirect} onEdit={() => setEditing(n)} />
                  ))}
                </div>
              )
            ) : (
              <LoadingState />
            )}
          </section>
          {isStaff && periods.data ? (
            <ServiceCheck cio={cio} schoolYear={schoolYear} periods={periods.data.orientationPeriods} />
          ) : null}
        </>
      )}
    </div>
  );
}
