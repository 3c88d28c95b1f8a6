import { fr } from '@codegouvfr/react-dsfr';
import { useState } from 'react';
import { Button } from '../../ui/Button';
import { SelectField } from '../../ui/Field';
import { usePartnerCounsellors } from '../cases/worklistQueries';

export interface InvitedPerson {
  id: string;
  name: string;
}

/**
 * People invited by name, when a whole partner organisation is too many: a counsellor of one of the
 * platform's partners, chosen organisation first. Each hears of the meeting as the members of an
 * invited organisation do (notice and e-mail with its calendar file).
 */
export function PeopleInvite({
  platformId,
  partners,
  value,
  onChange,
  error,
}: {
  platformId: string;
  partners: { id: string; name: string }[];
  value: InvitedPerson[];
  onChange: (people: InvitedPerson[]) => void;
  error?: string;
}) {
  const [organisationId, setOrganisationId] = useState('');
  const [userId, setUserId] = useState('');
  const counsellors = usePartnerCounsellors(platformId || undefined, organisationId || undefined);
  const choices = (counsellors.data ?? []).filter((c) => !value.some((p) => p.id === c.id));
  const chosen = choices.find((c) => c.id === userId);
  return (
    <div className={fr.cx('fr-mb-3w')} data-focus="invitedUserIds">
      <h3 className={fr.cx('fr-h6', 'fr-mb-1w')}>Personnes invitées nommément</h3>
      <p className={fr.cx('fr-text--sm', 'fr-mb-2w')}>
        Un conseiller d’un partenaire, sans inviter tout son organisme : il reçoit l’invitation comme les membres d’un
        partenaire invité.
      </p>
      {value.length > 0 ? (
        <ul className="meeting-form__people">
          {value.map((p) => (
            <li key={p.id}>
              {p.name}{' '}
              <Button
                variant="tertiary"
                size="small"
                onClick={() => onChange(value.filter((x) => x.id !== p.id))}
                aria-label={`Retirer ${p.name} des invités`}
              >
                Retirer
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="meeting-form__people-pick">
        <SelectField
          label="Organisme partenaire"
          name="personOrganisation"
          value={organisationId}
          onValueChange={(id) => {
            setOrganisationId(id);
            setUserId('');
          }}
        >
          <option value="">Choisir un partenaire</option>
          {partners.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </SelectField>
        <SelectField
          label="Personne"
          name="personUser"
          value={userId}
          onValueChange={setUserId}
          disabled={!organisationId || counsellors.isPending}
          hint={
            organisationId && counsellors.isSuccess && choices.length === 0
              ? 'Personne d’autre à inviter dans cet organisme.'
              : undefined
          }
          error={error}
        >
          <option value="">{organisationId && counsellors.isPending ? 'Chargement…' : 'Choisir une personne'}</option>
          {choices.map((c) => (
            <option key={c.id} value={c.id}>
              {c.displayName}
            </option>
          ))}
        </SelectField>
        <Button
          variant="secondary"
          disabled={!chosen}
          onClick={() => {
            if (!chosen) return;
            onChange([...value, { id: chosen.id, name: chosen.displayName }]);
            setUserId('');
          }}
        >
          Inviter cette personne
        </Button>
      </div>
    </div>
  );
}
