import { TextField } from '../../../ui/Field';
import { TextAreaField } from '../fields';
import { newPartner, newSchool, type ProjectValues } from '../projectForm';
import { ActionRows, RowList, removeAt, replaceAt, type Change } from './RowList';

interface PartnershipsStepProps {
  values: ProjectValues;
  set: <K extends keyof ProjectValues>(key: K, value: ProjectValues[K]) => void;
  change: Change;
  err: (path: string) => string | undefined;
  focusAfterRender: (key: string) => void;
}

/** Step 2: the school (concertation, schools, actions), the parents and the local partners. */
export function PartnershipsStep({ values, set, change, err, focusAfterRender }: PartnershipsStepProps) {
  return (
    <>
      <TextAreaField
        label="Organisation de la concertation avec les enseignants"
        name="concertationDescription"
        value={values.concertationDescription}
        onValueChange={(v) => set('concertationDescription', v)}
        error={err('concertationDescription')}
        hint="Comment et à quels moments de l'année l'équipe échange avec les enseignants."
      />
      <RowList
        legend="Établissements scolaires partenaires"
        itemLegend={(i) => `Établissement ${i + 1}`}
        rows={values.schools}
        empty="Aucun établissement pour l'instant."
        addLabel="Ajouter un établissement"
        removeLabel={(i) => `Retirer l'établissement ${i + 1}`}
        focusAfterRender={focusAfterRender}
        onAdd={() => {
          const row = newSchool();
          change((v) => ({ ...v, schools: [...v.schools, row] }));
          return row.key;
        }}
        onRemove={(i) => change((v) => ({ ...v, schools: removeAt(v.schools, i) }), 'schools')}
        render={(s, i) => (
          <>
            <TextField
              label="Nom de l'établissement"
              name={`schools.${i}.name`}
              required
              autoComplete="off"
              value={s.name}
              onValueChange={(name) =>
                change((v) => ({ ...v, schools: replaceAt(v.schools, i, { name }) }), `schools.${i}.name`)
              }
              error={err(`schools.${i}.name`)}
            />
            <TextField
              label="UAI (facultatif)"
              name={`schools.${i}.uai`}
              autoComplete="off"
              value={s.uai}
              onValueChange={(uai) =>
                change((v) => ({ ...v, schools: replaceAt(v.schools, i, { uai }) }), `schools.${i}.uai`)
              }
              error={err(`schools.${i}.uai`)}
              hint="8 caractères, par exemple 0180001A."
            />
            <TextField
              label="Contact dans l'établissement"
              name={`schools.${i}.contactName`}
              autoComplete="off"
              value={s.contactName}
              onValueChange={(contactName) =>
                change((v) => ({ ...v, schools: replaceAt(v.schools, i, { contactName }) }), `schools.${i}.contactName`)
              }
              error={err(`schools.${i}.contactName`)}
              hint="Nom ou fonction (directrice, CPE…)."
            />
          </>
        )}
      />
      <ActionRows
        legend="Actions de concertation avec l'école"
        itemName="Action de concertation"
        list="concertationActions"
        rows={values.concertationActions}
        addLabel="Ajouter une action de concertation"
        change={change}
        err={err}
        focusAfterRender={focusAfterRender}
      />
      <ActionRows
        legend="Actions avec et pour les parents"
        itemName="Action avec les parents"
        list="parentActions"
        rows={values.parentActions}
        addLabel="Ajouter une action avec les parents"
        change={change}
        err={err}
        focusAfterRender={focusAfterRender}
      />
      <RowList
        legend="Partenaires locaux"
        itemLegend={(i) => `Partenaire ${i + 1}`}
        rows={values.localPartners}
        empty="Aucun partenaire local pour l'instant."
        addLabel="Ajouter un partenaire local"
        removeLabel={(i) => `Retirer le partenaire ${i + 1}`}
        focusAfterRender={focusAfterRender}
        onAdd={() => {
          const row = newPartner();
          change((v) => ({ ...v, localPartners: [...v.localPartners, row] }));
          return row.key;
        }}
        onRemove={(i) => change((v) => ({ ...v, localPartners: removeAt(v.localPartners, i) }), 'localPartners')}
        render={(p, i) => (
          <TextField
            label="Nom du partenaire"
            name={`localPartners.${i}`}
            required
            autoComplete="off"
            value={p.name}
            onValueChange={(name) =>
              change((v) => ({ ...v, localPartners: replaceAt(v.localPartners, i, { name }) }), `localPartners.${i}`)
            }
            error={err(`localPartners.${i}`)}
            hint="Médiathèque, centre social, club sportif…"
          />
        )}
      />
    </>
  );
}
