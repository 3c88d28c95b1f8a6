import { fr } from '@codegouvfr/react-dsfr';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { createModal } from '@codegouvfr/react-dsfr/Modal';
import { useState } from 'react';
import { CONSENT_KIND_LABELS } from '@maillage/shared';
import { errorMessage } from '../../app/graphql';
import { Button } from '../../ui/Button';
import { DataTable } from '../../ui/DataTable';
import { DateField } from '../../ui/Field';
import { formatDateTime, parisMidnightIso } from '../../ui/format';
import { VisuallyHidden } from '../../ui/VisuallyHidden';
import { todayInParis } from './format';
import { ParcoursForm, type SectionProps } from './ParcoursForm';
import { Announce, SectionTitle } from './parts';
import { type ConsentData, type PersonDetail } from './queries';
import { useRecordConsent, useWithdrawConsent } from './mutations';

/** The confirmation before a consent is withdrawn (a DSFR modal: focus kept inside, Échap closes). */
const withdrawModal = createModal({ id: 'parcours-retrait-consentement', isOpenedByDefault: false });

interface Props extends SectionProps {
  person: PersonDetail;
}

/** What a consent is about, in words. */
export function consentObject(c: ConsentData): string {
  if (c.kind === 'PARTAGE_DOCUMENT')
    return `« ${c.document?.title ?? 'document'} » avec ${c.member?.displayName ?? 'un intervenant'}`;
  if (c.kind === 'PARTICIPATION_SYNTHESE')
    return c.meeting ? `Synthèse « ${c.meeting.subject} » du ${formatDateTime(c.meeting.scheduledAt)}` : 'Synthèse';
  return 'Traitement de ses données dans Maillage';
}

/** « Consentements »: what the PA agreed to, when, and when withdrawn. */
export function ConsentsSection({ person, onReload, reloading }: Props) {
  const withdraw = useWithdrawConsent();
  const [status, setStatus] = useState('');
  const [pending, setPending] = useState<ConsentData | null>(null);
  const informed = person.consents.some((c) => c.kind === 'INFORMATION_TRAITEMENT' && c.active);
  return (
    <section aria-labelledby="parcours-consentements" className="parcours-section">
      <SectionTitle id="parcours-consentements">Consentements</SectionTitle>
      <p className={`${fr.cx('fr-text--sm')} parcours-muted`}>
        Ce que la personne a accepté : le partage d'un document avec un intervenant, sa participation à une synthèse,
        l'information sur le traitement de ses données. Elle peut retirer un consentement à tout moment.
      </p>
      <DataTable<ConsentData>
        caption="Consentements de la personne"
        rows={person.consents}
        rowKey={(c) => c.id}
        emptyMessage="Aucun consentement enregistré."
        columns={[
          { key: 'kind', header: 'Consentement', rowHeader: true, cell: (c) => CONSENT_KIND_LABELS[c.kind] },
          { key: 'object', header: 'Objet', cell: consentObject },
          {
            key: 'given',
            header: 'Donné le',
            cell: (c) => <time dateTime={c.givenAt}>{formatDateTime(c.givenAt)}</time>,
          },
          {
            key: 'withdrawn',
            header: 'Retiré le',
            cell: (c) => (c.withdrawnAt ? <time dateTime={c.withdrawnAt}>{formatDateTime(c.withdrawnAt)}</time> : '—'),
          },
          { key: 'by', header: 'Enregistré par', cell: (c) => c.recordedBy?.displayName ?? '—' },
          {
            key: 'action',
            header: 'Action',
            cell: (c) =>
              c.active ? (
                <Button
                  variant="link"
                  size="small"
                  {...withdrawModal.buttonProps}
                  id={undefined}
                  busy={withdraw.isPending && withdraw.variables === c.id}
                  onClick={() => {
                    setStatus('');
                    setPending(c);
                  }}
                >
                  Retirer
                  <VisuallyHidden>
                    {' '}
                    le consentement : {CONSENT_KIND_LABELS[c.kind]}, {consentObject(c)}
                  </VisuallyHidden>
                </Button>
              ) : (
                <Badge small noIcon>
                  Retiré
                </Badge>
              ),
          },
        ]}
      />
      <Announce message={status} />
      {withdraw.error ? (
        <p className={fr.cx('fr-error-text')} role="alert">
          {errorMessage(withdraw.error)}
        </p>
      ) : null}
      <withdrawModal.Component
        title="Retirer ce consentement ?"
        buttons={[
          { children: 'Annuler', priority: 'secondary' },
          {
            children: 'Retirer le consentement',
            onClick: () => {
              const c = pending;
              if (!c) return;
              withdraw.mutate(c.id, {
                onSuccess: () =>
                  setStatus(`Consentement retiré : ${CONSENT_KIND_LABELS[c.kind]}, ${consentObject(c)}.`),
              });
            },
          },
        ]}
      >
        {pending ? (
          <p>
            {CONSENT_KIND_LABELS[pending.kind]} : {consentObject(pending)}. Le retrait prend effet tout de suite
            {pending.kind === 'PARTAGE_DOCUMENT' ? " : l'intervenant ne peut plus lire le document" : ''}. Il reste dans
            l'historique des consentements.
          </p>
        ) : (
          <p>Choisissez le consentement à retirer.</p>
        )}
      </withdrawModal.Component>
      {informed ? null : (
        <InformationForm person={person} onReload={onReload} reloading={reloading} onDone={setStatus} />
      )}
    </section>
  );
}

function InformationForm({ person, onReload, reloading, onDone }: Props & { onDone: (message: string) => void }) {
  const record = useRecordConsent();
  const [day, setDay] = useState(todayInParis());
  const [error, setError] = useState<string | undefined>();
  return (
    <ParcoursForm
      title="Information sur le traitement des données"
      description="Enregistrez que la personne a été informée de ce que Maillage conserve à son sujet, qui le lit, et de ses droits."
      submitLabel="Enregistrer l'information de la personne"
      variant="secondary"
      pending={record.isPending}
      error={record.error}
      fields={['givenAt']}
      clientErrors={error ? { givenAt: error } : {}}
      onReload={onReload}
      reloading={reloading}
      className="parcours-subform"
      onSubmit={() => {
        onDone('');
        if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || day > todayInParis()) {
          setError(
            !day
              ? 'Saisissez la date.'
              : /^\d{4}-\d{2}-\d{2}$/.test(day)
                ? 'La date ne peut pas être dans le futur.'
                : 'Saisissez la date au format jj/mm/aaaa.',
          );
          return;
        }
        setError(undefined);
        // Today: the server's clock; an earlier day: noon, Paris time.
        const noon =
          day === todayInParis()
            ? null
            : new Date(new Date(parisMidnightIso(day)!).getTime() + 12 * 3_600_000).toISOString();
        record.mutateAsync({ personId: person.id, kind: 'INFORMATION_TRAITEMENT', givenAt: noon }).then(
          () => onDone('Information de la personne sur le traitement de ses données enregistrée.'),
          () => undefined,
        );
      }}
    >
      <DateField
        label="Date de l'information"
        name="givenAt"
        required
        value={day}
        onValueChange={setDay}
        error={error}
      />
    </ParcoursForm>
  );
}
