import { fr } from '@codegouvfr/react-dsfr';
import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router-dom';
import {
  HALF_DAYS,
  HALF_DAY_HOURS,
  HALF_DAY_LABELS,
  SLOT_ACTIVITY_LABELS,
  WORKDAYS,
  WORKDAY_LABELS,
  type HalfDay,
} from '@maillage/shared';
import { fetchWithToken, problemOf, saveBlob } from '../../app/download';
import { splitErrors } from '../../app/formErrors';
import { useMe } from '../../app/me';
import { usePageTitle } from '../../app/usePageTitle';
import type { SlotActivity } from '../../gql/graphql';
import { Button } from '../../ui/Button';
import { ErrorState } from '../../ui/ErrorState';
import { CheckboxField, SelectField } from '../../ui/Field';
import { FormActions } from '../../ui/FormActions';
import { LoadingState } from '../../ui/LoadingState';
import { parisToday } from '../../ui/format';
import { SaveErrorBanner } from '../../ui/SaveErrorBanner';
import { isOrientationStaff, useChosenCio, useOrientationCios, type OrientationCio } from './cios';
import {
  currentSchoolYear,
  useNetworks,
  usePeriods,
  useServiceCheck,
  useSetWeek,
  useTimetable,
  type OrientationNetworkItem,
  type TimetableSlot,
} from './queries';
import '../../ui/styles/orientation.css';

const CIO_ACTIVITIES = ['PERMANENCE', 'ENTRETIENS_EXTERNALISES', 'CONCERTATION'] as const;

function slotText(slot: TimetableSlot, view: 'psyen' | 'school') {
  const place = slot.school ? slot.school.name : SLOT_ACTIVITY_LABELS[slot.activity];
  const who = view === 'school' ? slot.person.displayName : place;
  return `${who}${slot.mode === 'DISTANCE' ? ' (à distance)' : ''}`;
}

/** The week as a table: days down, half-days across, each cell what happens then. */
function WeekTable({ slots, view, caption }: { slots: TimetableSlot[]; view: 'psyen' | 'school'; caption: string }) {
  return (
    <div className={fr.cx('fr-table', 'fr-table--bordered')}>
      <table className="orientation__week">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Jour</th>
            {HALF_DAYS.map((h) => (
              <th key={h} scope="col">
                {HALF_DAY_LABELS[h]} ({HALF_DAY_HOURS[h].start.replace(':', ' h ')}–
                {HALF_DAY_HOURS[h].end.replace(':', ' h ')})
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {WORKDAYS.map((day) => (
            <tr key={day}>
              <th scope="row">{WORKDAY_LABELS[day]}</th>
              {HALF_DAYS.map((h) => {
                const here = slots.filter((s) => s.weekday === day && s.halfDay === h);
                return (
                  <td key={h}>
                    {here.length === 0 ? (
                      <span className={fr.cx('fr-text--sm')}>—</span>
                    ) : (
                      here.map((s) => <div key={s.id}>{slotText(s, view)}</div>)
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

type Cell = { choice: string; remote: boolean };

/** The direction team sets a PsyEn's week of a period, half-day by half-day. */
function WeekEditor({
  cio,
  periodId,
  userId,
  slots,
  networks,
  version,
  onDone,
}: {
  cio: OrientationCio;
  periodId: string;
  userId: string;
  slots: TimetableSlot[];
  networks: OrientationNetworkItem[];
  version: number;
  onDone: () => void;
}) {
  const schools = networks
    .filter((n) => n.psyen.some((p) => p.id === userId))
    .flatMap((n) => n.schools)
    .filter((s, i, all) => all.findIndex((x) => x.id === s.id) === i);
  const [cells, setCells] = useState<Record<string, Cell>>(() =>
    Object.fromEntries(
      slots.map((s) => [
        `${s.weekday}-${s.halfDay}`,
        { choice: s.school ? `school:${s.school.id}` : s.activity, remote: s.mode === 'DISTANCE' },
      ]),
    ),
  );
  const setWeek = useSetWeek();
  const server = splitErrors(setWeek.error, ['slots'], (p) => p.replace(/^input\./, '').replace(/\..*$/, ''));
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const chosen = Object.entries(cells).filter(([, c]) => c.choice);
    setWeek.mutate(
      {
        cioId: cio.id,
        periodId,
        userId,
        version,
        slots: chosen.map(([key, c]) => {
          const [weekday, halfDay] = key.split('-') as [string, HalfDay];
          const school = c.choice.startsWith('school:') ? c.choice.slice(7) : null;
          return {
            weekday: Number(weekday),
            halfDay,
            activity: (school ? 'ETABLISSEMENT' : c.choice) as SlotActivity,
            schoolId: school,
            mode: c.remote ? 'DISTANCE' : 'SUR_SITE',
          };
        }),
      },
      { onSuccess: onDone },
    );
  };
  return (
    <form onSubmit={onSubmit} noValidate className="orientation__form">
      <h2 className={fr.cx('fr-h5')}>Modifier la semaine</h2>
      <SaveErrorBanner
        conflict={server.conflict}
        conflictMessage="Cette semaine a été modifiée entre-temps. Fermez le formulaire pour la recharger."
        reloadLabel="Fermer et recharger"
        onReload={onDone}
        reloading={false}
        general={null}
      />
      <div className={fr.cx('fr-table')}>
        <table className="orientation__week">
          <caption className="fr-sr-only">Chaque demi-journée de la semaine</caption>
          <thead>
            <tr>
              <th scope="col">Jour</th>
              {HALF_DAYS.map((h) => (
                <th key={h} scope="col">
                  {HALF_DAY_LABELS[h]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {WORKDAYS.map((day) => (
              <tr key={day}>
                <th scope="row">{WORKDAY_LABELS[day]}</th>
                {HALF_DAYS.map((h) => {
                  const key = `${day}-${h}`;
                  const cell = cells[key] ?? { choice: '', remote: false };
                  const set = (next: Partial<Cell>) => setCells((all) => ({ ...all, [key]: { ...cell, ...next } }));
                  return (
                    <td key={h}>
                      <SelectField
                        label={`${WORKDAY_LABELS[day]} ${HALF_DAY_LABELS[h].toLowerCase()}`}
                        value={cell.choice}
                        onValueChange={(choice) => set({ choice })}
                      >
                        <option value="">Libre</option>
                        {CIO_ACTIVITIES.map((a) => (
                          <option key={a} value={a}>
                            {SLOT_ACTIVITY_LABELS[a]}
                          </option>
                        ))}
                        {schools.map((s) => (
                          <option key={s.id} value={`school:${s.id}`}>
                            {s.name}
                          </option>
                        ))}
                      </SelectField>
                      {cell.choice ? (
                        <CheckboxField
                          label={`À distance (${(WORKDAY_LABELS[day] ?? '').toLowerCase()} ${HALF_DAY_LABELS[h].toLowerCase()})`}
                          checked={cell.remote}
                          onCheckedChange={(remote) => set({ remote })}
                        />
                      ) : null}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <FormActions
        errors={{ fields: server.fields, general: server.general, labels: { slots: 'Semaine' } }}
        submitLabel="Enregistrer la semaine"
        busy={setWeek.isPending}
        onCancel={onDone}
      />
    </form>
  );
}

/**
 * « Quand le PsyEn est-il dans mon établissement ? »: a PsyEn's week or a school's, per period,
 * printable and, for a PsyEn, as an iCalendar file for their own calendar. The direction team edits it.
 */
export function TimetablePage() {
  usePageTitle('Emplois du temps');
  const [params, setParams] = useSearchParams();
  const me = useMe();
  const cios = useOrientationCios();
  const { cio, picker } = useChosenCio(cios.data?.orientationCios);
  const [schoolYear] = useState(currentSchoolYear());
  const periods = usePeriods(cio?.id, schoolYear);
  const networks = useNetworks(cio?.id);
  const [editing, setEditing] = useState(false);
  const [downloadError, setDownloadError] = useState<string | null>(null);
  const isStaff = isOrientationStaff(me.data?.roles);
  const check = useServiceCheck(cio?.id, schoolYear, Boolean(cio?.canDirect));

  const periodList = periods.data?.orientationPeriods ?? [];
  const periodId =
    params.get('periode') ??
    periodList.find((p) => p.startsOn <= parisToday() && parisToday() <= p.endsOn)?.id ??
    periodList[0]?.id;
  const period = periodList.find((p) => p.id === periodId);
  const psyen = cio?.people.filter((p) => p.roles.includes('PSYEN')) ?? [];
  const networkSchools = (networks.data?.orientationNetworks ?? [])
    .flatMap((n) => n.schools)
    .filter((s, i, all) => all.findIndex((x) => x.id === s.id) === i);
  const ownSchool = me.data?.memberships.find((m) => networkSchools.some((s) => s.id === m.organisation.id))
    ?.organisation.id;
  const view: 'psyen' | 'school' = params.get('etablissement') || (!isStaff && ownSchool) ? 'school' : 'psyen';
  // A PsyEn opens on their own week; the direction team on the first PsyEn with time in the period.
  const withTime = check.data?.orientationServiceCheck.services.find(
    (s) => s.periodId === periodId && s.cioHalfDays + s.schoolHalfDays > 0 && psyen.some((p) => p.id === s.person.id),
  );
  const userId =
    params.get('psyen') ??
    (psyen.some((p) => p.id === me.data?.user.id) ? me.data?.user.id : (withTime?.person.id ?? psyen[0]?.id));
  const schoolId = params.get('etablissement') ?? ownSchool ?? networkSchools[0]?.id;
  const timetable = useTimetable(
    periodId,
    view === 'psyen' ? { userId: userId ?? undefined } : { schoolId: schoolId ?? undefined },
  );
  const set = (key: string, value: string | null) =>
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      if (value) next.set(key, value);
      else next.delete(key);
      if (key === 'psyen' && value) next.delete('etablissement');
      if (key === 'etablissement' && value) next.delete('psyen');
      return next;
    });

  if (cios.isPending || me.isPending) return <LoadingState />;
  if (cios.isError) return <ErrorState error={cios.error} onRetry={() => void cios.refetch()} />;
  const person = psyen.find((p) => p.id === userId);
  const school = networkSchools.find((s) => s.id === schoolId);
  const service = check.data?.orientationServiceCheck.services.find(
    (s) => s.person.id === userId && s.periodId === periodId,
  );
  const download = async () => {
    setDownloadError(null);
    try {
      const response = await fetchWithToken(
        `/api/orientation/cios/${cio!.id}/psyen/${userId}/emploi-du-temps.ics?annee=${schoolYear}`,
      );
      if (!response.ok) throw await problemOf(response);
      saveBlob(await response.blob(), 'emploi-du-temps.ics');
    } catch (error) {
      setDownloadError(error instanceof Error ? error.message : 'Le téléchargement a échoué.');
    }
  };
  const caption =
    view === 'psyen'
      ? `Semaine de ${person?.displayName ?? 'psychologue'}${period ? `, période « ${period.name} »` : ''}`
      : `Présence des psychologues à ${school?.name ?? 'l’établissement'}${period ? `, période « ${period.name} »` : ''}`;
  return (
    <div className="page orientation">
      <h1>Emplois du temps</h1>
      {!cio ? (
        <p>Vous n’êtes rattaché à aucun CIO ni à aucun établissement d’un réseau.</p>
      ) : (
        <>
          <div className="orientation__filters">
            {picker}
            <SelectField
              label={`Période (${schoolYear})`}
              value={periodId ?? ''}
              onValueChange={(v) => set('periode', v)}
            >
              {periodList.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </SelectField>
            {psyen.length > 0 ? (
              <SelectField
                label="Psychologue"
                value={view === 'psyen' ? (userId ?? '') : ''}
                onValueChange={(v) => set('psyen', v)}
              >
                <option value="">—</option>
                {psyen.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.displayName}
                  </option>
                ))}
              </SelectField>
            ) : null}
            {networkSchools.length > 0 ? (
              <SelectField
                label="Établissement"
                value={view === 'school' ? (schoolId ?? '') : ''}
                onValueChange={(v) => set('etablissement', v)}
              >
                <option value="">—</option>
                {networkSchools.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                  </option>
                ))}
              </SelectField>
            ) : null}
          </div>
          {periodList.length === 0 && periods.data ? (
            <p>Aucune période n’est définie pour {schoolYear}.</p>
          ) : timetable.isError ? (
            <ErrorState error={timetable.error} onRetry={() => void timetable.refetch()} />
          ) : timetable.data ? (
            editing && cio.canDirect && userId && service ? (
              <WeekEditor
                cio={cio}
                periodId={periodId!}
                userId={userId}
                slots={timetable.data.orientationTimetable}
                networks={networks.data?.orientationNetworks ?? []}
                version={service.version}
                onDone={() => setEditing(false)}
              />
            ) : (
              <>
                <WeekTable slots={timetable.data.orientationTimetable} view={view} caption={caption} />
                <ul className={fr.cx('fr-btns-group', 'fr-btns-group--inline-sm') + ' orientation__no-print'}>
                  <li>
                    <Button variant="secondary" onClick={() => window.print()}>
                      Imprimer
                    </Button>
                  </li>
                  {view === 'psyen' && userId ? (
                    <li>
                      <Button variant="secondary" onClick={() => void download()}>
                        Ajouter à mon agenda (fichier iCalendar)
                      </Button>
                    </li>
                  ) : null}
                  {view === 'psyen' && cio.canDirect && service ? (
                    <li>
                      <Button onClick={() => setEditing(true)}>Modifier la semaine</Button>
                    </li>
                  ) : null}
                </ul>
                {downloadError ? (
                  <div className={fr.cx('fr-alert', 'fr-alert--error', 'fr-alert--sm')} role="alert">
                    <p>{downloadError}</p>
                  </div>
                ) : null}
              </>
            )
          ) : (
            <LoadingState />
          )}
        </>
      )}
    </div>
  );
}
