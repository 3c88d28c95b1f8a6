import { fr } from '@codegouvfr/react-dsfr';
import { useState, type FormEvent } from 'react';
import { splitErrors } from '../../../app/formErrors';
import { Button } from '../../../ui/Button';
import { TextField } from '../../../ui/Field';
import { StatusMessage } from '../../../ui/StatusMessage';
import { useSetPhone, type OncallPoolItem } from './queries';

type Person = OncallPoolItem['people'][number];

/** The on-call phones of the pool's agents and directors: what the switchboard reads for whoever is on duty. */
export function PhonesForm({ pool }: { pool: OncallPoolItem }) {
  return (
    <section aria-labelledby="telephones" className={fr.cx('fr-mt-4w')}>
      <h3 id="telephones">Téléphones d’astreinte</h3>
      <p>
        Le standard lit ce numéro pour la personne d’astreinte. Un numéro effacé laisse la permanence sans numéro :
        l’agent n’est plus joignable par le standard.
      </p>
      {pool.people.map((p) => (
        <PhoneRow key={p.id} poolId={pool.id} person={p} />
      ))}
    </section>
  );
}

function PhoneRow({ poolId, person }: { poolId: string; person: Person }) {
  const save = useSetPhone();
  const [phone, setPhone] = useState(person.phone ?? '');
  const [done, setDone] = useState<string | null>(null);
  const errors = splitErrors(save.error, ['onCallPhone'], (p) => p.replace(/^input\./, ''));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    save.mutate(
      { poolId, userId: person.id, onCallPhone: phone.trim() || null },
      { onSuccess: (r) => setDone(r.setOncallPhone.phone ? 'Numéro enregistré.' : 'Numéro effacé.') },
    );
  };
  const label = `${person.displayName} (${person.cpmsName}${person.isAgent ? ', agent' : ', direction'})`;
  return (
    <form onSubmit={submit} noValidate className={fr.cx('fr-grid-row', 'fr-grid-row--gutters', 'fr-grid-row--bottom')}>
      <div className={fr.cx('fr-col-12', 'fr-col-md-8')}>
        <TextField
          label={label}
          hint="Par exemple +32 471 22 33 44"
          type="tel"
          autoComplete="off"
          value={phone}
          onValueChange={setPhone}
          error={errors.fields.onCallPhone ?? errors.general ?? undefined}
        />
      </div>
      <div className={fr.cx('fr-col-12', 'fr-col-md-4', 'fr-mb-3w')}>
        <Button type="submit" variant="secondary" busy={save.isPending}>
          Enregistrer le numéro de {person.displayName}
        </Button>
        <StatusMessage message={done} />
      </div>
    </form>
  );
}
