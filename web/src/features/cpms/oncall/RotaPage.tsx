import { fr } from '@codegouvfr/react-dsfr';
import { useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { COVERAGE_ISSUE_LABELS, durationLabel } from '@maillage/shared';
import {
  brusselsDayLabel,
  brusselsInstant,
  brusselsLabel,
  brusselsTime,
  brusselsWeekDay,
} from '@maillage/shared/oncall-rota';
import { useMe } from '../../../app/me';
import { splitErrors, useFocusFirstInvalid } from '../../../app/formErrors';
import { usePageTitle } from '../../../app/usePageTitle';
import { Button } from '../../../ui/Button';
import { ConfirmButton } from '../../../ui/ConfirmButton';
import { DataTable } from '../../../ui/DataTable';
import { DateField, SelectField, TextField } from '../../../ui/Field';
import { ErrorState } from '../../../ui/ErrorState';
import { ErrorSummary } from '../../../ui/ErrorSummary';
import { LoadingState } from '../../../ui/LoadingState';
import { StatusMessage } from '../../../ui/StatusMessage';
import { GraphQLRequestError } from '../../../app/graphql';
import {
  useCreateShift,
  useDecideSwap,
  useDeleteShift,
  useGenerateWeeks,
  useUpdateRules,
  useOnCallNow,
  useOncallCheck,
  useOncallPools,
  useOncallRota,
  useProposeSwap,
  usePublish,
  useWithdrawSwap,
  type OncallPoolItem,
  type OncallShiftItem,
} from './queries';
import { PhonesForm } from './PhonesForm';
import { TemplatesForm, WEEKDAYS } from './TemplatesForm';

type Pool = OncallPoolItem;

/** `/cpms/astreinte`: who is on call now, the rota by week, the draft period's check and publication, swaps. */
export function RotaPage() {
  usePageTitle('Ligne 24/7 — planning d’astreinte');
  const pools = useOncallPools();
  const [poolId, setPoolId] = useState<string>('');
  if (pools.isPending) return <LoadingState />;
  if (pools.isError) return <ErrorState error={pools.error} onRetry={() => void pools.refetch()} />;
  const list = pools.data.oncallPools;
  const pool = list.find((p) => p.id === poolId) ?? list[0];
  return (
    <div className={fr.cx('fr-container', 'fr-my-4w')}>
      <h1>Ligne 24/7 — planning d’astreinte</h1>
      <p>
        <Link to="appels">Journal des appels et statistiques</Link>
      </p>
      {!pool ? (
        <p>Votre centre ne participe à aucun pool d’astreinte.</p>
      ) : (
        <>
          {list.length > 1 ? (
            <SelectField label="Pool" value={pool.id} onValueChange={setPoolId}>
              {list.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </SelectField>
          ) : (
            <p>
              Pool : <strong>{pool.name}</strong> ({pool.cpms.map((c) => c.name).join(', ')}) — heure de Bruxelles.
              Permanence de {durationLabel(pool.maxShiftMinutes)} au plus, repos de {durationLabel(pool.minRestMinutes)}{' '}
              au moins entre deux permanences d’une même personne (agent ou backup).
            </p>
          )}
          <OnCallNow poolId={pool.id} />
          <Week pool={pool} />
          {pool.canDirect ? <DraftPeriod pool={pool} /> : null}
        </>
      )}
    </div>
  );
}

function OnCallNow({ poolId }: { poolId: string }) {
  const now = useOnCallNow(poolId);
  return (
    <section aria-labelledby="maintenant" className={fr.cx('fr-callout', 'fr-mb-4w')}>
      <h2 id="maintenant" className={fr.cx('fr-callout__title')}>
        Qui est d’astreinte maintenant ?
      </h2>
      {now.isPending ? (
        <LoadingState />
      ) : now.isError ? (
        <ErrorState error={now.error} />
      ) : !now.data.cpmsOnCall.shift ? (
        <p>Personne : aucune permanence publiée en ce moment.</p>
      ) : (
        <ul>
          {(['agent', 'backup'] as const).map((role) => {
            const p = now.data.cpmsOnCall[role];
            return (
              <li key={role}>
                {role === 'agent' ? 'Agent' : 'Backup'} : <strong>{p?.displayName ?? '—'}</strong>
                {p ? ` (${p.cpmsName})` : ''} —{' '}
                {p?.phone ? <a href={`tel:${p.phone.replace(/\s/g, '')}`}>{p.phone}</a> : 'pas de numéro'}
              </li>
            );
          })}
          <li>Jusqu’au {brusselsLabel(now.data.cpmsOnCall.shift.endsAt)}</li>
        </ul>
      )}
    </section>
  );
}

function Week({ pool }: { pool: Pool }) {
  const [offset, setOffset] = useState(0);
  const from = brusselsWeekDay(offset);
  const to = brusselsWeekDay(offset + 1);
  const rota = useOncallRota(pool.id, from, to);
  const me = useMe();
  const myId = me.data?.user.id;
  const [swapOf, setSwapOf] = useState<OncallShiftItem | null>(null);
  const remove = useDeleteShift();
  const decide = useDecideSwap();
  const withdraw = useWithdrawSwap();
  const shifts = rota.data?.oncallPool?.shifts ?? [];
  const swaps = (rota.data?.oncallPool?.swaps ?? []).filter((s) => s.status === 'PROPOSE');
  return (
    <section aria-labelledby="semaine" className={fr.cx('fr-mb-4w')}>
      <h2 id="semaine">Semaine du {brusselsDayLabel(brusselsInstant(from, '12:00')!)}</h2>
      <ul className={fr.cx('fr-btns-group', 'fr-btns-group--inline-sm')}>
        <li>
          <Button variant="secondary" size="small" onClick={() => setOffset(offset - 1)}>
            Semaine précédente
          </Button>
        </li>
        <li>
          <Button variant="secondary" size="small" onClick={() => setOffset(0)}>
            Cette semaine
          </Button>
        </li>
        <li>
          <Button variant="secondary" size="small" onClick={() => setOffset(offset + 1)}>
            Semaine suivante
          </Button>
        </li>
      </ul>
      {rota.isError ? <ErrorState error={rota.error} /> : null}
      {remove.error ? <ErrorState error={remove.error} /> : null}
      <DataTable
        caption={`Permanences du ${from.split('-').reverse().join('/')} au ${to.split('-').reverse().join('/')} (exclu)`}
        busy={rota.isPending}
        rows={shifts}
        rowKey={(s) => s.id}
        emptyMessage="Aucune permanence cette semaine."
        columns={[
          { key: 'day', header: 'Jour', cell: (s) => brusselsDayLabel(s.startsAt), rowHeader: true },
          { key: 'start', header: 'Début', cell: (s) => brusselsTime(s.startsAt) },
          {
            key: 'end',
            header: 'Fin',
            cell: (s) => `${brusselsLabel(s.endsAt).slice(0, 5)} ${brusselsTime(s.endsAt)}`,
          },
          {
            key: 'length',
            header: 'Durée réelle',
            cell: (s) => (
              <>
                {durationLabel(s.minutes)}
                {s.crossesDstChange ? (
                  <p className={fr.cx('fr-badge', 'fr-badge--warning', 'fr-badge--sm', 'fr-ml-1w')}>
                    changement d’heure
                  </p>
                ) : null}
              </>
            ),
          },
          { key: 'agent', header: 'Agent', cell: (s) => s.agent?.displayName ?? '—' },
          { key: 'backup', header: 'Backup', cell: (s) => s.backup?.displayName ?? '—' },
          {
            key: 'status',
            header: 'Statut',
            cell: (s) => (s.status === 'PUBLIE' ? 'Publié' : 'Brouillon'),
          },
          {
            key: 'actions',
            header: 'Actions',
            cell: (s) => (
              <>
                {myId && (s.agent?.id === myId || s.backup?.id === myId) ? (
                  <Button variant="tertiary" size="small" onClick={() => setSwapOf(s)}>
                    Proposer un échange
                  </Button>
                ) : null}
                {pool.canDirect && s.status === 'BROUILLON' ? (
                  <Button
                    variant="tertiary"
                    size="small"
                    busy={remove.isPending}
                    onClick={() => remove.mutate({ id: s.id, version: s.version })}
                  >
                    Supprimer
                  </Button>
                ) : null}
              </>
            ),
          },
        ]}
      />
      {swapOf && myId ? <SwapForm pool={pool} shift={swapOf} myId={myId} onDone={() => setSwapOf(null)} /> : null}
      <h3>Échanges proposés</h3>
      {decide.error ? <ErrorState title="Décision refusée" error={decide.error} /> : null}
      {withdraw.error ? <ErrorState title="Retrait refusé" error={withdraw.error} /> : null}
      {swaps.length === 0 ? (
        <p>Aucun échange en attente.</p>
      ) : (
        <ul>
          {swaps.map((s) => (
            <li key={s.id}>
              {s.from?.displayName} cède {s.role === 'AGENT' ? 'la permanence' : 'le rôle de backup'} du{' '}
              {s.shift ? brusselsLabel(s.shift.startsAt) : '—'} à {s.to?.displayName}
              {s.note ? ` (« ${s.note} »)` : ''}
              {s.from?.id === myId ? (
                <>
                  {' '}
                  <Button
                    size="small"
                    variant="tertiary"
                    busy={withdraw.isPending}
                    onClick={() => withdraw.mutate({ swapId: s.id, version: s.version })}
                  >
                    Retirer ma proposition
                  </Button>
                </>
              ) : null}
              {pool.canDirect ? (
                <>
                  {' '}
                  <Button
                    size="small"
                    onClick={() => decide.mutate({ swapId: s.id, approve: true, version: s.version })}
                  >
                    Approuver
                  </Button>{' '}
                  <Button
                    size="small"
                    variant="secondary"
                    onClick={() => decide.mutate({ swapId: s.id, approve: false, version: s.version })}
                  >
                    Refuser
                  </Button>
                </>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function SwapForm({
  pool,
  shift,
  myId,
  onDone,
}: {
  pool: Pool;
  shift: OncallShiftItem;
  myId: string;
  onDone: () => void;
}) {
  const propose = useProposeSwap();
  const role = shift.agent?.id === myId ? 'AGENT' : 'BACKUP';
  const [to, setTo] = useState('');
  const [note, setNote] = useState('');
  const formRef = useRef<HTMLFormElement>(null);
  const errors = splitErrors(propose.error, ['toUserId', 'note'], (p) => p.replace(/^input\./, ''));
  useFocusFirstInvalid(formRef, errors.fields);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    propose.mutate({ shiftId: shift.id, role, toUserId: to, note: note || null }, { onSuccess: onDone });
  };
  return (
    <form ref={formRef} onSubmit={submit} className={fr.cx('fr-mb-3w')} aria-labelledby="echange">
      <h3 id="echange">
        Proposer un échange : {role === 'AGENT' ? 'permanence' : 'rôle de backup'} du {brusselsLabel(shift.startsAt)}
      </h3>
      <SelectField label="Céder à" value={to} onValueChange={setTo} required error={errors.fields.toUserId}>
        <option value="">Choisir une personne</option>
        {pool.people
          .filter((p) => p.id !== shift.agent?.id && p.id !== shift.backup?.id)
          .map((p) => (
            <option key={p.id} value={p.id}>
              {p.displayName} ({p.cpmsName})
            </option>
          ))}
      </SelectField>
      <TextField label="Motif (facultatif)" value={note} onValueChange={setNote} error={errors.fields.note} />
      <ErrorSummary fields={errors.fields} general={errors.general} labels={{ toUserId: 'Céder à', note: 'Motif' }} />
      <ul className={fr.cx('fr-btns-group', 'fr-btns-group--inline-md')}>
        <li>
          <Button type="submit" busy={propose.isPending}>
            Proposer l’échange
          </Button>
        </li>
        <li>
          <Button variant="secondary" onClick={onDone}>
            Annuler
          </Button>
        </li>
      </ul>
    </form>
  );
}

/** The draft period (by default the two weeks after next): its check, the publication, and a shift to add. */
function DraftPeriod({ pool }: { pool: Pool }) {
  const [from, setFrom] = useState(brusselsWeekDay(2));
  const [to, setTo] = useState(brusselsWeekDay(4));
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(from) && /^\d{4}-\d{2}-\d{2}$/.test(to) && to > from;
  const check = useOncallCheck(pool.id, from, to, valid);
  const publish = usePublish();
  const [done, setDone] = useState<string | null>(null);
  const issues = check.data?.oncallPool?.check.issues ?? [];
  const refusal =
    publish.error instanceof GraphQLRequestError
      ? publish.error.errors.flatMap((e) => (e.extensions?.fields ?? []).map((f) => f.message))
      : [];
  return (
    <section aria-labelledby="brouillon" className={fr.cx('fr-mb-4w')}>
      <h2 id="brouillon">Période à publier</h2>
      <div className={fr.cx('fr-grid-row', 'fr-grid-row--gutters')}>
        <div className={fr.cx('fr-col-12', 'fr-col-md-4')}>
          <DateField label="Du" value={from} onValueChange={setFrom} />
        </div>
        <div className={fr.cx('fr-col-12', 'fr-col-md-4')}>
          <DateField label="Au (exclu)" value={to} onValueChange={setTo} />
        </div>
      </div>
      {check.isError ? <ErrorState error={check.error} /> : null}
      {check.data ? (
        issues.length === 0 ? (
          <p className={fr.cx('fr-alert', 'fr-alert--success', 'fr-alert--sm')}>
            Aucun trou ni manquement : chaque minute a un agent et un backup.
          </p>
        ) : (
          <div className={fr.cx('fr-alert', 'fr-alert--warning', 'fr-mb-2w')}>
            <h3 className={fr.cx('fr-alert__title')}>
              {issues.length} trou{issues.length > 1 ? 's' : ''} ou manquement{issues.length > 1 ? 's' : ''} avant
              publication
            </h3>
            <ul>
              {issues.map((i) => (
                <li key={`${i.kind}-${i.startsAt}-${i.person?.id ?? ''}`}>
                  {COVERAGE_ISSUE_LABELS[i.kind]} du {brusselsLabel(i.startsAt)} au {brusselsLabel(i.endsAt)}
                  {i.person ? ` — ${i.person.displayName}` : ''}
                </li>
              ))}
            </ul>
          </div>
        )
      ) : null}
      {publish.error ? (
        <div className={fr.cx('fr-alert', 'fr-alert--error', 'fr-mb-2w')} role="alert">
          <h3 className={fr.cx('fr-alert__title')}>{publish.error.message}</h3>
          <ul>
            {refusal.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <StatusMessage message={done} />
      <Button
        busy={publish.isPending}
        disabled={!valid}
        onClick={() => {
          setDone(null);
          publish.mutate(
            { poolId: pool.id, from, to },
            { onSuccess: (r) => setDone(`${r.publishOncallPeriod.published} permanence(s) publiée(s).`) },
          );
        }}
      >
        Publier la période
      </Button>
      <Generate pool={pool} from={from} to={to} valid={valid} />
      <ShiftForm pool={pool} />
      <Rules pool={pool} />
      <PhonesForm pool={pool} />
    </section>
  );
}

/** The week's templates, and the draft weeks built from them (replacing those weeks' draft shifts). */
function Generate({ pool, from, to, valid }: { pool: Pool; from: string; to: string; valid: boolean }) {
  const generate = useGenerateWeeks();
  const [done, setDone] = useState<string | null>(null);
  const [editing, setEditing] = useState(false);
  const weeks = valid ? Math.max(1, Math.round((Date.parse(to) - Date.parse(from)) / (7 * 86_400_000))) : 0;
  return (
    <>
      <h3 className={fr.cx('fr-mt-4w')}>Modèles de la semaine</h3>
      <DataTable
        caption="Modèles de permanence (heure de Bruxelles ; une fin avant le début est le lendemain)"
        rows={pool.templates}
        rowKey={(t) => t.id}
        compact
        emptyMessage="Aucun modèle."
        columns={[
          { key: 'day', header: 'Jour', cell: (t) => WEEKDAYS[t.weekday - 1], rowHeader: true },
          { key: 'start', header: 'Début', cell: (t) => t.startTime },
          { key: 'end', header: 'Fin', cell: (t) => `${t.endTime}${t.endTime <= t.startTime ? ' (lendemain)' : ''}` },
          { key: 'agent', header: 'Agent', cell: (t) => t.agent?.displayName ?? '—' },
          { key: 'backup', header: 'Backup', cell: (t) => t.backup?.displayName ?? '—' },
        ]}
      />
      {editing ? (
        <TemplatesForm
          pool={pool}
          onDone={(saved) => {
            setEditing(false);
            setDone(saved ?? null);
          }}
        />
      ) : (
        <Button
          variant="secondary"
          className={fr.cx('fr-mb-2w')}
          onClick={() => {
            setDone(null);
            setEditing(true);
          }}
        >
          Modifier les modèles
        </Button>
      )}
      {generate.error ? <ErrorState title="Génération refusée" error={generate.error} /> : null}
      <StatusMessage message={done} />
      <ConfirmButton
        label={`Générer ${weeks} semaine(s) de brouillon depuis les modèles`}
        question={`Remplacer les permanences en brouillon des semaines à partir du ${from.split('-').reverse().join('/')} ?`}
        confirmLabel="Confirmer la génération"
        busy={generate.isPending}
        onConfirm={() =>
          generate.mutate(
            { poolId: pool.id, firstWeek: from, weeks },
            { onSuccess: (r) => setDone(`${r.generateOncallWeeks.length} permanence(s) générée(s) en brouillon.`) },
          )
        }
      />
    </>
  );
}

/** The pool's coverage rules: the longest shift, the shortest rest. */
function Rules({ pool }: { pool: Pool }) {
  const update = useUpdateRules();
  const [max, setMax] = useState(String(pool.maxShiftMinutes / 60));
  const [rest, setRest] = useState(String(pool.minRestMinutes / 60));
  const [done, setDone] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const errors = splitErrors(update.error, ['maxShiftHours', 'minRestHours'], (p) => p.replace(/^input\./, ''));
  useFocusFirstInvalid(formRef, errors.fields);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    update.mutate(
      {
        poolId: pool.id,
        maxShiftHours: Number(max.replace(',', '.')),
        minRestHours: Number(rest.replace(',', '.')),
        version: pool.version,
      },
      { onSuccess: () => setDone('Règles enregistrées.') },
    );
  };
  return (
    <form ref={formRef} onSubmit={submit} noValidate className={fr.cx('fr-mt-4w')} aria-labelledby="regles">
      <h3 id="regles">Règles de couverture du pool</h3>
      <div className={fr.cx('fr-grid-row', 'fr-grid-row--gutters')}>
        <div className={fr.cx('fr-col-12', 'fr-col-md-6')}>
          <TextField
            label="Durée maximale d’une permanence (heures)"
            inputMode="decimal"
            value={max}
            onValueChange={setMax}
            error={errors.fields.maxShiftHours}
          />
        </div>
        <div className={fr.cx('fr-col-12', 'fr-col-md-6')}>
          <TextField
            label="Repos minimal entre deux permanences d’une personne (heures)"
            hint="Agent ou backup : un backup peut être appelé et doit être reposé."
            inputMode="decimal"
            value={rest}
            onValueChange={setRest}
            error={errors.fields.minRestHours}
          />
        </div>
      </div>
      <ErrorSummary
        fields={errors.fields}
        general={errors.general}
        labels={{ maxShiftHours: 'Durée maximale', minRestHours: 'Repos minimal' }}
      />
      <StatusMessage message={done} />
      <Button type="submit" busy={update.isPending}>
        Enregistrer les règles
      </Button>
    </form>
  );
}

function ShiftForm({ pool }: { pool: Pool }) {
  const create = useCreateShift();
  const [day, setDay] = useState('');
  const [start, setStart] = useState('08:00');
  const [endDay, setEndDay] = useState('');
  const [end, setEnd] = useState('20:00');
  const [agentId, setAgent] = useState('');
  const [backupId, setBackup] = useState('');
  const [local, setLocal] = useState<Record<string, string>>({});
  const [done, setDone] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const server = splitErrors(create.error, ['startsAt', 'endsAt', 'agentId', 'backupId'], (p) =>
    p.replace(/^input\./, ''),
  );
  const fields = { ...server.fields, ...local };
  useFocusFirstInvalid(formRef, fields);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    const startsAt = brusselsInstant(day, start);
    const endsAt = brusselsInstant(endDay || day, end);
    const errors: Record<string, string> = {};
    if (!startsAt) errors.startsAt = 'Jour ou heure de début invalide (jj/mm/aaaa, HH:MM).';
    if (!endsAt) errors.endsAt = 'Jour ou heure de fin invalide (jj/mm/aaaa, HH:MM).';
    if (!agentId) errors.agentId = 'Choisissez l’agent.';
    if (!backupId) errors.backupId = 'Choisissez le backup.';
    setLocal(errors);
    if (Object.keys(errors).length) return;
    create.mutate(
      { poolId: pool.id, startsAt: startsAt!, endsAt: endsAt!, agentId, backupId },
      { onSuccess: () => setDone('Permanence ajoutée au brouillon.') },
    );
  };
  const people = pool.people;
  return (
    <form ref={formRef} onSubmit={submit} noValidate className={fr.cx('fr-mt-4w')} aria-labelledby="ajout">
      <h3 id="ajout">Ajouter une permanence au brouillon</h3>
      <div className={fr.cx('fr-grid-row', 'fr-grid-row--gutters')}>
        <div className={fr.cx('fr-col-12', 'fr-col-md-3')}>
          <DateField label="Jour de début" value={day} onValueChange={setDay} required error={fields.startsAt} />
        </div>
        <div className={fr.cx('fr-col-12', 'fr-col-md-3')}>
          <TextField label="Heure de début" hint="HH:MM, heure de Bruxelles" value={start} onValueChange={setStart} />
        </div>
        <div className={fr.cx('fr-col-12', 'fr-col-md-3')}>
          <DateField
            label="Jour de fin"
            hint="jj/mm/aaaa — le jour de début si vide"
            value={endDay}
            onValueChange={setEndDay}
            error={fields.endsAt}
          />
        </div>
        <div className={fr.cx('fr-col-12', 'fr-col-md-3')}>
          <TextField label="Heure de fin" hint="HH:MM, heure de Bruxelles" value={end} onValueChange={setEnd} />
        </div>
      </div>
      <div className={fr.cx('fr-grid-row', 'fr-grid-row--gutters')}>
        <div className={fr.cx('fr-col-12', 'fr-col-md-6')}>
          <SelectField label="Agent" value={agentId} onValueChange={setAgent} required error={fields.agentId}>
            <option value="">Choisir l’agent</option>
            {people.map((p) => (
              <option key={p.id} value={p.id}>
                {p.displayName} ({p.cpmsName})
              </option>
            ))}
          </SelectField>
        </div>
        <div className={fr.cx('fr-col-12', 'fr-col-md-6')}>
          <SelectField label="Backup" value={backupId} onValueChange={setBackup} required error={fields.backupId}>
            <option value="">Choisir le backup</option>
            {people.map((p) => (
              <option key={p.id} value={p.id}>
                {p.displayName} ({p.cpmsName})
              </option>
            ))}
          </SelectField>
        </div>
      </div>
      <ErrorSummary
        fields={fields}
        general={server.general}
        labels={{ startsAt: 'Début', endsAt: 'Fin', agentId: 'Agent', backupId: 'Backup' }}
      />
      <StatusMessage message={done} />
      <Button type="submit" busy={create.isPending}>
        Ajouter la permanence
      </Button>
    </form>
  );
}
