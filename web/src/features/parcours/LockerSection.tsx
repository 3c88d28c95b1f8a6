import { fr } from '@codegouvfr/react-dsfr';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { createModal } from '@codegouvfr/react-dsfr/Modal';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import {
  DOCUMENT_CATEGORIES,
  DOCUMENT_CATEGORY_LABELS,
  parcoursSchemas,
  type DocumentCategory,
} from '@maillage/shared';
import { splitErrors, useFocusFirstInvalid } from '../../app/formErrors';
import { errorMessage } from '../../app/graphql';
import { ProblemError, type Problem } from '../../app/http';
import { validate } from '../../app/validation';
import { Button } from '../../ui/Button';
import { CheckboxField, SelectField, TextField } from '../../ui/Field';
import { FileField } from '../../ui/FileField';
import { formatDateTime } from '../../ui/format';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { VisuallyHidden } from '../../ui/VisuallyHidden';
import {
  checkDocumentFile,
  contentTypeLabel,
  DOCUMENT_ACCEPT,
  downloadDocument,
  formatSize,
  MAX_DOCUMENT_MB,
  UploadAbortedError,
  uploadDocument,
} from './documents';
import type { SectionProps } from './ParcoursForm';
import { Announce, SectionTitle } from './parts';
import { type DocumentData, type MemberData, type PersonDetail } from './queries';
import { useParcoursWritten, useRecordConsent, useWithdrawConsent } from './mutations';

/** The confirmation before a share is withdrawn (a DSFR modal). */
const shareModal = createModal({ id: 'parcours-retrait-partage', isOpenedByDefault: false });

interface Props extends SectionProps {
  person: PersonDetail;
}

/** The entries a document can be shared with: current intervenants who have an account. */
const shareable = (person: PersonDetail) => person.members.filter((m) => m.active && m.user);

const memberLabel = (m: MemberData, myMemberId: string | null | undefined) =>
  `${m.displayName} — ${m.organisation.name}${m.id === myMemberId ? ' (vous)' : ''}`;

/** « Armoire numérique »: the PA's documents, each readable only by the intervenants the PA shared it with. */
export function LockerSection({ person, onReload, reloading }: Props) {
  const [status, setStatus] = useState('');
  const withdraw = useWithdrawConsent();
  const [pending, setPending] = useState<{ doc: DocumentData; member: { id: string; displayName: string } } | null>(
    null,
  );

  function withdrawShare() {
    if (!pending) return;
    const { doc, member } = pending;
    const consent = person.consents.find(
      (c) => c.kind === 'PARTAGE_DOCUMENT' && c.active && c.document?.id === doc.id && c.member?.id === member.id,
    );
    if (!consent) {
      setStatus('Le consentement de ce partage est introuvable : rechargez la fiche.');
      return;
    }
    setStatus('');
    withdraw.mutate(consent.id, {
      onSuccess: () => setStatus(`Partage de « ${doc.title} » avec ${member.displayName} retiré.`),
    });
  }

  return (
    <section aria-labelledby="parcours-armoire" className="parcours-section">
      <SectionTitle id="parcours-armoire">Armoire numérique</SectionTitle>
      <p className={`${fr.cx('fr-text--sm')} parcours-muted`}>
        Les documents de la personne (pièce d'identité, attestations, factures…) lui appartiennent. C'est elle qui
        choisit avec quels intervenants chacun est partagé, et elle peut retirer un partage à tout moment : seuls ces
        intervenants peuvent le lire. Chaque partage est enregistré comme un consentement ; les fichiers sont chiffrés.
      </p>
      <p className={`${fr.cx('fr-text--sm')} parcours-muted`}>
        Vous voyez ici les documents que la personne a partagés avec vous, et ceux que vous avez déposés.
      </p>
      <Announce message={status} />
      {withdraw.error ? (
        <div className={fr.cx('fr-alert', 'fr-alert--error', 'fr-alert--sm', 'fr-mb-2w')} role="alert">
          <p>{errorMessage(withdraw.error)}</p>
        </div>
      ) : null}
      {person.documents.length === 0 ? (
        <p>Aucun document dans l'armoire.</p>
      ) : (
        <ul className="parcours-documents">
          {person.documents.map((doc) => (
            <li key={doc.id}>
              <LockerDocument
                doc={doc}
                person={person}
                onStatus={setStatus}
                onReload={onReload}
                reloading={reloading}
                withdrawing={withdraw.isPending}
                onWithdraw={(member) => setPending({ doc, member })}
              />
            </li>
          ))}
        </ul>
      )}
      <UploadForm person={person} onStatus={setStatus} />
      <shareModal.Component
        title="Retirer ce partage ?"
        buttons={[
          { children: 'Annuler', priority: 'secondary' },
          { children: 'Retirer le partage', onClick: withdrawShare },
        ]}
      >
        <p>
          {pending
            ? `${pending.member.displayName} ne pourra plus lire « ${pending.doc.title} », dès maintenant. Le retrait est enregistré dans les consentements de la personne.`
            : 'Choisissez le partage à retirer.'}
        </p>
      </shareModal.Component>
    </section>
  );
}

function LockerDocument({
  doc,
  person,
  onStatus,
  onReload,
  reloading,
  withdrawing,
  onWithdraw,
}: Props & {
  doc: DocumentData;
  onStatus: (message: string) => void;
  withdrawing: boolean;
  onWithdraw: (member: { id: string; displayName: string }) => void;
}) {
  const titleId = useId();
  const share = useRecordConsent();
  const [downloading, setDownloading] = useState(false);
  const [downloadError, setDownloadError] = useState<string | null>(null);
  const [shareWith, setShareWith] = useState('');
  const [shareError, setShareError] = useState<string | undefined>();
  const candidates = shareable(person).filter((m) => !doc.sharedWith.some((s) => s.id === m.id));

  async function download() {
    setDownloading(true);
    setDownloadError(null);
    onStatus('');
    try {
      const name = await downloadDocument(doc);
      onStatus(`Document « ${doc.title} » téléchargé : ${name}.`);
    } catch (e) {
      setDownloadError(
        e instanceof ProblemError
          ? e.status === 403
            ? `Téléchargement refusé : ${e.message}`
            : e.message
          : 'Le téléchargement a échoué. Réessayez dans un instant.',
      );
    } finally {
      setDownloading(false);
    }
  }

  function addShare(event: FormEvent) {
    event.preventDefault();
    if (!shareWith) {
      setShareError("Choisissez l'intervenant avec qui la personne partage ce document.");
      return;
    }
    setShareError(undefined);
    onStatus('');
    const member = candidates.find((m) => m.id === shareWith);
    share.mutate(
      { personId: person.id, kind: 'PARTAGE_DOCUMENT', documentId: doc.id, memberId: shareWith },
      {
        onSuccess: () => {
          setShareWith('');
          onStatus(`« ${doc.title} » est partagé avec ${member?.displayName ?? "l'intervenant"}.`);
        },
      },
    );
  }

  return (
    <article aria-labelledby={titleId} className="parcours-document">
      <h3 id={titleId} className={fr.cx('fr-h6', 'fr-mb-1w')}>
        {doc.title}
      </h3>
      <p className={`${fr.cx('fr-text--sm', 'fr-mb-1w')} parcours-muted`}>
        {DOCUMENT_CATEGORY_LABELS[doc.category]} · {contentTypeLabel(doc.contentType)}, {formatSize(doc.sizeBytes)} ·
        déposé le {formatDateTime(doc.uploadedAt)}
        {doc.uploadedBy ? ` par ${doc.uploadedBy.displayName}` : ''}
      </p>
      <div className="parcours-document__download">
        {doc.readable ? (
          <Button size="small" busy={downloading} onClick={() => void download()}>
            Télécharger<VisuallyHidden> « {doc.title} »</VisuallyHidden>
          </Button>
        ) : (
          // Listed for its uploader, whose own share the person withdrew: no download offered, the server would refuse it.
          <>
            <Badge severity="warning" small noIcon>
              Non partagé avec vous
            </Badge>
            <span className={`${fr.cx('fr-text--sm', 'fr-mb-0')} parcours-muted`}>
              La personne a retiré votre partage : vous ne pouvez plus le lire.
            </span>
          </>
        )}
      </div>
      <p className={fr.cx('fr-text--sm', 'fr-mb-1w')}>
        <Link to={`/parcours/documents/${doc.id}`}>
          Lien vers ce document<VisuallyHidden> « {doc.title} »</VisuallyHidden>
        </Link>{' '}
        <span className="parcours-muted">(à transmettre à un intervenant avec qui il est partagé)</span>
      </p>
      {downloadError ? (
        <div className={fr.cx('fr-alert', 'fr-alert--error', 'fr-alert--sm', 'fr-mb-1w')} role="alert">
          <p>{downloadError}</p>
        </div>
      ) : null}
      <h4 className={fr.cx('fr-text--md', 'fr-text--bold', 'fr-mb-1w')}>Partagé avec</h4>
      {doc.sharedWith.length ? (
        <ul className="parcours-shares">
          {doc.sharedWith.map((m) => (
            <li key={m.id}>
              {m.displayName}
              {m.id === person.myMemberId ? ' (vous)' : ''}{' '}
              <Button
                variant="link"
                size="small"
                {...shareModal.buttonProps}
                id={undefined}
                busy={withdrawing}
                onClick={() => onWithdraw(m)}
              >
                Retirer le partage
                <VisuallyHidden>
                  {' '}
                  de « {doc.title} » avec {m.displayName}
                </VisuallyHidden>
              </Button>
            </li>
          ))}
        </ul>
      ) : (
        <p className={`${fr.cx('fr-text--sm')} parcours-muted`}>Partagé avec aucun intervenant.</p>
      )}
      {share.error ? (
        <div className={fr.cx('fr-alert', 'fr-alert--error', 'fr-alert--sm', 'fr-mb-1w')} role="alert">
          <p>{errorMessage(share.error)}</p>
          {splitErrors(share.error, []).conflict ? (
            <Button variant="secondary" size="small" onClick={() => void onReload()} busy={reloading}>
              Recharger la fiche
            </Button>
          ) : null}
        </div>
      ) : null}
      {candidates.length ? (
        <form
          className="parcours-inline-form"
          noValidate
          onSubmit={addShare}
          aria-label={`Partager « ${doc.title} » avec un autre intervenant`}
        >
          <SelectField
            label="Partager aussi avec (au choix de la personne)"
            name="memberId"
            value={shareWith}
            onValueChange={setShareWith}
            error={shareError}
          >
            <option value="">Choisissez un intervenant</option>
            {candidates.map((m) => (
              <option key={m.id} value={m.id}>
                {memberLabel(m, person.myMemberId)}
              </option>
            ))}
          </SelectField>
          <Button type="submit" variant="secondary" size="small" busy={share.isPending}>
            Partager
          </Button>
        </form>
      ) : null}
    </article>
  );
}

type Progress = { phase: 'idle' } | { phase: 'upload'; loaded: number; total: number } | { phase: 'storing' };

const percent = (loaded: number, total: number) => (total > 0 ? Math.min(100, Math.floor((loaded / total) * 100)) : 0);

const UPLOAD_FIELDS = ['title', 'category', 'file', 'shareWithMemberIds'];
const UPLOAD_LABELS: Record<string, string> = {
  title: 'Intitulé',
  category: 'Catégorie',
  file: 'Fichier',
  shareWithMemberIds: 'Partager aussi avec',
};

function UploadForm({ person, onStatus }: { person: PersonDetail; onStatus: (message: string) => void }) {
  const written = useParcoursWritten();
  const [title, setTitle] = useState('');
  const [category, setCategory] = useState<DocumentCategory | ''>('');
  const [file, setFile] = useState<File | null>(null);
  const [shareWith, setShareWith] = useState<string[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [progress, setProgress] = useState<Progress>({ phase: 'idle' });
  const formRef = useRef<HTMLFormElement>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const abortRef = useRef<AbortController | null>(null);
  useFocusFirstInvalid(formRef, errors);
  useEffect(() => () => abortRef.current?.abort(), []);
  // The uploader reads what they put in (recorded as a share at upload): the boxes are for the others the PA chooses.
  const members = shareable(person).filter((m) => m.id !== person.myMemberId);
  const busy = progress.phase !== 'idle';

  function clear(key: string) {
    setErrors((current) => {
      if (!(key in current)) return current;
      const next = { ...current };
      delete next[key];
      return next;
    });
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setGeneral(null);
    onStatus('');
    const found = validate(
      parcoursSchemas.documentMetadataInput,
      { personId: person.id, title, category, shareWithMemberIds: shareWith },
      { known: UPLOAD_FIELDS },
    );
    if (!category) found.category = 'Choisissez la catégorie du document.';
    const fileError = checkDocumentFile(file);
    if (fileError) found.file = fileError;
    setErrors(found);
    if (Object.keys(found).length || !file || !category) return;

    const controller = new AbortController();
    abortRef.current = controller;
    try {
      await uploadDocument({
        personId: person.id,
        title: title.trim(),
        category,
        shareWithMemberIds: shareWith,
        file,
        signal: controller.signal,
        onProgress: (p) => setProgress(p ? { phase: 'upload', ...p } : { phase: 'storing' }),
      });
      const label = title.trim();
      const count = shareWith.filter((id) => id !== person.myMemberId).length;
      setTitle('');
      setCategory('');
      setFile(null);
      setShareWith([]);
      if (fileRef.current) fileRef.current.value = '';
      await written();
      onStatus(
        `Document « ${label} » déposé dans l'armoire : vous pouvez le lire${count ? `, et il est partagé avec ${count} autre${count > 1 ? 's' : ''} intervenant${count > 1 ? 's' : ''}` : ', et aucun autre intervenant'}.`,
      );
    } catch (e) {
      if (e instanceof UploadAbortedError) {
        onStatus('Envoi annulé.');
      } else if (e instanceof ProblemError) {
        const fields = (e.problem as Problem & { fields?: { path: string; message: string }[] }).fields ?? [];
        const next: Record<string, string> = {};
        for (const f of fields) if (UPLOAD_FIELDS.includes(f.path)) next[f.path] ??= f.message;
        // A file refused for its type or size: the server's message says why.
        if (e.status === 413 || e.status === 415) next.file = e.message;
        setErrors(next);
        if (!Object.keys(next).length) setGeneral(e.message);
      } else {
        setGeneral(errorMessage(e));
      }
    } finally {
      abortRef.current = null;
      setProgress({ phase: 'idle' });
    }
  }

  return (
    <div className="parcours-subform">
      <h3 id="parcours-depot" className={fr.cx('fr-h6', 'fr-mb-1w')}>
        Déposer un document
      </h3>
      <form ref={formRef} noValidate onSubmit={(e) => void onSubmit(e)} aria-labelledby="parcours-depot">
        <fieldset disabled={busy} className="parcours-upload">
          <legend className={fr.cx('fr-sr-only')}>Document</legend>
          <TextField
            name="title"
            label="Intitulé"
            required
            value={title}
            onValueChange={(v) => {
              setTitle(v);
              clear('title');
            }}
            error={errors.title}
            autoComplete="off"
          />
          <SelectField
            label="Catégorie"
            name="category"
            required
            value={category}
            onValueChange={(v) => {
              setCategory(v as DocumentCategory);
              clear('category');
            }}
            error={errors.category}
          >
            <option value="">Choisissez la catégorie</option>
            {DOCUMENT_CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {DOCUMENT_CATEGORY_LABELS[c]}
              </option>
            ))}
          </SelectField>
          <FileField
            label="Fichier"
            required
            hint={`PDF, PNG, JPEG ou WebP, ${MAX_DOCUMENT_MB} Mo au plus.`}
            error={errors.file}
            name="file"
            accept={DOCUMENT_ACCEPT}
            file={file}
            inputRef={fileRef}
            onFileChange={(chosen) => {
              setFile(chosen);
              clear('file');
            }}
          />
        </fieldset>
        <div className={fr.cx('fr-callout', 'fr-py-2w', 'fr-px-3w', 'fr-mb-2w')} id="parcours-lecteurs">
          <p className={fr.cx('fr-callout__text', 'fr-text--sm')}>
            <strong>Qui pourra lire le document :</strong> vous, qui le déposez (la personne vous le confie : votre
            accès est enregistré comme un partage dans ses consentements, et elle peut le retirer), et les seuls
            intervenants cochés ci-dessous, que la personne a choisis.
          </p>
        </div>
        <fieldset disabled={busy} className={fr.cx('fr-fieldset')} aria-describedby="parcours-lecteurs">
          <legend className={fr.cx('fr-fieldset__legend')}>
            Partager aussi avec
            <span className={fr.cx('fr-hint-text')}>
              Seuls les intervenants qui ont un compte Maillage peuvent lire un document en ligne.
            </span>
          </legend>
          {members.length === 0 ? (
            <p className={fr.cx('fr-fieldset__element', 'fr-text--sm')}>
              Aucun autre intervenant de la liste n'a de compte Maillage.
            </p>
          ) : null}
          {members.map((m) => (
            <div className={fr.cx('fr-fieldset__element')} key={m.id}>
              <CheckboxField
                name="shareWithMemberIds"
                value={m.id}
                label={memberLabel(m, person.myMemberId)}
                checked={shareWith.includes(m.id)}
                onCheckedChange={(checked) =>
                  setShareWith((current) => (checked ? [...current, m.id] : current.filter((x) => x !== m.id)))
                }
              />
            </div>
          ))}
          {errors.shareWithMemberIds ? (
            <p className={fr.cx('fr-error-text')} role="alert">
              {errors.shareWithMemberIds}
            </p>
          ) : null}
        </fieldset>
        <ErrorSummary fields={errors} general={general} labels={UPLOAD_LABELS} order={UPLOAD_FIELDS} />
        <div className="parcours-actions">
          <Button type="submit" busy={busy}>
            Déposer le document
          </Button>
          {busy ? (
            <Button variant="secondary" onClick={() => abortRef.current?.abort()}>
              Annuler l'envoi
            </Button>
          ) : null}
        </div>
        {/* The live region says « Envoi en cours… » once; the bar beside it shows the bytes sent. */}
        <div className="parcours-progress">
          <p role="status" className={fr.cx('fr-text--sm', 'fr-mb-0')}>
            {busy
              ? progress.phase === 'storing'
                ? 'Envoi en cours… vérification et chiffrement du document.'
                : 'Envoi en cours…'
              : ''}
          </p>
          {progress.phase === 'upload' ? (
            <progress max={100} value={percent(progress.loaded, progress.total)} aria-label="Envoi du document">
              {percent(progress.loaded, progress.total)} %
            </progress>
          ) : null}
        </div>
      </form>
    </div>
  );
}
