import { fr } from '@codegouvfr/react-dsfr';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { splitErrors } from '../../app/formErrors';
import { hasRole, useMe } from '../../app/me';
import { usePageTitle } from '../../app/usePageTitle';
import { Button } from '../../ui/Button';
import { ErrorState } from '../../ui/ErrorState';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { Field, SelectField } from '../../ui/Field';
import { LoadingState } from '../../ui/LoadingState';
import { SaveErrorBanner } from '../../ui/SaveErrorBanner';
import { useActivePlatform } from '../platforms/activePlatform';
import { useDashboardPlatforms } from '../psad-dashboard/queries';
import { BilanDownloads, BilanTableView, PeriodPicker, usePeriodParam } from './parts';
import { periodWords, type Period } from './period';
import { usePsadBilan, useSaveBilanSections, type PsadBilanData } from './queries';
import '../../ui/styles/dashboard.css';
import '../../ui/styles/bilan.css';

const day = (d: string) => d.slice(0, 10);
export const periodOf = (b: { periodFrom: string; periodTo: string }): Period => ({
  from: day(b.periodFrom),
  to: day(b.periodTo),
});
export const previousOf = (b: { previousFrom: string; previousTo: string }): Period => ({
  from: day(b.previousFrom),
  to: day(b.previousTo),
});

/**
 * A platform's bilan for its COPIL: every table beside the previous period, charts, the referent's
 * written sections, the PDF and DOCX documents (under the small-count rule). A referent sees their
 * active platform; a viewer chooses one.
 */
export function BilanPage() {
  const me = useMe();
  const active = useActivePlatform();
  const isViewer = hasRole(me.data?.roles, 'VIEWER');
  const choosesPlatform = isViewer && !active.isReferent;
  const allPlatforms = useDashboardPlatforms(choosesPlatform);
  const [chosenId, setChosenId] = useState('');
  const [period, setPeriod] = usePeriodParam();

  const platforms = choosesPlatform ? (allPlatforms.data ?? []) : active.platforms;
  const platform = choosesPlatform
    ? (platforms.find((p) => p.id === chosenId) ?? platforms[0] ?? null)
    : active.platform;
  usePageTitle(platform ? `Bilan — ${platform.name}` : 'Bilan de la plateforme');
  const bilan = usePsadBilan(platform?.id, period);

  if (me.isPending || active.isPending || (choosesPlatform && allPlatforms.isPending))
    return <LoadingState label="Chargement du bilan…" />;
  const loadError = me.error ?? active.error ?? allPlatforms.error;
  if (loadError)
    return <ErrorState error={loadError} onRetry={() => void (active.refetch(), allPlatforms.refetch())} />;
  if (!platform) {
    return (
      <div className="page">
        <h1>Bilan de la plateforme</h1>
        <p>Aucune plateforme à afficher pour l'instant.</p>
      </div>
    );
  }
  const data = bilan.data?.platforms.some((p) => p.id === platform.id) ? bilan.data : undefined;

  return (
    <div className="page dashboard bilan">
      <h1>Bilan — {platform.name}</h1>
      <p className={fr.cx('fr-text--lead')}>
        Le bilan de la plateforme pour son comité de pilotage (COPIL) : les jeunes repérés, leur parcours jusqu'à la
        solution, les partenaires, chaque tableau à côté de la même période un an plus tôt.
      </p>
      <p className={fr.cx('fr-text--sm')}>
        <Link to="/psad/tableau-de-bord">Voir le tableau de bord de la plateforme</Link>
      </p>
      <div className="dashboard__filters">
        {platforms.length > 1 ? (
          <SelectField
            label="Plateforme"
            value={platform.id}
            onValueChange={(id) => (choosesPlatform ? setChosenId(id) : active.setActivePlatform(id))}
          >
            {platforms.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </SelectField>
        ) : null}
      </div>
      <PeriodPicker period={period} onChange={setPeriod} />
      {bilan.isError ? (
        <ErrorState error={bilan.error} onRetry={() => void bilan.refetch()} />
      ) : !data ? (
        <LoadingState label="Calcul du bilan…" />
      ) : (
        <BilanBody
          data={data}
          platformId={platform.id}
          busy={bilan.isFetching}
          onReload={() => bilan.refetch()}
          reloading={bilan.isRefetching}
        />
      )}
    </div>
  );
}

/** The rule of small counts, as the documents state it, and who sees what. */
export function RuleCallout({ rule, masked }: { rule: string; masked: boolean }) {
  return (
    <div className={`${fr.cx('fr-callout', 'fr-mb-3w')} bilan__rule`}>
      <h2 className={fr.cx('fr-callout__title', 'fr-h6')}>Secret statistique</h2>
      <p className={fr.cx('fr-callout__text', 'fr-text--md')}>
        {masked
          ? `Les chiffres ci-dessous appliquent la règle des petits effectifs, comme les documents pour le COPIL. ${rule}`
          : `Vous suivez ces jeunes : l'écran montre les effectifs exacts. Les documents pour le COPIL (PDF et DOCX) appliquent la règle des petits effectifs. ${rule}`}
      </p>
    </div>
  );
}

function BilanBody({
  data,
  platformId,
  busy,
  onReload,
  reloading,
}: {
  data: PsadBilanData;
  platformId: string;
  busy: boolean;
  onReload: () => Promise<unknown>;
  reloading: boolean;
}) {
  const period = periodOf(data);
  const previous = previousOf(data);
  // Kept here: the form starts again from the saved version, which would lose its announcement.
  const [saved, setSaved] = useState('');
  return (
    <div aria-busy={busy || undefined}>
      <p>
        Période {periodWords(period)}, comparée à la période {periodWords(previous)}.
      </p>
      <RuleCallout rule={data.rule} masked={data.masked} />
      <BilanDownloads period={period} platformId={platformId} fileStem="bilan-plateforme" />
      {data.tables.map((t) => (
        <BilanTableView key={t.key} table={t} period={period} previous={previous} />
      ))}
      {data.sections ? (
        <SectionsForm
          // A newer version (after a reload) or another period starts the form again from what is saved.
          key={`${platformId}-${period.from}-${period.to}-${data.sectionsVersion}`}
          data={data}
          platformId={platformId}
          period={period}
          onReload={onReload}
          reloading={reloading}
          done={saved}
          onDone={setSaved}
        />
      ) : null}
    </div>
  );
}

const SECTIONS = [
  { key: 'besoins', label: 'Analyse des besoins' },
  { key: 'perspectives', label: 'Perspectives locales' },
  { key: 'veille', label: 'Veille documentaire' },
  { key: 'actionsPartenaires', label: 'Actions menées par chaque partenaire' },
] as const;
type SectionKey = (typeof SECTIONS)[number]['key'];
const MAX = 20_000;
const FIELDS = SECTIONS.map((s) => s.key);
const LABELS = Object.fromEntries(SECTIONS.map((s) => [s.key, s.label]));
/** The server names a section's field `input.sections.<key>`; the form names it `<key>`. */
const fieldOf = (path: string) => path.replace(/^input\.sections\./, '');

/** The referent's written part of the bilan, saved at the version read; a newer one asks to reload. */
function SectionsForm({
  data,
  platformId,
  period,
  onReload,
  reloading,
  done,
  onDone,
}: {
  data: PsadBilanData;
  platformId: string;
  period: Period;
  onReload: () => Promise<unknown>;
  reloading: boolean;
  done: string;
  onDone: (message: string) => void;
}) {
  const [values, setValues] = useState<Record<SectionKey, string>>(
    () => Object.fromEntries(SECTIONS.map((s) => [s.key, data.sections?.[s.key] ?? ''])) as Record<SectionKey, string>,
  );
  const save = useSaveBilanSections();
  const server = splitErrors(save.error, FIELDS, fieldOf);
  const tooLong = Object.fromEntries(
    SECTIONS.filter((s) => values[s.key].length > MAX).map((s) => [
      s.key,
      `${MAX.toLocaleString('fr-FR')} caractères au plus.`,
    ]),
  );

  function submit(event: FormEvent) {
    event.preventDefault();
    onDone('');
    if (Object.keys(tooLong).length > 0) return;
    save.mutate(
      {
        platformId,
        from: period.from,
        to: period.to,
        version: data.sectionsVersion,
        sections: Object.fromEntries(SECTIONS.map((s) => [s.key, values[s.key].trim()])),
      },
      { onSuccess: () => onDone('Parties rédigées enregistrées : elles figurent dans les documents du bilan.') },
    );
  }

  return (
    <section aria-labelledby="bilan-redaction" className="bilan__table-block bilan__sections">
      <h2 id="bilan-redaction" className={fr.cx('fr-h4')}>
        Parties rédigées
      </h2>
      <p className={fr.cx('fr-text--sm')}>
        Ce que vous écrivez ici figure dans le bilan PDF et DOCX de cette période. Ne citez aucun jeune.
      </p>
      <form onSubmit={submit} noValidate aria-labelledby="bilan-redaction">
        {SECTIONS.map((s) => (
          <Field
            key={s.key}
            label={s.label}
            hint={`${MAX.toLocaleString('fr-FR')} caractères au plus.`}
            error={tooLong[s.key] ?? server.fields[s.key]}
          >
            {(props) => (
              <textarea
                {...props}
                name={s.key}
                rows={5}
                value={values[s.key]}
                onChange={(e) => {
                  const next = e.target.value;
                  setValues((v) => ({ ...v, [s.key]: next }));
                }}
              />
            )}
          </Field>
        ))}
        <SaveErrorBanner
          conflict={server.conflict}
          conflictMessage="Le bilan a été modifié entre-temps : rechargez-le (votre saisie sera remplacée par la version enregistrée) puis recommencez."
          reloadLabel="Recharger le bilan"
          onReload={() => {
            save.reset();
            void onReload();
          }}
          reloading={reloading}
        />
        {server.conflict ? null : <ErrorSummary errors={server} fields={tooLong} labels={LABELS} order={FIELDS} />}
        <Button type="submit" busy={save.isPending}>
          Enregistrer les parties rédigées
        </Button>
        <p className={fr.cx('fr-text--sm', 'fr-mt-1w', 'fr-mb-0')} role="status">
          {done}
        </p>
      </form>
    </section>
  );
}
