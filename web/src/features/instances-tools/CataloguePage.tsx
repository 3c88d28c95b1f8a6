import { fr } from '@codegouvfr/react-dsfr';
import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { SOLUTION_TYPE_LABELS, SOLUTION_TYPES, tools, type SolutionType } from '@maillage/shared';
import { downloadWithToken } from '../../app/download';
import { splitErrors, useFocusFirstInvalid } from '../../app/formErrors';
import { errorMessage } from '../../app/graphql';
import { uploadMultipart } from '../../app/upload';
import { usePageTitle } from '../../app/usePageTitle';
import { validate } from '../../app/validation';
import { Button } from '../../ui/Button';
import { DataTable, type Column } from '../../ui/DataTable';
import { EditDeleteButtons, FormActions } from '../../ui/FormActions';
import { DateField, SelectField, TextField } from '../../ui/Field';
import { SaveErrorBanner } from '../../ui/SaveErrorBanner';
import { useNumberedPages, usePagedList } from '../../ui/usePagedList';
import { pluralize } from '../identity/labels';
import { usePsadPlatform } from '../platforms/queries';
import { ToolList, ToolPage, frenchDay, useToolsScope } from './parts';
import {
  useCreateSolutionOffer,
  useDeleteSolutionOffer,
  useSolutionOffers,
  useUpdateSolutionOffer,
  type SolutionOfferItem,
} from './queries';

const agesOf = (o: { ageMin?: number | null; ageMax?: number | null }) =>
  o.ageMin != null && o.ageMax != null
    ? `${o.ageMin} à ${o.ageMax} ans`
    : o.ageMin != null
      ? `dès ${o.ageMin} ans`
      : o.ageMax != null
        ? `jusqu’à ${o.ageMax} ans`
        : 'Tous âges';

const activeOf = (o: SolutionOfferItem) =>
  o.activeFrom || o.activeUntil
    ? [o.activeFrom ? `du ${frenchDay(o.activeFrom)}` : '', o.activeUntil ? `au ${frenchDay(o.activeUntil)}` : '']
        .filter(Boolean)
        .join(' ')
    : 'Permanent';

interface OfferFormValues {
  name: string;
  solutionType: SolutionType | '';
  organisationId: string;
  communes: string;
  ageMin: string;
  ageMax: string;
  conditions: string;
  places: string;
  contact: string;
  activeFrom: string;
  activeUntil: string;
}

const EMPTY: OfferFormValues = {
  name: '',
  solutionType: '',
  organisationId: '',
  communes: '',
  ageMin: '',
  ageMax: '',
  conditions: '',
  places: '',
  contact: '',
  activeFrom: '',
  activeUntil: '',
};

const FIELDS = Object.keys(EMPTY);
const LABELS: Record<string, string> = {
  name: 'Nom',
  solutionType: 'Type de solution',
  organisationId: 'Organisation',
  communes: 'Communes desservies',
  ageMin: 'Âge minimum',
  ageMax: 'Âge maximum',
  conditions: 'Conditions',
  places: 'Places',
  contact: 'Contact',
  activeFrom: 'Début',
  activeUntil: 'Fin',
};

const num = (v: string) => (v.trim() === '' ? null : /^\d+$/.test(v.trim()) ? Number(v.trim()) : (v as never));
const toInput = (v: OfferFormValues) => ({
  name: v.name,
  solutionType: v.solutionType as SolutionType,
  organisationId: v.organisationId || null,
  communes: v.communes
    .split(/[\s,;]+/)
    .map((c) => c.trim())
    .filter(Boolean),
  ageMin: num(v.ageMin),
  ageMax: num(v.ageMax),
  conditions: v.conditions || null,
  places: num(v.places),
  contact: v.contact || null,
  activeFrom: v.activeFrom || null,
  activeUntil: v.activeUntil || null,
});
/** The server's and the schema's paths (communes.0) shown at the form's field (communes). */
const mapPath = (p: string) => p.replace(/^input\./, '').replace(/^communes\.\d+$/, 'communes');

function OfferForm({
  platformId,
  editing,
  onDone,
}: {
  platformId: string;
  editing: SolutionOfferItem | null;
  onDone: () => void;
}) {
  const [values, setValues] = useState<OfferFormValues>(() =>
    editing
      ? {
          name: editing.name,
          solutionType: editing.solutionType,
          organisationId: editing.organisation?.id ?? '',
          communes: editing.communes.join(', '),
          ageMin: editing.ageMin?.toString() ?? '',
          ageMax: editing.ageMax?.toString() ?? '',
          conditions: editing.conditions ?? '',
          places: editing.places?.toString() ?? '',
          contact: editing.contact ?? '',
          activeFrom: editing.activeFrom ?? '',
          activeUntil: editing.activeUntil ?? '',
        }
      : EMPTY,
  );
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const partners = usePsadPlatform(platformId);
  const create = useCreateSolutionOffer();
  const update = useUpdateSolutionOffer();
  const mutation = editing ? update : create;
  const server = splitErrors(mutation.error, FIELDS, mapPath);
  const errors = { ...server.fields, ...clientErrors };
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(formRef, errors);
  const set = (k: keyof OfferFormValues) => (v: string) => setValues((prev) => ({ ...prev, [k]: v }));

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const input = toInput(values);
    const found = validate(tools.offerValues, input, { mapPath });
    setClientErrors(found);
    if (Object.keys(found).length > 0) return;
    const done = { onSuccess: onDone };
    if (editing) update.mutate({ id: editing.id, version: editing.version, ...input }, done);
    else create.mutate({ platformId, ...input }, done);
  };

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className={fr.cx('fr-mb-4w')}>
      <h2 className={fr.cx('fr-h4')}>{editing ? `Modifier « ${editing.name} »` : 'Ajouter une solution'}</h2>
      <SaveErrorBanner
        conflict={server.conflict}
        conflictMessage="Cette solution a été modifiée entre-temps. Rechargez-la avant de la modifier."
        reloadLabel="Fermer et recharger"
        onReload={onDone}
        reloading={false}
        general={null}
      />
      <TextField label="Nom" name="name" required value={values.name} onValueChange={set('name')} error={errors.name} />
      <SelectField
        label="Type de solution"
        name="solutionType"
        required
        value={values.solutionType}
        onValueChange={set('solutionType')}
        error={errors.solutionType}
      >
        <option value="">Choisir un type</option>
        {SOLUTION_TYPES.map((t) => (
          <option key={t} value={t}>
            {SOLUTION_TYPE_LABELS[t]}
          </option>
        ))}
      </SelectField>
      <SelectField
        label="Organisation"
        name="organisationId"
        hint="Un partenaire de la plateforme (annuaire)"
        value={values.organisationId}
        onValueChange={set('organisationId')}
        error={errors.organisationId}
      >
        <option value="">Aucune</option>
        {(partners.data?.platform?.partners ?? []).map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </SelectField>
      <TextField
        label="Communes desservies"
        name="communes"
        hint="Codes INSEE séparés par des virgules (ex. 18033, 18279) ; vide : tout le territoire"
        value={values.communes}
        onValueChange={set('communes')}
        error={errors.communes}
      />
      <div className="tools__row">
        <TextField
          label="Âge minimum"
          name="ageMin"
          inputMode="numeric"
          value={values.ageMin}
          onValueChange={set('ageMin')}
          error={errors.ageMin}
        />
        <TextField
          label="Âge maximum"
          name="ageMax"
          inputMode="numeric"
          value={values.ageMax}
          onValueChange={set('ageMax')}
          error={errors.ageMax}
        />
        <TextField
          label="Places"
          name="places"
          inputMode="numeric"
          value={values.places}
          onValueChange={set('places')}
          error={errors.places}
        />
      </div>
      <TextField
        label="Conditions"
        name="conditions"
        value={values.conditions}
        onValueChange={set('conditions')}
        error={errors.conditions}
      />
      <TextField
        label="Contact"
        name="contact"
        value={values.contact}
        onValueChange={set('contact')}
        error={errors.contact}
      />
      <div className="tools__row">
        <DateField
          label="Début"
          name="activeFrom"
          value={values.activeFrom}
          onValueChange={set('activeFrom')}
          error={errors.activeFrom}
        />
        <DateField
          label="Fin"
          name="activeUntil"
          value={values.activeUntil}
          onValueChange={set('activeUntil')}
          error={errors.activeUntil}
        />
      </div>
      <FormActions
        errors={{ fields: errors, general: server.conflict ? null : server.general, labels: LABELS }}
        submitLabel={editing ? 'Enregistrer' : 'Ajouter au catalogue'}
        busy={mutation.isPending}
        onCancel={onDone}
      />
    </form>
  );
}

interface ImportReport {
  total: number;
  created: number;
  updated: number;
  written: boolean;
  rejected: { line: number; reason: string }[];
}

function ImportSection({ platformId }: { platformId: string }) {
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const client = useQueryClient();
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) {
      setError('Choisissez un fichier CSV ou XLSX.');
      return;
    }
    setBusy(true);
    setError(null);
    setReport(null);
    try {
      const res = await uploadMultipart({
        url: `/api/psad/platforms/${platformId}/catalogue`,
        fields: [],
        file,
        onProgress: () => undefined,
        tooLargeDetail: 'Le fichier est trop volumineux.',
      });
      setReport(res.body as ImportReport);
      await client.invalidateQueries({ queryKey: ['solution-offers'] });
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form onSubmit={(e) => void onSubmit(e)} className={fr.cx('fr-mb-4w')} noValidate>
      <h2 className={fr.cx('fr-h4')}>Importer un catalogue</h2>
      <div className={fr.cx('fr-upload-group', 'fr-mb-2w')}>
        <label className={fr.cx('fr-label')} htmlFor="catalogue-file">
          Fichier CSV ou XLSX
          <span className={fr.cx('fr-hint-text')}>
            Mêmes colonnes que l’export (Nom, Type de solution, Organisation, Communes…). Une solution déjà présente
            sous le même nom est mise à jour. Si une ligne est refusée, rien n’est importé.
          </span>
        </label>
        <input
          className={fr.cx('fr-upload')}
          type="file"
          id="catalogue-file"
          name="file"
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'catalogue-file-error' : undefined}
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
        />
        {error ? (
          <p id="catalogue-file-error" className={fr.cx('fr-error-text')} role="alert">
            {error}
          </p>
        ) : null}
      </div>
      <Button type="submit" variant="secondary" busy={busy}>
        Importer
      </Button>
      {report ? (
        <div
          className={fr.cx('fr-alert', report.written ? 'fr-alert--success' : 'fr-alert--error', 'fr-mt-2w')}
          role="status"
        >
          <p className={fr.cx('fr-alert__title')}>
            {report.written
              ? `Import réussi : ${report.created} solution(s) ajoutée(s), ${report.updated} mise(s) à jour.`
              : `Rien n’a été importé : ${report.rejected.length} ligne(s) refusée(s) sur ${report.total}.`}
          </p>
          {report.rejected.length > 0 ? (
            <ul>
              {report.rejected.map((r) => (
                <li key={r.line}>
                  Ligne {r.line} : {r.reason}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </form>
  );
}

/** « Catalogue des solutions »: the dispositifs of the platform, searched; written by its referents. */
export function CataloguePage() {
  usePageTitle('Catalogue des solutions');
  const scope = useToolsScope();
  const [commune, setCommune] = useState('');
  const [age, setAge] = useState('');
  const [search, setSearch] = useState('');
  const [editing, setEditing] = useState<SolutionOfferItem | 'new' | null>(null);
  const [downloadError, setDownloadError] = useState<string | null>(null);
  const communeOk = /^(\d{5}|2[AB]\d{3})$/i.test(commune.trim());
  const ageOk = /^\d{1,2}$/.test(age.trim());
  const filter = {
    platformId: scope.platformId,
    commune: communeOk ? commune.trim().toUpperCase() : null,
    age: ageOk ? Number(age.trim()) : null,
    search: search.trim() || null,
  };
  const pager = usePagedList(JSON.stringify(filter));
  const offers = useSolutionOffers(filter, pager.request, !scope.isPending);
  const connection = offers.data;
  const { pagination } = useNumberedPages(pager, connection, offers.isPlaceholderData);
  const remove = useDeleteSolutionOffer();
  const platformId = scope.platform?.id;

  const columns: Column<SolutionOfferItem>[] = [
    { key: 'name', header: 'Solution', rowHeader: true, cell: (o) => o.name },
    { key: 'type', header: 'Type', cell: (o) => SOLUTION_TYPE_LABELS[o.solutionType] },
    {
      key: 'org',
      header: 'Organisation et contact',
      cell: (o) => (
        <>
          {o.organisation?.name ?? '—'}
          {o.contact ? <span className="tools__detail">{o.contact}</span> : null}
        </>
      ),
    },
    {
      key: 'public',
      header: 'Âges et communes',
      cell: (o) => (
        <>
          {agesOf(o)}
          <span className="tools__detail">
            {o.communes.length ? `Communes : ${o.communes.join(', ')}` : 'Tout le territoire'}
          </span>
        </>
      ),
    },
    { key: 'places', header: 'Places', cell: (o) => o.places ?? '—' },
    { key: 'active', header: 'Période', cell: activeOf },
    ...(scope.isReferent
      ? [
          {
            key: 'actions',
            header: 'Actions',
            cell: (o: SolutionOfferItem) =>
              o.canEdit ? (
                <EditDeleteButtons
                  name={o.name}
                  onEdit={() => setEditing(o)}
                  confirmMessage={`Supprimer « ${o.name} » du catalogue ?`}
                  onDelete={() => remove.mutate({ id: o.id, version: o.version })}
                  deleting={remove.isPending && remove.variables?.id === o.id}
                />
              ) : null,
          },
        ]
      : []),
  ];

  const download = (format: 'csv' | 'xlsx') => {
    if (!platformId) return;
    setDownloadError(null);
    downloadWithToken(`/api/psad/platforms/${platformId}/catalogue.${format}`, `catalogue.${format}`).catch((e) =>
      setDownloadError(errorMessage(e)),
    );
  };

  return (
    <ToolPage
      title="Catalogue des solutions"
      lead="Les solutions et dispositifs proposés sur le territoire de la plateforme : à qui ils s’adressent, où, et qui contacter."
    >
      <form
        role="search"
        aria-label="Rechercher dans le catalogue"
        className="tools__row"
        onSubmit={(e) => e.preventDefault()}
      >
        <TextField label="Nom" type="search" value={search} onValueChange={setSearch} />
        <TextField
          label="Commune (code INSEE)"
          hint="Ex. 18033"
          value={commune}
          onValueChange={setCommune}
          error={commune.trim() && !communeOk ? 'Un code commune INSEE a 5 caractères.' : undefined}
        />
        <TextField
          label="Âge du jeune"
          inputMode="numeric"
          value={age}
          onValueChange={setAge}
          error={age.trim() && !ageOk ? 'Un âge en années.' : undefined}
        />
      </form>
      {scope.isReferent && platformId ? (
        <div className={fr.cx('fr-mb-3w')}>
          <ul className={fr.cx('fr-btns-group', 'fr-btns-group--inline-md')}>
            <li>
              <Button onClick={() => setEditing('new')}>Ajouter une solution</Button>
            </li>
            <li>
              <Button variant="secondary" onClick={() => download('csv')}>
                Exporter en CSV
              </Button>
            </li>
            <li>
              <Button variant="secondary" onClick={() => download('xlsx')}>
                Exporter en XLSX
              </Button>
            </li>
          </ul>
          {downloadError ? (
            <p className={fr.cx('fr-error-text')} role="alert">
              {downloadError}
            </p>
          ) : null}
        </div>
      ) : null}
      <ToolList
        form={
          editing && platformId ? (
            <OfferForm
              key={editing === 'new' ? 'new' : editing.id}
              platformId={platformId}
              editing={editing === 'new' ? null : editing}
              onDone={() => setEditing(null)}
            />
          ) : null
        }
        removeError={remove.isError ? remove.error : null}
        query={offers}
        countText={connection ? pluralize(connection.totalCount, 'solution', 'solutions') : undefined}
        stale={offers.isPlaceholderData}
        paginationLabel="Pages du catalogue"
        pagination={pagination}
      >
        <DataTable
          caption={`Solutions (${connection?.totalCount ?? 0})`}
          className={`${fr.cx('fr-table--multiline')} tools__catalogue`}
          columns={columns}
          rows={connection?.nodes ?? []}
          rowKey={(o) => o.id}
          busy={offers.isFetching}
          emptyMessage="Aucune solution ne correspond."
        />
      </ToolList>
      {scope.isReferent && platformId ? <ImportSection platformId={platformId} /> : null}
    </ToolPage>
  );
}
