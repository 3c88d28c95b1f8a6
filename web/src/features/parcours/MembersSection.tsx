import { fr } from '@codegouvfr/react-dsfr';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { RadioButtons } from '@codegouvfr/react-dsfr/RadioButtons';
import { useEffect, useRef, useState } from 'react';
import { parcoursSchemas } from '@maillage/shared';
import { validate } from '../../app/validation';
import { Button } from '../../ui/Button';
import { DataTable } from '../../ui/DataTable';
import { DateField, SelectField, TextField } from '../../ui/Field';
import { OrganisationSelect } from './OrganisationSelect';
import { formatDate } from '../../ui/format';
import { useDebouncedValue } from '../../ui/useDebouncedValue';
import { rolesLabel } from '../identity/labels';
import { VisuallyHidden } from '../../ui/VisuallyHidden';
import { todayInParis } from './format';
import { ParcoursForm, fieldErrors, type SectionProps } from './ParcoursForm';
import { Fieldset, SectionTitle, TabLink } from './parts';
import {
  PROFESSIONALS_PAGE_SIZE,
  useDirectoryOrganisations,
  useParcoursProfessionals,
  type MemberData,
  type PersonDetail,
  type ProfessionalOption,
} from './queries';
import { useAddAccompanimentMember, useEndAccompanimentMember } from './mutations';

interface Props extends SectionProps {
  person: PersonDetail;
}

/** « Liste d'accompagnement »: every intervenant of the PA, current ones first; add one, end one. */
export function MembersSection({ person, onReload, reloading }: Props) {
  const [ending, setEnding] = useState<MemberData | null>(null);
  const sectionRef = useRef<HTMLElement>(null);
  const returnTo = useRef<string | null>(null);
  const active = person.members.filter((m) => m.active);
  // Closing the « Mettre fin » form puts the focus back on its button (or, once the entry has ended, on the table).
  useEffect(() => {
    if (ending || !returnTo.current) return;
    const root = sectionRef.current;
    const button = root?.querySelector<HTMLElement>(`[data-end-member="${CSS.escape(returnTo.current)}"]`);
    returnTo.current = null;
    (button ?? root?.querySelector<HTMLElement>('h2'))?.focus();
  }, [ending, person]);
  const closeEnding = () => {
    returnTo.current = ending?.id ?? null;
    setEnding(null);
  };

  return (
    <section ref={sectionRef} aria-labelledby="parcours-liste" className="parcours-section">
      <SectionTitle id="parcours-liste">Liste d'accompagnement</SectionTitle>
      <p className={`${fr.cx('fr-text--sm')} parcours-muted`}>
        Chaque professionnel qui accompagne la personne aujourd'hui, avec sa structure, son service et sa mission. Un
        intervenant ne voit la fiche que tant qu'il est sur la liste.{' '}
        {active.length > 0 ? `${active.length} intervenant${active.length > 1 ? 's' : ''} actuellement.` : ''}
      </p>
      <DataTable<MemberData>
        caption="Intervenants de la liste d'accompagnement"
        rows={person.members}
        rowKey={(m) => m.id}
        emptyMessage="Aucun intervenant."
        columns={[
          {
            key: 'name',
            header: 'Intervenant et mission',
            rowHeader: true,
            cell: (m) => (
              <>
                {m.displayName}
                {m.id === person.myMemberId ? <span className="parcours-muted"> (vous)</span> : null}
                {m.isReferent ? (
                  <>
                    {' '}
                    <Badge severity="success" small noIcon>
                      Référent
                    </Badge>
                  </>
                ) : null}
                {!m.user ? (
                  <span
                    className={['parcours-member__note', fr.cx('fr-text--xs', 'fr-mb-0'), 'parcours-muted'].join(' ')}
                  >
                    Sans compte Maillage
                  </span>
                ) : null}
                <span className={['parcours-member__note', fr.cx('fr-text--sm', 'fr-mb-0')].join(' ')}>
                  Mission : {m.mission}
                </span>
              </>
            ),
          },
          {
            key: 'org',
            header: 'Structure et service',
            cell: (m) => (
              <>
                {m.organisation.name}
                {m.service ? (
                  <span
                    className={['parcours-member__note', fr.cx('fr-text--xs', 'fr-mb-0'), 'parcours-muted'].join(' ')}
                  >
                    {m.service}
                  </span>
                ) : null}
              </>
            ),
          },
          {
            key: 'period',
            header: 'Période',
            cell: (m) =>
              m.until ? `du ${formatDate(m.since)} au ${formatDate(m.until)}` : `depuis le ${formatDate(m.since)}`,
          },
          {
            key: 'end',
            header: 'Action',
            cell: (m) =>
              m.isReferent ? (
                // The referent leaves the list only once the PA has chosen another or the reference has ended.
                <TabLink tab="reference">
                  <VisuallyHidden>Référent : </VisuallyHidden>Changer de référent
                  <VisuallyHidden>
                    {' '}
                    ou terminer la référence avant de mettre fin à l'accompagnement de {m.displayName}
                  </VisuallyHidden>
                </TabLink>
              ) : m.active && !m.until ? (
                <Button
                  variant="link"
                  size="small"
                  onClick={() => setEnding(m)}
                  aria-expanded={ending?.id === m.id}
                  data-end-member={m.id}
                >
                  Mettre fin<VisuallyHidden> à l'accompagnement de {m.displayName}</VisuallyHidden>
                </Button>
              ) : (
                '—'
              ),
          },
        ]}
      />
      {ending ? (
        <EndMemberForm
          key={ending.id}
          member={ending}
          onClose={closeEnding}
          onReload={onReload}
          reloading={reloading}
        />
      ) : null}
      <AddMemberForm person={person} onReload={onReload} reloading={reloading} />
    </section>
  );
}

function EndMemberForm({
  member,
  onClose,
  onReload,
  reloading,
}: SectionProps & { member: MemberData; onClose: () => void }) {
  const end = useEndAccompanimentMember();
  const [until, setUntil] = useState(todayInParis());
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.querySelector<HTMLInputElement>('input')?.focus(), []);

  return (
    <div ref={ref}>
      <ParcoursForm
        title={`Mettre fin à l'accompagnement de ${member.displayName}`}
        description="Après cette date, l'intervenant ne voit plus la fiche de la personne. S'il est référent, la référence devra changer de référent ou prendre fin."
        submitLabel="Enregistrer la fin"
        variant="danger"
        pending={end.isPending}
        error={end.error}
        fields={['until']}
        clientErrors={clientErrors}
        onReload={onReload}
        reloading={reloading}
        className="parcours-subform"
        onSubmit={() => {
          const found = validate(parcoursSchemas.endMemberInput, { memberId: member.id, until }, { known: ['until'] });
          setClientErrors(found);
          if (Object.keys(found).length) return;
          end.mutate({ memberId: member.id, until }, { onSuccess: onClose });
        }}
        extraActions={
          <Button variant="secondary" onClick={onClose}>
            Annuler
          </Button>
        }
      >
        <DateField
          label="Jusqu'au"
          name="until"
          required
          value={until}
          onValueChange={setUntil}
          error={clientErrors.until ?? fieldErrors(end.error, ['until']).until}
        />
      </ParcoursForm>
    </div>
  );
}

const MEMBER_FIELDS = ['userId', 'professionalName', 'organisationId', 'service', 'mission', 'since', 'until'];

interface MemberValues {
  organisationId: string;
  kind: 'user' | 'professional';
  search: string;
  userId: string;
  professionalName: string;
  service: string;
  mission: string;
  since: string;
  until: string;
}

const emptyMember = (): MemberValues => ({
  organisationId: '',
  kind: 'user',
  search: '',
  userId: '',
  professionalName: '',
  service: '',
  mission: '',
  since: todayInParis(),
  until: '',
});

/**
 * Adds an intervenant: first the structure (from the directory), then either a user of Maillage picked
 * among that structure's social workers and counsellors (searched by name), or a named professional who
 * has no account.
 */
function AddMemberForm({ person, onReload, reloading }: Props) {
  const add = useAddAccompanimentMember();
  const organisations = useDirectoryOrganisations();
  const [v, setV] = useState<MemberValues>(emptyMember);
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const [done, setDone] = useState('');
  const search = useDebouncedValue(v.search.trim(), 300);
  const professionals = useParcoursProfessionals(v.kind === 'user' ? v.organisationId : '', search);
  const options = professionals.data ?? [];
  const onList = new Set(person.members.filter((m) => m.active && m.user).map((m) => m.user!.id));
  // A choice the current search no longer offers is no choice.
  const userId = options.some((p) => p.id === v.userId && !onList.has(p.id)) ? v.userId : '';
  const server = fieldErrors(add.error, MEMBER_FIELDS);
  const errors: Record<string, string | undefined> = { ...server, ...clientErrors };

  function set(patch: Partial<MemberValues>) {
    setV((current) => ({ ...current, ...patch }));
    setClientErrors({});
    setDone('');
  }

  function submit() {
    const input = {
      personId: person.id,
      userId: v.kind === 'user' ? userId || null : null,
      professionalName: v.kind === 'professional' ? v.professionalName.trim() || null : null,
      organisationId: v.organisationId,
      service: v.service.trim() || null,
      mission: v.mission.trim(),
      since: v.since,
      until: v.until || null,
    };
    const found = validate(parcoursSchemas.memberInput, input, { known: MEMBER_FIELDS });
    if (v.kind === 'user' && !input.userId) {
      delete found.professionalName;
      found.userId = v.organisationId
        ? "Choisissez l'intervenant parmi les professionnels de la structure."
        : "Choisissez d'abord la structure, puis l'intervenant.";
    }
    if (v.kind === 'professional' && !input.professionalName)
      found.professionalName = 'Saisissez le nom du professionnel.';
    if (!v.organisationId) found.organisationId = 'Choisissez la structure de l’intervenant.';
    setClientErrors(found);
    if (Object.keys(found).length) return;
    add.mutate(input, {
      onSuccess: (member) => {
        setV(emptyMember());
        setDone(`${member.displayName} est ajouté à la liste d'accompagnement.`);
      },
    });
  }

  return (
    <ParcoursForm
      title="Ajouter un intervenant"
      submitLabel="Ajouter à la liste"
      pending={add.isPending}
      error={add.error}
      fields={MEMBER_FIELDS}
      clientErrors={clientErrors}
      onSubmit={submit}
      onReload={onReload}
      reloading={reloading}
      done={done}
      className="parcours-subform"
    >
      <OrganisationSelect
        label="Structure"
        name="organisationId"
        required
        value={v.organisationId}
        // A user belongs to one structure: another structure starts with no one chosen.
        onValueChange={(organisationId) => set({ organisationId, userId: '' })}
        error={errors.organisationId}
        emptyLabel="Choisissez une structure"
      />
      <RadioButtons
        legend="Intervenant"
        name="membre-type"
        orientation="horizontal"
        options={[
          {
            label: 'Un utilisateur de Maillage',
            nativeInputProps: { checked: v.kind === 'user', onChange: () => set({ kind: 'user' }) },
          },
          {
            label: 'Un professionnel sans compte Maillage',
            nativeInputProps: { checked: v.kind === 'professional', onChange: () => set({ kind: 'professional' }) },
          },
        ]}
      />
      {v.kind === 'user' ? (
        <ProfessionalPicker
          organisationId={v.organisationId}
          organisationName={organisations.data?.find((o) => o.id === v.organisationId)?.name ?? ''}
          search={v.search}
          searched={search}
          onSearchChange={(value) => set({ search: value })}
          value={userId}
          onValueChange={(value) => set({ userId: value })}
          options={options}
          onList={onList}
          state={
            professionals.isError
              ? 'error'
              : professionals.isPending || professionals.isPlaceholderData
                ? 'loading'
                : 'ready'
          }
          error={errors.userId}
        />
      ) : (
        <Fieldset legend="Professionnel sans compte">
          <TextField
            name="professionalName"
            label="Nom du professionnel"
            hint="Il figure sur la liste sans accès à la fiche."
            value={v.professionalName}
            onValueChange={(professionalName) => set({ professionalName })}
            error={errors.professionalName}
            autoComplete="off"
          />
        </Fieldset>
      )}
      <Fieldset legend="Accompagnement">
        <TextField
          label="Service (facultatif)"
          name="service"
          value={v.service}
          onValueChange={(service) => set({ service })}
          error={errors.service}
          autoComplete="off"
        />
        <TextField
          label="Mission"
          name="mission"
          required
          value={v.mission}
          onValueChange={(mission) => set({ mission })}
          error={errors.mission}
          autoComplete="off"
        />
        <DateField
          label="Depuis le"
          name="since"
          required
          value={v.since}
          onValueChange={(since) => set({ since })}
          error={errors.since}
        />
        <DateField
          label="Jusqu'au (facultatif)"
          name="until"
          value={v.until}
          onValueChange={(until) => set({ until })}
          error={errors.until}
        />
      </Fieldset>
    </ParcoursForm>
  );
}

interface ProfessionalPickerProps {
  organisationId: string;
  organisationName: string;
  /** What is typed, and what was last searched (debounced). */
  search: string;
  searched: string;
  onSearchChange: (value: string) => void;
  value: string;
  onValueChange: (value: string) => void;
  options: ProfessionalOption[];
  /** Users already on the list today: shown, not chosen again. */
  onList: Set<string>;
  state: 'loading' | 'error' | 'ready';
  error: string | undefined;
}

/**
 * « Utilisateur de Maillage »: a search by name, then a native select of the structure's social workers
 * and counsellors that match (keyboard and screen readers as usual). How many were found is announced.
 */
function ProfessionalPicker({
  organisationId,
  organisationName,
  search,
  searched,
  onSearchChange,
  value,
  onValueChange,
  options,
  onList,
  state,
  error,
}: ProfessionalPickerProps) {
  const full = options.length >= PROFESSIONALS_PAGE_SIZE;
  const status = !organisationId
    ? ''
    : state === 'loading'
      ? 'Recherche des professionnels…'
      : state === 'error'
        ? "La liste des professionnels n'a pas pu être chargée."
        : options.length === 0
          ? searched
            ? `${organisationName} : aucun professionnel ne correspond à « ${searched} ».`
            : `${organisationName} : aucun travailleur social ni conseiller n'a de compte Maillage ; ajoutez l'intervenant comme professionnel sans compte.`
          : `${organisationName} : ${full ? 'les ' : ''}${options.length}${full ? ' premiers' : ''} professionnel${options.length > 1 ? 's' : ''}${searched ? ` pour « ${searched} »` : ''}${full ? ', précisez la recherche.' : '.'}`;
  return (
    <Fieldset legend="Utilisateur de Maillage">
      <TextField
        label="Rechercher par nom (facultatif)"
        type="search"
        hint="Les travailleurs sociaux et conseillers de la structure choisie ; accents et majuscules sans importance."
        value={search}
        onValueChange={onSearchChange}
        // Enter searches (as typing does): it does not send the whole form.
        onKeyDown={(event) => {
          if (event.key === 'Enter') event.preventDefault();
        }}
        autoComplete="off"
        spellCheck={false}
      />
      <SelectField
        label="Professionnel"
        name="userId"
        required
        value={value}
        onValueChange={onValueChange}
        error={error}
        hint={organisationId ? undefined : "Choisissez d'abord la structure."}
      >
        <option value="">{organisationId ? 'Choisissez un professionnel' : 'Aucune structure choisie'}</option>
        {options.map((p) => (
          <option key={p.id} value={p.id} disabled={onList.has(p.id)}>
            {`${p.displayName} — ${rolesLabel(p.roles)}${onList.has(p.id) ? ' (déjà sur la liste)' : ''}`}
          </option>
        ))}
      </SelectField>
      <p className={fr.cx('fr-hint-text', 'fr-mb-0')} role="status">
        {status}
      </p>
    </Fieldset>
  );
}
