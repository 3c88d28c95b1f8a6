import { fr } from '@codegouvfr/react-dsfr';
import { useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import {
  CIO_MEETING_KINDS,
  instances,
  KINDS_WITH_SITUATIONS,
  MEETING_KIND_LABELS,
  MULTI_PLATFORM_KINDS,
  PLATFORM_MEETING_KINDS,
  THEMATIC_PARCOURS,
  THEMATIC_PARCOURS_LABELS,
  type MeetingKind,
  type ThematicParcours,
} from '@maillage/shared';
import { splitErrors, useFocusFirstInvalid } from '../../app/formErrors';
import { validate } from '../../app/validation';
import type { CaseStatus, ScheduleMeetingInput } from '../../gql/graphql';
import { Button } from '../../ui/Button';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { CheckboxField, DateField, SelectField, TextField } from '../../ui/Field';
import { SaveErrorBanner } from '../../ui/SaveErrorBanner';
import { useFocusAfterRender } from '../clas/fields';
import { useCasePlatforms } from '../cases/caseQueries';
import { usePsadPlatform } from '../platforms/queries';
import { parisDay, parisToIso, parseTime, splitCommunes } from './format';
import { Fieldset } from './parts';
import { useSeriesCandidates } from './queries';
import { PeopleInvite, type InvitedPerson } from './PeopleInvite';
import { SituationPicker } from './SituationPicker';

export interface AgendaRow {
  key: string;
  text: string;
}
export interface GuestRow {
  key: string;
  name: string;
  email: string;
  organisationName: string;
}
export interface SituationRow {
  caseId: string;
  /** « AVRIL Lou ». */
  name: string;
  age: number | null;
  status: CaseStatus;
  proposal: string;
}

export interface MeetingFormValues {
  platformId: string;
  /** A CIO's concertation or thematic action (issue 18): the CIO, instead of a platform. */
  cioId: string;
  kind: MeetingKind;
  /** A thematic action's parcours. */
  parcours: ThematicParcours | '';
  previousMeetingId: string;
  title: string;
  theme: string;
  communes: string;
  otherPlatformIds: string[];
  /** yyyy-mm-dd, or the raw text while it is no date. */
  day: string;
  startTime: string;
  endTime: string;
  place: string;
  visioUrl: string;
  agenda: AgendaRow[];
  invitedOrganisationIds: string[];
  invitedUsers: InvitedPerson[];
  guests: GuestRow[];
  situations: SituationRow[];
}

let lastKey = 0;
/** A key for a new row of a list the user edits (agenda, guests). */
export const newKey = () => `l${(lastKey += 1)}`;

export const EMPTY_MEETING: Omit<MeetingFormValues, 'platformId'> = {
  cioId: '',
  kind: 'COTECH',
  parcours: '',
  previousMeetingId: '',
  title: '',
  theme: '',
  communes: '',
  otherPlatformIds: [],
  day: '',
  startTime: '',
  endTime: '',
  place: '',
  visioUrl: '',
  agenda: [],
  invitedOrganisationIds: [],
  invitedUsers: [],
  guests: [],
  situations: [],
};

/** The form's fields in their order on the page, for the error summary (rows by key: `agenda.<key>`…). */
function fieldsOf(v: MeetingFormValues): string[] {
  return [
    'platformId',
    'cioId',
    'kind',
    'parcours',
    'previousMeetingId',
    'title',
    'theme',
    'communes',
    'otherPlatformIds',
    'day',
    'startTime',
    'endTime',
    'place',
    'visioUrl',
    'agenda',
    ...v.agenda.map((a) => `agenda.${a.key}`),
    'invitedOrganisationIds',
    'invitedUserIds',
    'guests',
    ...v.guests.flatMap((g) => [`guests.${g.key}.name`, `guests.${g.key}.email`, `guests.${g.key}.organisationName`]),
    'situations',
    ...v.situations.flatMap((s) => [`situations.${s.caseId}`, `situations.${s.caseId}.proposal`]),
  ];
}

const LABELS: Record<string, string> = {
  platformId: 'Plateforme',
  cioId: 'CIO',
  kind: 'Instance',
  parcours: 'Parcours',
  previousMeetingId: 'Suite de la réunion',
  title: 'Intitulé',
  theme: 'Thème',
  communes: 'Communes',
  otherPlatformIds: 'Plateformes réunies',
  day: 'Date',
  startTime: 'Heure de début',
  endTime: 'Heure de fin',
  place: 'Lieu',
  visioUrl: 'Lien de visioconférence',
  agenda: 'Ordre du jour',
  invitedOrganisationIds: 'Partenaires invités',
  invitedUserIds: 'Personnes invitées nommément',
  guests: 'Invités sans compte',
  situations: 'Situations à examiner',
};

/** The labels of the rows' fields, for the error summary. */
function labelsOf(v: MeetingFormValues): Record<string, string> {
  const labels: Record<string, string> = { ...LABELS };
  v.agenda.forEach((a, i) => (labels[`agenda.${a.key}`] = `Point ${i + 1} de l’ordre du jour`));
  v.guests.forEach((g, i) => {
    labels[`guests.${g.key}.name`] = `Invité ${i + 1}, nom`;
    labels[`guests.${g.key}.email`] = `Invité ${i + 1}, courriel`;
    labels[`guests.${g.key}.organisationName`] = `Invité ${i + 1}, organisation`;
  });
  for (const s of v.situations) {
    labels[`situations.${s.caseId}`] = s.name;
    labels[`situations.${s.caseId}.proposal`] = `Proposition pour ${s.name}`;
  }
  return labels;
}

/** What was sent, row by row: the server's paths name rows by their index in it. */
interface Sent {
  agenda: string[];
  guests: string[];
  situations: string[];
}

/** The server's (and the shared schema's) paths → the form's fields: `endsAt` → `endTime`, `agenda.2` → `agenda.<key>`… */
function pathMapper(sent: Sent) {
  return (path: string): string => {
    const p = path.replace(/^input\./, '');
    if (p === 'startsAt') return 'startTime';
    if (p === 'endsAt') return 'endTime';
    const row = /^(agenda|guests|situations)\.(\d+)(?:\.(\w+))?$/.exec(p);
    if (row) {
      const key = sent[row[1] as keyof Sent][Number(row[2])];
      if (key === undefined) return row[1]!;
      if (row[1] === 'situations') return row[3] === 'proposal' ? `situations.${key}.proposal` : `situations.${key}`;
      return row[3] ? `${row[1]}.${key}.${row[3]}` : `${row[1]}.${key}`;
    }
    const list = /^(communes|otherPlatformIds|invitedOrganisationIds|invitedUserIds)\.\d+$/.exec(p);
    return list ? list[1]! : p;
  };
}

const nonBlankGuest = (g: GuestRow) => Boolean(g.name.trim() || g.email.trim() || g.organisationName.trim());

/** The input the form stands for (blank agenda lines and blank guests left out), and what each sent row was. */
function inputOf(v: MeetingFormValues): { input: ScheduleMeetingInput; sent: Sent } {
  const start = parseTime(v.startTime);
  const end = parseTime(v.endTime);
  const agenda = v.agenda.filter((a) => a.text.trim());
  const guests = v.guests.filter(nonBlankGuest);
  const withSituations = KINDS_WITH_SITUATIONS.includes(v.kind);
  const situations = withSituations ? v.situations : [];
  return {
    input: {
      platformId: v.cioId ? null : v.platformId,
      cioId: v.cioId || null,
      kind: v.kind,
      parcours: v.kind === 'ACTION_THEMATIQUE' ? v.parcours || null : null,
      previousMeetingId: v.previousMeetingId || null,
      title: v.title.trim(),
      theme: withSituations ? v.theme.trim() || null : null,
      communes: withSituations ? splitCommunes(v.communes) : [],
      otherPlatformIds: MULTI_PLATFORM_KINDS.includes(v.kind) ? v.otherPlatformIds : [],
      startsAt: (start && parisToIso(v.day, start)) || '',
      endsAt: (end && parisToIso(v.day, end)) || '',
      place: v.place.trim() || null,
      visioUrl: v.visioUrl.trim() || null,
      agenda: agenda.map((a) => a.text.trim()),
      invitedOrganisationIds: v.invitedOrganisationIds,
      invitedUserIds: v.invitedUsers.map((p) => p.id),
      guests: guests.map((g) => ({
        name: g.name.trim(),
        email: g.email.trim() || null,
        organisationName: g.organisationName.trim() || null,
      })),
      situations: situations.map((s) => ({ caseId: s.caseId, proposal: s.proposal.trim() || null })),
    },
    sent: {
      agenda: agenda.map((a) => a.key),
      guests: guests.map((g) => g.key),
      situations: situations.map((s) => s.caseId),
    },
  };
}

/** The checks the server would make, before the round trip: the shared schema, and the day and times as typed. */
function clientErrorsOf(v: MeetingFormValues): Record<string, string> {
  const { input, sent } = inputOf(v);
  const errors: Record<string, string> = {};
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v.day)) errors.day = 'Saisissez la date de la réunion au format jj/mm/aaaa.';
  const start = parseTime(v.startTime);
  const end = parseTime(v.endTime);
  if (!start) errors.startTime = 'Saisissez l’heure de début au format hh:mm (24 h), par exemple 14:00.';
  if (!end) errors.endTime = 'Saisissez l’heure de fin au format hh:mm (24 h), par exemple 16:00.';
  else if (start && end <= start) errors.endTime = 'L’heure de fin doit suivre l’heure de début.';
  if (!input.place && !input.visioUrl) errors.place = 'Indiquez un lieu ou un lien de visioconférence.';
  const fromSchema = validate(instances.scheduleMeeting, input, { mapPath: pathMapper(sent) });
  // The day and times are judged above, on what was typed.
  delete fromSchema.startTime;
  delete fromSchema.endTime;
  return { ...fromSchema, ...errors };
}

function Section({ id, title, children, hint }: { id: string; title: string; children: ReactNode; hint?: ReactNode }) {
  return (
    <section aria-labelledby={id} className="meeting-form__section">
      <h2 id={id} className={fr.cx('fr-h5', 'fr-mb-1w')}>
        {title}
      </h2>
      {hint ? <p className={fr.cx('fr-text--sm', 'fr-mb-2w')}>{hint}</p> : null}
      {children}
    </section>
  );
}

export interface MeetingFormProps {
  mode: 'schedule' | 'update';
  initial: MeetingFormValues;
  /** The platforms the referent may convene for (schedule). */
  platforms: readonly { id: string; name: string }[];
  /** Update: the meeting's convening platform's (or CIO's) name. */
  platformName?: string;
  /** A CIO's meeting (issue 18): the CIO convenes it, of a CIO's kind, with no platform's partners. */
  cio?: { id: string; name: string };
  /** Update: the meeting itself, left out of the series candidates. */
  meetingId?: string;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit: (input: ScheduleMeetingInput) => void;
  onReload?: () => void;
  reloading?: boolean;
  onCancel?: ReactNode;
}

/** Scheduling or changing a meeting: the instance, date and place, agenda, invitees and (cotech) situations. */
export function MeetingForm({
  mode,
  initial,
  platforms,
  platformName,
  cio,
  submitLabel,
  pending,
  error,
  onSubmit,
  onReload,
  reloading = false,
  onCancel,
}: MeetingFormProps) {
  const ids = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [v, setValues] = useState<MeetingFormValues>(initial);
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const [sent, setSent] = useState<Sent>({ agenda: [], guests: [], situations: [] });
  const focusAfter = useFocusAfterRender();
  const fields = fieldsOf(v);
  const server = splitErrors(error, fields, pathMapper(sent));
  const errors: Record<string, string | undefined> = { ...clientErrors, ...server.fields };
  useFocusFirstInvalid(formRef, errors);

  const set = <K extends keyof MeetingFormValues>(key: K, value: MeetingFormValues[K]) => {
    setValues((current) => ({ ...current, [key]: value }));
    setClientErrors({});
  };
  const withSituations = KINDS_WITH_SITUATIONS.includes(v.kind);
  const multiPlatform = MULTI_PLATFORM_KINDS.includes(v.kind);

  const partners = usePsadPlatform(v.platformId || undefined);
  const partnerList = partners.data?.platform?.partners ?? [];
  const allPlatforms = useCasePlatforms();
  const others = (allPlatforms.data ?? []).filter((p) => p.id !== v.platformId);
  const series = useSeriesCandidates(mode === 'schedule' && !cio ? v.platformId || undefined : undefined, v.kind);
  const kinds = cio ? CIO_MEETING_KINDS : PLATFORM_MEETING_KINDS;

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = clientErrorsOf(v);
    setClientErrors(found);
    if (Object.keys(found).length) return;
    const built = inputOf(v);
    setSent(built.sent);
    onSubmit(built.input);
  }

  const toggle = (list: string[], id: string, checked: boolean) =>
    checked ? [...list.filter((x) => x !== id), id] : list.filter((x) => x !== id);

  return (
    <form ref={formRef} noValidate onSubmit={submit} aria-label={submitLabel} className="meeting-form">
      <Section id={`${ids}-instance`} title="L’instance">
        {mode === 'schedule' ? (
          <div className="meeting-form__grid">
            {cio ? (
              <p className="meeting-form__fact">
                <span className={fr.cx('fr-text--bold')}>CIO qui convoque :</span> {cio.name}
              </p>
            ) : platforms.length > 1 ? (
              <SelectField
                label="Plateforme qui convoque"
                name="platformId"
                required
                value={v.platformId}
                onValueChange={(id) => {
                  setValues((c) => ({
                    ...c,
                    platformId: id,
                    invitedOrganisationIds: [],
                    invitedUsers: [],
                    situations: [],
                    previousMeetingId: '',
                  }));
                  setClientErrors({});
                }}
                error={errors.platformId}
              >
                {platforms.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name}
                  </option>
                ))}
              </SelectField>
            ) : (
              <p className="meeting-form__fact">
                <span className={fr.cx('fr-text--bold')}>Plateforme qui convoque :</span>{' '}
                {platforms[0]?.name ?? 'aucune'}
              </p>
            )}
            <SelectField
              label="Instance"
              name="kind"
              required
              value={v.kind}
              onValueChange={(kind) => {
                setValues((c) => ({ ...c, kind: kind as MeetingKind, previousMeetingId: '' }));
                setClientErrors({});
              }}
              error={errors.kind}
            >
              {kinds.map((k) => (
                <option key={k} value={k}>
                  {MEETING_KIND_LABELS[k]}
                </option>
              ))}
            </SelectField>
          </div>
        ) : null}
        {mode === 'schedule' && cio ? null : mode === 'schedule' ? (
          <SelectField
            label="Suite de la réunion"
            name="previousMeetingId"
            hint="Les actions non terminées de cette réunion et des précédentes de la série y seront reportées."
            value={v.previousMeetingId}
            onValueChange={(id) => set('previousMeetingId', id)}
            error={errors.previousMeetingId}
          >
            <option value="">
              {series.isPending && v.platformId ? 'Chargement des réunions…' : 'Aucune : nouvelle série'}
            </option>
            {(series.data ?? []).map((m) => (
              <option key={m.id} value={m.id}>
                {`${MEETING_KIND_LABELS[m.kind]} du ${parisDay(m.startsAt)} — ${m.title}`}
              </option>
            ))}
          </SelectField>
        ) : (
          <p className="meeting-form__fact">
            {MEETING_KIND_LABELS[v.kind]} convoqué par {platformName ?? 'la plateforme'}.
          </p>
        )}
        {v.kind === 'ACTION_THEMATIQUE' ? (
          <SelectField
            label="Parcours"
            name="parcours"
            required
            value={v.parcours}
            onValueChange={(p) => set('parcours', p as ThematicParcours | '')}
            error={errors.parcours}
          >
            <option value="">Choisir le parcours</option>
            {THEMATIC_PARCOURS.map((p) => (
              <option key={p} value={p}>
                {THEMATIC_PARCOURS_LABELS[p]}
              </option>
            ))}
          </SelectField>
        ) : null}
        <TextField
          label="Intitulé"
          name="title"
          required
          hint={
            cio
              ? 'Par exemple : Concertation sur le projet des élèves de 3e.'
              : 'Par exemple : Comité technique de décembre.'
          }
          value={v.title}
          onValueChange={(t) => set('title', t)}
          error={errors.title}
          maxLength={200}
          autoComplete="off"
        />
        {withSituations ? (
          <div className="meeting-form__grid">
            <TextField
              label="Thème (facultatif)"
              name="theme"
              hint="Pour un comité thématique : mineurs, décrochage en apprentissage…"
              value={v.theme}
              onValueChange={(t) => set('theme', t)}
              error={errors.theme}
              maxLength={200}
              autoComplete="off"
            />
            <TextField
              label="Communes (facultatif)"
              name="communes"
              hint="Pour un comité d’un groupe de communes : séparez-les par des virgules."
              value={v.communes}
              onValueChange={(t) => set('communes', t)}
              error={errors.communes}
              autoComplete="off"
            />
          </div>
        ) : null}
        {multiPlatform ? (
          <Fieldset
            legend="Plateformes réunies"
            hint={
              mode === 'schedule'
                ? 'Les référents des plateformes cochées sont invités.'
                : 'Les référents des plateformes ajoutées sont invités ; ceux des plateformes décochées sont prévenus que la réunion est annulée pour eux.'
            }
            field="otherPlatformIds"
          >
            {others.map((p) => (
              <CheckboxField
                key={p.id}
                name="otherPlatformIds"
                value={p.id}
                label={p.name}
                checked={v.otherPlatformIds.includes(p.id)}
                onCheckedChange={(checked) => set('otherPlatformIds', toggle(v.otherPlatformIds, p.id, checked))}
              />
            ))}
            {others.length === 0 ? <p>{allPlatforms.isPending ? 'Chargement…' : 'Aucune autre plateforme.'}</p> : null}
            {errors.otherPlatformIds ? (
              <p className={fr.cx('fr-error-text')} role="alert" data-invalid="true">
                {errors.otherPlatformIds}
              </p>
            ) : null}
          </Fieldset>
        ) : null}
      </Section>

      <Section
        id={`${ids}-quand`}
        title="Date et lieu"
        hint="Heure de Paris. Indiquez un lieu, un lien de visioconférence, ou les deux."
      >
        <div className="meeting-form__grid meeting-form__grid--when">
          <DateField
            label="Date"
            name="day"
            required
            value={v.day}
            onValueChange={(d) => set('day', d)}
            error={errors.day}
          />
          <TextField
            label="Heure de début"
            name="startTime"
            required
            hint="Format hh:mm (24 h)"
            inputMode="numeric"
            autoComplete="off"
            value={v.startTime}
            onValueChange={(t) => set('startTime', t)}
            error={errors.startTime}
          />
          <TextField
            label="Heure de fin"
            name="endTime"
            required
            hint="Format hh:mm (24 h)"
            inputMode="numeric"
            autoComplete="off"
            value={v.endTime}
            onValueChange={(t) => set('endTime', t)}
            error={errors.endTime}
          />
        </div>
        <div className="meeting-form__grid">
          <TextField
            label="Lieu"
            name="place"
            hint="Adresse ou salle."
            value={v.place}
            onValueChange={(t) => set('place', t)}
            error={errors.place}
            maxLength={300}
          />
          <TextField
            label="Lien de visioconférence"
            name="visioUrl"
            type="url"
            hint="Commence par https://"
            value={v.visioUrl}
            onValueChange={(t) => set('visioUrl', t)}
            error={errors.visioUrl}
            maxLength={500}
            autoComplete="off"
          />
        </div>
      </Section>

      <Section id={`${ids}-odj`} title="Ordre du jour">
        {v.agenda.length === 0 ? <p className={fr.cx('fr-text--sm')}>Aucun point pour l’instant.</p> : null}
        <ol className="meeting-form__rows" data-field="agenda">
          {v.agenda.map((row, i) => (
            <li key={row.key} className="meeting-form__row" data-focus={`agenda-${row.key}`}>
              <TextField
                label={`Point ${i + 1}`}
                name={`agenda.${row.key}`}
                value={row.text}
                onValueChange={(text) =>
                  set(
                    'agenda',
                    v.agenda.map((a) => (a.key === row.key ? { ...a, text } : a)),
                  )
                }
                error={errors[`agenda.${row.key}`]}
                maxLength={300}
                autoComplete="off"
              />
              <Button
                variant="tertiary"
                size="small"
                onClick={() => {
                  set(
                    'agenda',
                    v.agenda.filter((a) => a.key !== row.key),
                  );
                  focusAfter('agenda-ajout');
                }}
              >
                Retirer le point {i + 1}
              </Button>
            </li>
          ))}
        </ol>
        {errors.agenda ? (
          <p className={fr.cx('fr-error-text')} role="alert">
            {errors.agenda}
          </p>
        ) : null}
        <Button
          variant="secondary"
          size="small"
          data-focus="agenda-ajout"
          className={fr.cx('fr-icon-add-line', 'fr-btn--icon-left')}
          onClick={() => {
            const key = newKey();
            set('agenda', [...v.agenda, { key, text: '' }]);
            focusAfter(`agenda-${key}`);
          }}
        >
          Ajouter un point
        </Button>
      </Section>

      <Section id={`${ids}-invites`} title="Invités">
        {cio ? null : (
          <>
            <Fieldset
              legend="Partenaires invités"
              hint="Leurs membres reçoivent l’invitation (notification et courriel avec l’invitation de calendrier)."
              field="invitedOrganisationIds"
            >
              {partnerList.map((p) => (
                <CheckboxField
                  key={p.id}
                  name="invitedOrganisationIds"
                  value={p.id}
                  label={p.name}
                  checked={v.invitedOrganisationIds.includes(p.id)}
                  onCheckedChange={(checked) =>
                    set('invitedOrganisationIds', toggle(v.invitedOrganisationIds, p.id, checked))
                  }
                />
              ))}
              {partnerList.length === 0 ? (
                <p className={fr.cx('fr-text--sm')}>
                  {partners.isPending ? 'Chargement des partenaires…' : 'Aucun partenaire sur cette plateforme.'}
                </p>
              ) : null}
              {errors.invitedOrganisationIds ? (
                <p className={fr.cx('fr-error-text')} role="alert" data-invalid="true">
                  {errors.invitedOrganisationIds}
                </p>
              ) : null}
            </Fieldset>
            <PeopleInvite
              platformId={v.platformId}
              partners={partnerList}
              value={v.invitedUsers}
              onChange={(people) => set('invitedUsers', people)}
              error={errors.invitedUserIds}
            />
          </>
        )}
        <h3 className={fr.cx('fr-h6', 'fr-mb-1w')}>Invités sans compte Maillage</h3>
        <p className={fr.cx('fr-text--sm', 'fr-mb-2w')}>
          Ils reçoivent l’invitation par courriel seulement, sans accès aux situations examinées.
        </p>
        {v.guests.map((g, i) => (
          <fieldset key={g.key} className={`${fr.cx('fr-fieldset')} meeting-form__guest`} data-focus={`guest-${g.key}`}>
            <legend className={fr.cx('fr-fieldset__legend', 'fr-text--regular')}>Invité {i + 1}</legend>
            <div className="meeting-form__guest-fields">
              <TextField
                label="Nom"
                name={`guests.${g.key}.name`}
                required
                value={g.name}
                onValueChange={(name) =>
                  set(
                    'guests',
                    v.guests.map((x) => (x.key === g.key ? { ...x, name } : x)),
                  )
                }
                error={errors[`guests.${g.key}.name`]}
                maxLength={200}
                autoComplete="off"
              />
              <TextField
                label="Courriel"
                name={`guests.${g.key}.email`}
                type="email"
                value={g.email}
                onValueChange={(email) =>
                  set(
                    'guests',
                    v.guests.map((x) => (x.key === g.key ? { ...x, email } : x)),
                  )
                }
                error={errors[`guests.${g.key}.email`]}
                autoComplete="off"
              />
              <TextField
                label="Organisation"
                name={`guests.${g.key}.organisationName`}
                value={g.organisationName}
                onValueChange={(organisationName) =>
                  set(
                    'guests',
                    v.guests.map((x) => (x.key === g.key ? { ...x, organisationName } : x)),
                  )
                }
                error={errors[`guests.${g.key}.organisationName`]}
                maxLength={200}
                autoComplete="off"
              />
            </div>
            <Button
              variant="tertiary"
              size="small"
              onClick={() => {
                set(
                  'guests',
                  v.guests.filter((x) => x.key !== g.key),
                );
                focusAfter('guest-ajout');
              }}
            >
              Retirer l’invité {i + 1}
            </Button>
          </fieldset>
        ))}
        <Button
          variant="secondary"
          size="small"
          data-focus="guest-ajout"
          className={fr.cx('fr-icon-user-add-line', 'fr-btn--icon-left')}
          onClick={() => {
            const key = newKey();
            set('guests', [...v.guests, { key, name: '', email: '', organisationName: '' }]);
            focusAfter(`guest-${key}`);
          }}
        >
          Ajouter un invité sans compte
        </Button>
      </Section>

      {withSituations ? (
        <Section
          id={`${ids}-situations`}
          title="Situations à examiner"
          hint="Les jeunes de la liste de suivi dont le comité discutera. Les partenaires invités en voient un résumé (jamais les coordonnées) jusqu’à quelques jours après la réunion."
        >
          <SituationPicker
            platformId={v.platformId}
            selected={v.situations}
            onChange={(situations) => set('situations', situations)}
            errors={errors}
          />
        </Section>
      ) : null}

      <SaveErrorBanner
        conflict={server.conflict}
        conflictMessage={server.general ?? 'La réunion a été modifiée entre-temps : rechargez-la puis recommencez.'}
        reloadLabel="Recharger la réunion"
        onReload={() => onReload?.()}
        reloading={reloading}
      />
      {server.conflict ? null : (
        <ErrorSummary
          errors={server}
          fields={clientErrors}
          labels={labelsOf(v)}
          order={fields}
          title={mode === 'schedule' ? 'La réunion n’a pas pu être planifiée' : 'La réunion n’a pas pu être modifiée'}
        />
      )}
      <div className="meeting-form__actions">
        <Button type="submit" busy={pending}>
          {submitLabel}
        </Button>
        {onCancel}
      </div>
    </form>
  );
}
