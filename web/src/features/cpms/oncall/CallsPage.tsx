import { fr } from '@codegouvfr/react-dsfr';
import { useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import {
  CALL_CATEGORIES,
  CALL_CATEGORY_LABELS,
  CALL_URGENCIES,
  CALL_URGENCY_LABELS,
  CALLER_KINDS,
  CALLER_KIND_LABELS,
} from '@maillage/shared';
import { brusselsInstant, brusselsLabel } from '@maillage/shared/oncall-rota';
import { splitErrors, useFocusFirstInvalid } from '../../../app/formErrors';
import { usePageTitle } from '../../../app/usePageTitle';
import { Button } from '../../../ui/Button';
import { DataTable } from '../../../ui/DataTable';
import { DateField, Field, SelectField, TextField } from '../../../ui/Field';
import { ErrorState } from '../../../ui/ErrorState';
import { ErrorSummary } from '../../../ui/ErrorSummary';
import { formatIsoDate } from '../../../ui/format';
import { LoadingState } from '../../../ui/LoadingState';
import { StatusMessage } from '../../../ui/StatusMessage';
import { BarChart } from '../../psad-dashboard/charts/BarChart';
import '../../../ui/styles/dashboard.css';
import type { OncallCallCategory, OncallCallerKind, OncallUrgency } from '../../../gql/graphql';
import { useCloseFollowUp, useLogCall, useOncallCalls, useOncallPools } from './queries';

type Pool = NonNullable<ReturnType<typeof useOncallPools>['data']>['oncallPools'][number];

/** The Brussels month (yyyy-mm) and today's date and time there. */
const brussels = () => {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Brussels',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date());
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  return { day: `${get('year')}-${get('month')}-${get('day')}`, time: `${get('hour')}:${get('minute')}` };
};

/** `/cpms/astreinte/appels`: log a call, the month's calls (follow-ups), and its statistics drawn and tabled. */
export function CallsPage() {
  usePageTitle('Ligne 24/7 — journal des appels');
  const pools = useOncallPools();
  const [month, setMonth] = useState(brussels().day.slice(0, 7));
  if (pools.isPending) return <LoadingState />;
  if (pools.isError) return <ErrorState error={pools.error} onRetry={() => void pools.refetch()} />;
  const pool = pools.data.oncallPools[0];
  return (
    <div className={fr.cx('fr-container', 'fr-my-4w')}>
      <h1>Ligne 24/7 — journal des appels</h1>
      <p>
        <Link to="..">Planning d’astreinte</Link>
      </p>
      {!pool ? (
        <p>Votre centre ne participe à aucun pool d’astreinte.</p>
      ) : (
        <>
          <CallForm pool={pool} />
          <TextField
            label="Mois"
            hint="AAAA-MM"
            value={month}
            onValueChange={(v) => setMonth(v)}
            className={fr.cx('fr-mt-4w')}
          />
          {/^\d{4}-(0[1-9]|1[0-2])$/.test(month) ? <MonthCalls pool={pool} month={month} /> : null}
        </>
      )}
    </div>
  );
}

const FIELDS = ['receivedAt', 'callerKind', 'category', 'urgency', 'action', 'referredCpmsId', 'followUpDue'] as const;
const LABELS: Record<string, string> = {
  receivedAt: 'Reçu le',
  callerKind: 'Appelant',
  category: 'Motif',
  urgency: 'Urgence',
  action: 'Ce qui a été fait',
  referredCpmsId: 'CPMS compétent',
  followUpDue: 'Suivi à faire pour le',
};

function CallForm({ pool }: { pool: Pool }) {
  const now = brussels();
  const log = useLogCall();
  const [day, setDay] = useState(now.day);
  const [time, setTime] = useState(now.time);
  const [callerKind, setCaller] = useState<string>('');
  const [category, setCategory] = useState<string>('');
  const [urgency, setUrgency] = useState<string>('MOYENNE');
  const [action, setAction] = useState('');
  const [referredCpmsId, setReferred] = useState('');
  const [followUpDue, setFollowUp] = useState('');
  const [local, setLocal] = useState<Record<string, string>>({});
  const [done, setDone] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const server = splitErrors(log.error, FIELDS, (p) => p.replace(/^input\./, ''));
  const fields = { ...server.fields, ...local };
  useFocusFirstInvalid(formRef, fields);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    const receivedAt = brusselsInstant(day, time);
    const errors: Record<string, string> = {};
    if (!receivedAt) errors.receivedAt = 'Jour ou heure invalide (jj/mm/aaaa, HH:MM).';
    if (!callerKind) errors.callerKind = 'Choisissez le type d’appelant.';
    if (!category) errors.category = 'Choisissez le motif.';
    if (!action.trim()) errors.action = 'Dites ce qui a été fait.';
    if (followUpDue && !referredCpmsId) errors.referredCpmsId = 'Un suivi se fait par un CPMS : choisissez-le.';
    setLocal(errors);
    if (Object.keys(errors).length) return;
    log.mutate(
      {
        poolId: pool.id,
        receivedAt: receivedAt!,
        callerKind: callerKind as OncallCallerKind,
        category: category as OncallCallCategory,
        urgency: urgency as OncallUrgency,
        action,
        referredCpmsId: referredCpmsId || null,
        followUpDue: followUpDue || null,
      },
      {
        onSuccess: () => {
          setDone('Appel enregistré.');
          setAction('');
          setFollowUp('');
          setReferred('');
        },
      },
    );
  };
  return (
    <form ref={formRef} onSubmit={submit} noValidate aria-labelledby="nouvel-appel">
      <h2 id="nouvel-appel">Enregistrer un appel</h2>
      <p className={fr.cx('fr-text--sm')}>
        L’identité de l’appelant n’est jamais demandée ni notée : ni nom, ni prénom, ni numéro, ni date de naissance de
        l’élève ou de sa famille.
      </p>
      <div className={fr.cx('fr-grid-row', 'fr-grid-row--gutters')}>
        <div className={fr.cx('fr-col-12', 'fr-col-md-3')}>
          <DateField label="Reçu le" value={day} onValueChange={setDay} required error={fields.receivedAt} />
        </div>
        <div className={fr.cx('fr-col-12', 'fr-col-md-3')}>
          <TextField label="Heure" hint="HH:MM, heure de Bruxelles" value={time} onValueChange={setTime} />
        </div>
        <div className={fr.cx('fr-col-12', 'fr-col-md-3')}>
          <SelectField label="Appelant" value={callerKind} onValueChange={setCaller} required error={fields.callerKind}>
            <option value="">Choisir</option>
            {CALLER_KINDS.map((k) => (
              <option key={k} value={k}>
                {CALLER_KIND_LABELS[k]}
              </option>
            ))}
          </SelectField>
        </div>
        <div className={fr.cx('fr-col-12', 'fr-col-md-3')}>
          <SelectField label="Urgence" value={urgency} onValueChange={setUrgency} required error={fields.urgency}>
            {CALL_URGENCIES.map((k) => (
              <option key={k} value={k}>
                {CALL_URGENCY_LABELS[k]}
              </option>
            ))}
          </SelectField>
        </div>
      </div>
      <SelectField label="Motif" value={category} onValueChange={setCategory} required error={fields.category}>
        <option value="">Choisir</option>
        {CALL_CATEGORIES.map((k) => (
          <option key={k} value={k}>
            {CALL_CATEGORY_LABELS[k]}
          </option>
        ))}
      </SelectField>
      <Field
        label="Ce qui a été fait"
        hint="L’écoute, les conseils, l’orientation donnée — sans aucun élément qui identifie l’appelant ou l’élève."
        required
        error={fields.action}
      >
        {(props) => <textarea {...props} rows={3} value={action} onChange={(e) => setAction(e.target.value)} />}
      </Field>
      <div className={fr.cx('fr-grid-row', 'fr-grid-row--gutters')}>
        <div className={fr.cx('fr-col-12', 'fr-col-md-6')}>
          <SelectField
            label="Renvoi vers le CPMS compétent"
            value={referredCpmsId}
            onValueChange={setReferred}
            error={fields.referredCpmsId}
          >
            <option value="">Aucun renvoi</option>
            {pool.cpms.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </SelectField>
        </div>
        <div className={fr.cx('fr-col-12', 'fr-col-md-6')}>
          <DateField
            label="Suivi à faire pour le"
            value={followUpDue}
            onValueChange={setFollowUp}
            error={fields.followUpDue}
          />
        </div>
      </div>
      <ErrorSummary fields={fields} general={server.general} labels={LABELS} />
      <StatusMessage message={done} />
      <Button type="submit" busy={log.isPending}>
        Enregistrer l’appel
      </Button>
    </form>
  );
}

function MonthCalls({ pool, month }: { pool: Pool; month: string }) {
  const calls = useOncallCalls(pool.id, month);
  const close = useCloseFollowUp();
  if (calls.isPending) return <LoadingState />;
  if (calls.isError) return <ErrorState error={calls.error} />;
  const data = calls.data.oncallPool;
  if (!data) return null;
  const stats = data.callStats;
  const byCategory = CALL_CATEGORIES.map((c) => ({
    key: c,
    label: CALL_CATEGORY_LABELS[c],
    count: stats.byCategory.find((b) => b.category === c)?.count ?? 0,
  }));
  const byHour = stats.byHour.map((h) => ({
    key: String(h.hour),
    label: `${String(h.hour).padStart(2, '0')} h`,
    count: h.count,
  }));
  return (
    <>
      <section aria-labelledby="stats" className="dashboard__section">
        <h2 id="stats">
          Statistiques du mois ({stats.total} appel{stats.total > 1 ? 's' : ''})
        </h2>
        <h3>Par motif</h3>
        <div className="dashboard__chart-table">
          <BarChart bars={byCategory.map((r) => ({ key: r.key, label: r.label, value: r.count }))} />
          <DataTable
            caption="Appels du mois par motif"
            rows={byCategory}
            rowKey={(r) => r.key}
            compact
            columns={[
              { key: 'label', header: 'Motif', cell: (r) => r.label, rowHeader: true },
              { key: 'count', header: 'Appels', cell: (r) => r.count, className: 'numeric' },
            ]}
          />
        </div>
        <h3>Par heure de la journée (heure de Bruxelles)</h3>
        <div className="dashboard__chart-table">
          <BarChart bars={byHour.map((r) => ({ key: r.key, label: r.label, value: r.count }))} />
          <DataTable
            caption="Appels du mois par heure de la journée"
            rows={byHour}
            rowKey={(r) => r.key}
            compact
            columns={[
              { key: 'label', header: 'Heure', cell: (r) => r.label, rowHeader: true },
              { key: 'count', header: 'Appels', cell: (r) => r.count, className: 'numeric' },
            ]}
          />
        </div>
      </section>
      {close.error ? <ErrorState error={close.error} /> : null}
      <DataTable
        caption="Appels du mois"
        rows={data.calls}
        rowKey={(c) => c.id}
        emptyMessage="Aucun appel ce mois-ci."
        columns={[
          { key: 'at', header: 'Reçu le', cell: (c) => brusselsLabel(c.receivedAt), rowHeader: true },
          { key: 'caller', header: 'Appelant', cell: (c) => CALLER_KIND_LABELS[c.callerKind] },
          { key: 'category', header: 'Motif', cell: (c) => CALL_CATEGORY_LABELS[c.category] },
          { key: 'urgency', header: 'Urgence', cell: (c) => CALL_URGENCY_LABELS[c.urgency] },
          { key: 'action', header: 'Ce qui a été fait', cell: (c) => c.action },
          {
            key: 'followUp',
            header: 'Renvoi et suivi',
            cell: (c) =>
              c.referredCpms ? (
                <>
                  {c.referredCpms.name}
                  {c.followUpDue ? ` — suivi pour le ${formatIsoDate(String(c.followUpDue))}` : ''}
                  {c.followUpDoneAt ? ' (fait)' : null}
                  {c.followUpDue && !c.followUpDoneAt ? (
                    <Button
                      variant="tertiary"
                      size="small"
                      busy={close.isPending}
                      onClick={() => close.mutate({ callId: c.id, version: c.version })}
                    >
                      Suivi fait
                    </Button>
                  ) : null}
                </>
              ) : (
                '—'
              ),
          },
        ]}
      />
    </>
  );
}
