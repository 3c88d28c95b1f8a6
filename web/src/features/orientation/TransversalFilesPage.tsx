import { fr } from '@codegouvfr/react-dsfr';
import { useRef, useState, type FormEvent } from 'react';
import {
  TRANSVERSAL_FILE_KINDS,
  TRANSVERSAL_FILE_KIND_LABELS,
  TRANSVERSAL_FILE_STATUSES,
  TRANSVERSAL_FILE_STATUS_LABELS,
} from '@maillage/shared';
import { splitErrors, useFocusFirstInvalid } from '../../app/formErrors';
import { usePageTitle } from '../../app/usePageTitle';
import type { TransversalFileKind, TransversalFileStatus } from '../../gql/graphql';
import { Button } from '../../ui/Button';
import { ErrorState } from '../../ui/ErrorState';
import { DateField, Field, SelectField, TextField } from '../../ui/Field';
import { FormActions } from '../../ui/FormActions';
import { LoadingState } from '../../ui/LoadingState';
import { SaveErrorBanner } from '../../ui/SaveErrorBanner';
import { frenchDay } from '../instances-tools/parts';
import { useChosenCio, useOrientationCios, type OrientationCio } from './cios';
import { useCreateFile, useTransversalFiles, useUpdateFile, type TransversalFileItem } from './queries';
import '../../ui/styles/orientation.css';

const mapPath = (p: string) => p.replace(/^input\./, '').replace(/\.\d+$/, '');

function FileForm({
  cio,
  editing,
  onDone,
}: {
  cio: OrientationCio;
  editing: TransversalFileItem | null;
  onDone: () => void;
}) {
  const [values, setValues] = useState({
    kind: editing?.kind ?? 'DISPOSITIFS_RELAIS',
    title: editing?.title ?? '',
    pilotUserId: editing?.pilot?.id ?? '',
    since: editing?.since ?? '',
    status: editing?.status ?? 'EN_COURS',
    summary: editing?.summary ?? '',
    links: (editing?.documentLinks ?? []).join('\n'),
  });
  const create = useCreateFile();
  const update = useUpdateFile();
  const mutation = editing ? update : create;
  const server = splitErrors(
    mutation.error,
    ['kind', 'title', 'pilotUserId', 'since', 'status', 'summary', 'documentLinks'],
    mapPath,
  );
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(formRef, server.fields);
  const set = (k: keyof typeof values) => (v: string) => setValues((prev) => ({ ...prev, [k]: v }));
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const input = {
      kind: values.kind as TransversalFileKind,
      title: values.title,
      pilotUserId: values.pilotUserId || null,
      since: values.since,
      status: values.status as TransversalFileStatus,
      summary: values.summary || null,
      documentLinks: values.links
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean),
    };
    if (editing) update.mutate({ id: editing.id, version: editing.version, ...input }, { onSuccess: onDone });
    else create.mutate({ cioId: cio.id, ...input }, { onSuccess: onDone });
  };
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="orientation__form">
      <h2 className={fr.cx('fr-h5')}>{editing ? `Modifier « ${editing.title} »` : 'Nouveau dossier transversal'}</h2>
      <SaveErrorBanner
        conflict={server.conflict}
        conflictMessage="Ce dossier a été modifié entre-temps. Fermez le formulaire pour le recharger."
        reloadLabel="Fermer et recharger"
        onReload={onDone}
        reloading={false}
        general={null}
      />
      <p className={fr.cx('fr-text--sm')}>Aucun nom d’élève dans un dossier transversal.</p>
      <SelectField label="Dossier" value={values.kind} onValueChange={set('kind')} error={server.fields.kind}>
        {TRANSVERSAL_FILE_KINDS.map((k) => (
          <option key={k} value={k}>
            {TRANSVERSAL_FILE_KIND_LABELS[k]}
          </option>
        ))}
      </SelectField>
      <TextField
        label="Intitulé"
        required
        value={values.title}
        onValueChange={set('title')}
        error={server.fields.title}
      />
      <SelectField
        label="Pilote"
        value={values.pilotUserId}
        onValueChange={set('pilotUserId')}
        error={server.fields.pilotUserId}
      >
        <option value="">Non désigné</option>
        {cio.people.map((p) => (
          <option key={p.id} value={p.id}>
            {p.displayName}
          </option>
        ))}
      </SelectField>
      <DateField
        label="Piloté depuis le"
        required
        value={values.since}
        onValueChange={set('since')}
        error={server.fields.since}
      />
      <SelectField label="État" value={values.status} onValueChange={set('status')} error={server.fields.status}>
        {TRANSVERSAL_FILE_STATUSES.map((s) => (
          <option key={s} value={s}>
            {TRANSVERSAL_FILE_STATUS_LABELS[s]}
          </option>
        ))}
      </SelectField>
      <TextField label="Résumé" value={values.summary} onValueChange={set('summary')} error={server.fields.summary} />
      <Field label="Documents" hint="Un lien https par ligne." error={server.fields.documentLinks}>
        {(props) => <textarea {...props} value={values.links} onChange={(e) => set('links')(e.target.value)} />}
      </Field>
      <FormActions
        errors={{
          fields: server.fields,
          general: server.general,
          labels: { title: 'Intitulé', since: 'Depuis', documentLinks: 'Documents' },
        }}
        submitLabel={editing ? 'Enregistrer' : 'Ouvrir le dossier'}
        busy={mutation.isPending}
        onCancel={onDone}
      />
    </form>
  );
}

/** The files the direction team pilots by delegation of the IEN-IO: who, since when, status, documents. */
export function TransversalFilesPage() {
  usePageTitle('Dossiers transversaux');
  const cios = useOrientationCios();
  const { cio, picker } = useChosenCio(cios.data?.orientationCios);
  const files = useTransversalFiles(cio?.id);
  const [editing, setEditing] = useState<TransversalFileItem | 'new' | null>(null);
  if (cios.isPending) return <LoadingState />;
  if (cios.isError) return <ErrorState error={cios.error} onRetry={() => void cios.refetch()} />;
  return (
    <div className="page orientation">
      <h1>Dossiers transversaux</h1>
      {picker}
      {!cio ? (
        <p>Vous n’êtes rattaché à aucun CIO.</p>
      ) : (
        <>
          {editing ? (
            <FileForm
              key={editing === 'new' ? 'new' : editing.id}
              cio={cio}
              editing={editing === 'new' ? null : editing}
              onDone={() => setEditing(null)}
            />
          ) : cio.canDirect ? (
            <Button onClick={() => setEditing('new')} className={fr.cx('fr-mb-2w')}>
              Nouveau dossier
            </Button>
          ) : null}
          {files.isError ? (
            <ErrorState error={files.error} onRetry={() => void files.refetch()} />
          ) : !files.data ? (
            <LoadingState />
          ) : files.data.orientationTransversalFiles.length === 0 ? (
            <p>Aucun dossier transversal.</p>
          ) : (
            <div className={fr.cx('fr-table')}>
              <table>
                <caption>Dossiers pilotés par délégation de l’IEN-IO</caption>
                <thead>
                  <tr>
                    <th scope="col">Dossier</th>
                    <th scope="col">Pilote</th>
                    <th scope="col">Depuis</th>
                    <th scope="col">État</th>
                    <th scope="col">Documents</th>
                    {cio.canDirect ? <th scope="col">Actions</th> : null}
                  </tr>
                </thead>
                <tbody>
                  {files.data.orientationTransversalFiles.map((f) => (
                    <tr key={f.id}>
                      <th scope="row">
                        {f.title}
                        <br />
                        <span className={fr.cx('fr-text--xs')}>{TRANSVERSAL_FILE_KIND_LABELS[f.kind]}</span>
                      </th>
                      <td>{f.pilot?.displayName ?? 'Non désigné'}</td>
                      <td>{frenchDay(f.since)}</td>
                      <td>{TRANSVERSAL_FILE_STATUS_LABELS[f.status]}</td>
                      <td>
                        {f.documentLinks.length === 0
                          ? '—'
                          : f.documentLinks.map((l, i) => (
                              <div key={l}>
                                <a
                                  href={l}
                                  target="_blank"
                                  rel="noopener noreferrer"
                                  title={`${f.title}, document ${i + 1} (nouvelle fenêtre)`}
                                >
                                  Document {i + 1}
                                </a>
                              </div>
                            ))}
                      </td>
                      {cio.canDirect ? (
                        <td>
                          <Button
                            variant="secondary"
                            size="small"
                            onClick={() => setEditing(f)}
                            title={`Modifier ${f.title}`}
                          >
                            Modifier
                          </Button>
                        </td>
                      ) : null}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </div>
  );
}
