import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { psad } from '@maillage/shared';
import { useFocusFirstInvalid } from '../../app/formErrors';
import { errorMessage } from '../../app/graphql';
import { ProblemError } from '../../app/http';
import { usePageTitle } from '../../app/usePageTitle';
import { validate } from '../../app/validation';
import { Button } from '../../ui/Button';
import { DataTable, type Column } from '../../ui/DataTable';
import { ErrorState } from '../../ui/ErrorState';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { TextField } from '../../ui/Field';
import { FileField } from '../../ui/FileField';
import { LoadingState } from '../../ui/LoadingState';
import { formatDateTime } from '../../ui/format';
import { VisuallyHidden } from '../../ui/VisuallyHidden';
import { useActivePlatform } from '../platforms/activePlatform';
import { ConfirmImport } from './ConfirmImport';
import { formatCount, ImportReport, ImportStatusBadge } from './ImportReport';
import { importsKey, usePlatformImports } from './queries';
import { MAX_IMPORT_BYTES, problemFields, UploadAbortedError, uploadSieiList, type ImportPreview } from './upload';
import '../../ui/styles/import.css';

type Step =
  | { kind: 'form' }
  | { kind: 'upload'; loaded: number; total: number }
  | { kind: 'analysis' }
  | { kind: 'preview'; preview: ImportPreview }
  | { kind: 'done'; report: ImportPreview; preview: ImportPreview['preview'] };

const FIELD_LABELS = { campaign: 'Campagne', file: 'Fichier de la liste (CSV)' };

const percent = (loaded: number, total: number) => (total > 0 ? Math.min(100, Math.floor((loaded / total) * 100)) : 0);

const formatSize = (bytes: number) =>
  bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toLocaleString('fr-FR', { maximumFractionDigits: 1 })} Mo`
    : `${Math.max(1, Math.round(bytes / 1024))} Ko`;

/** Import of a SIEI campaign list for the referent's active platform: upload, preview, confirm; then the history. */
export function ImportsPage() {
  const active = useActivePlatform();
  const platform = active.platform;
  usePageTitle(platform ? `Imports SIEI — ${platform.name}` : 'Imports SIEI');

  if (active.isPending) return <LoadingState />;
  if (active.error) return <ErrorState error={active.error} onRetry={active.refetch} />;
  if (!platform) {
    return (
      <>
        <h1>Imports SIEI</h1>
        <p>Vous n'êtes référent d'aucune plateforme pour l'instant. Un administrateur peut vous y rattacher.</p>
      </>
    );
  }
  return (
    <>
      <h1>Imports SIEI — {platform.name}</h1>
      <p className={fr.cx('fr-text--lead')}>
        Importez la liste d'une campagne SIEI (fichier CSV, séparateur « ; » ou « , », UTF-8 ou Windows-1252). Vous
        verrez un aperçu avant que rien ne soit écrit.
      </p>
      {/* Keyed by platform: switching platform starts over. */}
      <NewImport key={platform.id} platformId={platform.id} />
      <ImportHistory platformId={platform.id} />
    </>
  );
}

function NewImport({ platformId }: { platformId: string }) {
  const [step, setStep] = useState<Step>({ kind: 'form' });
  const [campaign, setCampaign] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [announce, setAnnounce] = useState('');
  const formRef = useRef<HTMLFormElement>(null);
  const fileInputRef = useRef<HTMLInputElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const abortRef = useRef<AbortController | null>(null);
  const queryClient = useQueryClient();
  useFocusFirstInvalid(formRef, errors);

  // Each new step's heading takes the focus, so that keyboard and screen reader users follow.
  useEffect(() => {
    if (step.kind === 'preview' || step.kind === 'done') headingRef.current?.focus();
  }, [step.kind]);

  // Abandoning the page cancels a running upload.
  useEffect(() => () => abortRef.current?.abort(), []);

  const campaignLabel = psad.campaign.safeParse(campaign).data ?? campaign.trim();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setGeneral(null);
    const found: Record<string, string> = {};
    const campaignError = validate(psad.campaign, campaign)[''];
    if (!campaign.trim()) found.campaign = 'Saisissez la campagne, par exemple 2026-S2.';
    else if (campaignError) found.campaign = campaignError;
    if (!file) found.file = 'Choisissez le fichier CSV de la liste.';
    else if (file.size === 0) found.file = 'Ce fichier est vide.';
    else if (file.size > MAX_IMPORT_BYTES)
      found.file = `Ce fichier pèse ${formatSize(file.size)} : la taille maximale est de 50 Mo.`;
    setErrors(found);
    if (Object.keys(found).length || !file) return;

    const controller = new AbortController();
    abortRef.current = controller;
    let lastAnnounced = -1;
    try {
      const preview = await uploadSieiList({
        platformId,
        campaign: campaignLabel,
        file,
        signal: controller.signal,
        onProgress: (progress) => {
          if (progress.phase === 'upload') {
            setStep({ kind: 'upload', loaded: progress.loaded, total: progress.total });
            // Announced by steps of 25 %: every percent would drown the screen reader.
            const pct = percent(progress.loaded, progress.total);
            const bucket = Math.floor(pct / 25) * 25;
            if (bucket !== lastAnnounced && bucket < 100) {
              lastAnnounced = bucket;
              setAnnounce(`Envoi du fichier : ${bucket} %`);
            }
          } else {
            setStep({ kind: 'analysis' });
            setAnnounce('Fichier envoyé. Analyse du fichier…');
          }
        },
      });
      setStep({ kind: 'preview', preview });
      void queryClient.invalidateQueries({ queryKey: importsKey(platformId) });
      setAnnounce(
        `Aperçu prêt : ${formatCount(preview.total)} lignes lues, ${formatCount(preview.rejected.length)} rejetées.`,
      );
    } catch (error) {
      setStep({ kind: 'form' });
      if (error instanceof UploadAbortedError) {
        setAnnounce('Envoi annulé.');
        return;
      }
      setAnnounce('');
      // The server's own reason, at the field it names (campaign, file), else for the whole form.
      const fields = problemFields(error);
      const next: Record<string, string> = {};
      if (fields.campaign) next.campaign = `Campagne refusée : ${fields.campaign}.`;
      // A file that is not a list: the server's message (detail) names what is missing.
      if (fields.file) next.file = error instanceof ProblemError ? error.message : fields.file;
      else if (error instanceof ProblemError && error.status === 413) next.file = error.message;
      setErrors(next);
      if (!Object.keys(next).length) {
        setGeneral(
          error instanceof ProblemError && error.code === 'FORBIDDEN'
            ? "Vous n'êtes pas référent de cette plateforme : l'import est refusé."
            : errorMessage(error),
        );
      }
    } finally {
      abortRef.current = null;
    }
  }

  function clearError(key: string) {
    setErrors((current) => {
      if (!(key in current)) return current;
      const next = { ...current };
      delete next[key];
      return next;
    });
  }

  function restart() {
    setStep({ kind: 'form' });
    setFile(null);
    setCampaign('');
    setErrors({});
    setGeneral(null);
    if (fileInputRef.current) fileInputRef.current.value = '';
  }

  const busy = step.kind === 'upload' || step.kind === 'analysis';

  return (
    <section aria-labelledby="titre-nouvel-import" className={fr.cx('fr-mb-6w')}>
      <p role="status" className={fr.cx('fr-sr-only')}>
        {announce}
      </p>
      {step.kind === 'form' || busy ? (
        <>
          <h2 id="titre-nouvel-import">Nouvel import</h2>
          <form ref={formRef} noValidate onSubmit={(event) => void onSubmit(event)} aria-busy={busy || undefined}>
            <fieldset className={fr.cx('fr-fieldset')} disabled={busy}>
              <legend className={fr.cx('fr-sr-only')}>Liste à importer</legend>
              <div className={fr.cx('fr-fieldset__element', 'fr-col-12', 'fr-col-md-6', 'fr-col-lg-4')}>
                <TextField
                  label={FIELD_LABELS.campaign}
                  name="campaign"
                  required
                  autoComplete="off"
                  spellCheck={false}
                  hint="Semestre ou mois de la campagne, par exemple 2026-S2 ou 2026-11."
                  value={campaign}
                  onValueChange={(value) => {
                    setCampaign(value);
                    clearError('campaign');
                  }}
                  error={errors.campaign}
                />
              </div>
              <div className={fr.cx('fr-fieldset__element')}>
                <FileField
                  label={FIELD_LABELS.file}
                  required
                  hint="Format CSV (.csv), 50 Mo au plus."
                  error={errors.file}
                  name="file"
                  accept=".csv,text/csv"
                  file={file}
                  inputRef={fileInputRef}
                  onFileChange={(chosen) => {
                    setFile(chosen);
                    clearError('file');
                  }}
                />
              </div>
            </fieldset>
            <ErrorSummary
              title="La liste n'a pas pu être envoyée"
              fields={errors}
              general={general}
              labels={FIELD_LABELS}
              order={['campaign', 'file']}
            />
            {step.kind === 'form' ? (
              <Button type="submit" className={fr.cx('fr-icon-upload-line', 'fr-btn--icon-left')}>
                Envoyer et prévisualiser
              </Button>
            ) : null}
          </form>
          {step.kind === 'upload' ? (
            <div className={`import-progress ${fr.cx('fr-mt-3w')}`}>
              <label className={fr.cx('fr-label', 'fr-mb-1w')} htmlFor="import-progress-upload">
                Envoi de « {file?.name} » ({formatSize(step.total)}) : {percent(step.loaded, step.total)} %
              </label>
              <progress id="import-progress-upload" max={100} value={percent(step.loaded, step.total)}>
                {percent(step.loaded, step.total)} %
              </progress>
              <Button
                variant="secondary"
                size="small"
                className={fr.cx('fr-mt-2w')}
                onClick={() => abortRef.current?.abort()}
              >
                Annuler l'envoi
              </Button>
            </div>
          ) : null}
          {step.kind === 'analysis' ? (
            <div className={`import-progress ${fr.cx('fr-mt-3w')}`}>
              <label className={fr.cx('fr-label', 'fr-mb-1w')} htmlFor="import-progress-analysis">
                Analyse du fichier…
                <span id="import-progress-analysis-hint" className={fr.cx('fr-hint-text')}>
                  Le serveur lit la liste et la compare aux jeunes déjà connus de la plateforme.
                </span>
              </label>
              <progress id="import-progress-analysis" aria-describedby="import-progress-analysis-hint" />
            </div>
          ) : null}
        </>
      ) : null}

      {step.kind === 'preview' ? (
        <>
          <h2 id="titre-nouvel-import" ref={headingRef} tabIndex={-1}>
            Aperçu de « {file?.name} » — campagne {campaignLabel}
          </h2>
          <ImportReport
            report={step.preview}
            preview={step.preview.preview}
            importId={step.preview.importId}
            campaign={campaignLabel}
            confirmed={false}
            headingLevel={3}
          />
          <ConfirmImport
            importId={step.preview.importId}
            report={step.preview}
            reportLink
            onConfirmed={(report) => {
              setStep({ kind: 'done', report, preview: step.preview.preview });
              setAnnounce(
                `Import confirmé : ${formatCount(report.created ?? 0)} jeunes ajoutés, ${formatCount(report.casesOpened ?? 0)} suivis ouverts.`,
              );
            }}
          >
            <li>
              <Button variant="secondary" onClick={restart}>
                Abandonner
              </Button>
            </li>
          </ConfirmImport>
          <p className={fr.cx('fr-hint-text')}>
            Abandonner n'écrit rien : l'aperçu reste dans l'historique, non confirmé.
          </p>
        </>
      ) : null}

      {step.kind === 'done' ? (
        <>
          <h2 id="titre-nouvel-import" ref={headingRef} tabIndex={-1}>
            Import confirmé — campagne {campaignLabel}
          </h2>
          <Alert
            severity="success"
            small
            className={fr.cx('fr-mb-4w')}
            description={`${formatCount(step.report.accepted)} lignes écrites dans la liste de suivi : ${formatCount(step.report.created ?? 0)} jeunes ajoutés, ${formatCount(
              step.report.updated ?? 0,
            )} mis à jour, ${formatCount(step.report.casesOpened ?? 0)} suivis ouverts.`}
          />
          <ImportReport
            report={step.report}
            preview={step.preview}
            importId={step.report.importId}
            campaign={campaignLabel}
            confirmed
            headingLevel={3}
          />
          <ul className={fr.cx('fr-btns-group', 'fr-btns-group--inline-md')}>
            <li>
              <Link className={fr.cx('fr-btn')} to="/psad">
                Voir la liste de suivi
              </Link>
            </li>
            <li>
              <Button variant="secondary" onClick={restart}>
                Importer un autre fichier
              </Button>
            </li>
          </ul>
        </>
      ) : null}
    </section>
  );
}

type ImportRowView = NonNullable<ReturnType<typeof usePlatformImports>['data']>[number];

const historyColumns: Column<ImportRowView>[] = [
  { key: 'campaign', header: 'Campagne', cell: (row) => row.campaign, rowHeader: true },
  { key: 'file', header: 'Fichier', cell: (row) => row.fileName },
  { key: 'date', header: 'Envoyé le', cell: (row) => formatDateTime(row.uploadedAt) },
  { key: 'status', header: 'État', cell: (row) => <ImportStatusBadge status={row.status} /> },
  { key: 'total', header: 'Lues', cell: (row) => formatCount(row.report.total) },
  { key: 'accepted', header: 'Retenues', cell: (row) => formatCount(row.report.accepted) },
  { key: 'merged', header: 'Déjà connus', cell: (row) => formatCount(row.report.merged) },
  { key: 'rejected', header: 'Rejetées', cell: (row) => formatCount(row.report.rejectedCount) },
  {
    key: 'link',
    header: 'Rapport',
    cell: (row) => (
      <Link className={fr.cx('fr-link')} to={`/psad/imports/${row.id}`}>
        {row.status === 'PREVIEW' ? 'Voir et confirmer' : 'Voir le rapport'}
        <VisuallyHidden>
          {' '}
          de l'import {row.campaign} du {formatDateTime(row.uploadedAt)}
        </VisuallyHidden>
      </Link>
    ),
  },
];

function ImportHistory({ platformId }: { platformId: string }) {
  const imports = usePlatformImports(platformId);
  return (
    <section aria-labelledby="titre-historique">
      <h2 id="titre-historique">Historique des imports</h2>
      {imports.isPending ? (
        <LoadingState />
      ) : imports.isError ? (
        <ErrorState error={imports.error} onRetry={() => void imports.refetch()} />
      ) : (
        <DataTable
          caption="Imports de la plateforme, du plus récent au plus ancien (100 au plus)"
          columns={historyColumns}
          rows={imports.data}
          rowKey={(row) => row.id}
          emptyMessage="Aucun import pour l'instant."
        />
      )}
    </section>
  );
}
