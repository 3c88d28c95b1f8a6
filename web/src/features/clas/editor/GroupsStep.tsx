import { fr } from '@codegouvfr/react-dsfr';
import { useId } from 'react';
import {
  ACCOMPAGNATEUR_KINDS,
  ACCOMPAGNATEUR_KIND_LABELS,
  SCHOOL_LEVELS,
  SCHOOL_LEVEL_LABELS,
  TRAINING_STATUSES,
  TRAINING_STATUS_LABELS,
  WEEKDAYS,
  WEEKDAY_LABELS,
} from '@maillage/shared';
import { Button } from '../../../ui/Button';
import { DateField, SelectField, TextField } from '../../../ui/Field';
import { newAccompagnateur, newGroup, newSession, type GroupValues, type ProjectValues } from '../projectForm';
import { RowList, removeAt, replaceAt, type Change } from './RowList';

interface GroupsStepProps {
  values: ProjectValues;
  change: Change;
  err: (path: string) => string | undefined;
  focusAfterRender: (key: string) => void;
}

/** Step 3: the groups of children, each with its adults, its weekly sessions, its period and its cost. */
export function GroupsStep({ values, change, err, focusAfterRender }: GroupsStepProps) {
  const ids = useId();
  const setGroup = (i: number, patch: Partial<GroupValues>, field: string) =>
    change((v) => ({ ...v, groups: replaceAt(v.groups, i, patch) }), `groups.${i}.${field}`);
  return (
    <>
      {values.groups.length === 0 ? <p>Aucun groupe pour l'instant : un projet en compte au moins un.</p> : null}
      {values.groups.map((g, i) => {
        const path = (field: string) => `groups.${i}.${field}`;
        return (
          <fieldset key={g.key} className="clas-group" data-focus={g.key}>
            <legend className={fr.cx('fr-h6', 'fr-mb-2w')}>
              Groupe {i + 1}
              {g.label.trim() ? ` : ${g.label.trim()}` : ''}
            </legend>
            <div className="clas-row__fields">
              <TextField
                label="Nom du groupe"
                name={path('label')}
                required
                autoComplete="off"
                value={g.label}
                onValueChange={(label) => setGroup(i, { label }, 'label')}
                error={err(path('label'))}
                hint="Par exemple « CP-CE1 du mardi »."
              />
              <SelectField
                label="Niveau scolaire"
                name={path('level')}
                value={g.level}
                onValueChange={(level) => setGroup(i, { level: level as GroupValues['level'] }, 'level')}
                error={err(path('level'))}
              >
                {SCHOOL_LEVELS.map((l) => (
                  <option key={l} value={l}>
                    {SCHOOL_LEVEL_LABELS[l]}
                  </option>
                ))}
              </SelectField>
              <TextField
                label="Nombre d'enfants inscrits"
                name={path('childrenCount')}
                required
                inputMode="numeric"
                autoComplete="off"
                value={g.childrenCount}
                onValueChange={(childrenCount) => setGroup(i, { childrenCount }, 'childrenCount')}
                error={err(path('childrenCount'))}
              />
              <TextField
                label="Lieu des séances"
                name={path('place')}
                autoComplete="off"
                value={g.place}
                onValueChange={(place) => setGroup(i, { place }, 'place')}
                error={err(path('place'))}
              />
              <DateField
                label="Date de début"
                name={path('startDate')}
                value={g.startDate}
                onValueChange={(startDate) => setGroup(i, { startDate }, 'startDate')}
                error={err(path('startDate'))}
              />
              <DateField
                label="Date de fin"
                name={path('endDate')}
                value={g.endDate}
                onValueChange={(endDate) => setGroup(i, { endDate }, 'endDate')}
                error={err(path('endDate'))}
              />
              <TextField
                label="Plus longue interruption (semaines)"
                name={path('longestBreakWeeks')}
                inputMode="numeric"
                autoComplete="off"
                value={g.longestBreakWeeks}
                onValueChange={(longestBreakWeeks) => setGroup(i, { longestBreakWeeks }, 'longestBreakWeeks')}
                error={err(path('longestBreakWeeks'))}
                hint="Vacances comprises. Vide si les séances ne s’arrêtent que pendant les vacances."
              />
              <TextField
                label="Coût éligible (€)"
                name={path('eligibleCostCents')}
                required
                inputMode="decimal"
                autoComplete="off"
                value={g.eligibleCost}
                onValueChange={(eligibleCost) => setGroup(i, { eligibleCost }, 'eligibleCostCents')}
                error={err(path('eligibleCostCents'))}
                hint="Pour l'année scolaire, en euros."
              />
              <TextField
                label="Autres financements (€)"
                name={path('otherFundingCents')}
                inputMode="decimal"
                autoComplete="off"
                value={g.otherFunding}
                onValueChange={(otherFunding) => setGroup(i, { otherFunding }, 'otherFundingCents')}
                error={err(path('otherFundingCents'))}
                hint="Commune, département, État…"
              />
            </div>

            <RowList
              legend="Accompagnateurs"
              itemLegend={(j) => `Accompagnateur ${j + 1}`}
              rows={g.accompagnateurs}
              empty="Aucun accompagnateur pour l'instant."
              addLabel="Ajouter un accompagnateur"
              removeLabel={(j) => `Retirer l'accompagnateur ${j + 1}`}
              focusAfterRender={focusAfterRender}
              onAdd={() => {
                const row = newAccompagnateur();
                setGroup(i, { accompagnateurs: [...g.accompagnateurs, row] }, 'accompagnateurs');
                return row.key;
              }}
              onRemove={(j) => setGroup(i, { accompagnateurs: removeAt(g.accompagnateurs, j) }, 'accompagnateurs')}
              render={(a, j) => (
                <>
                  <TextField
                    label="Nom ou fonction"
                    name={path(`accompagnateurs.${j}.label`)}
                    required
                    autoComplete="off"
                    value={a.label}
                    onValueChange={(label) =>
                      setGroup(
                        i,
                        { accompagnateurs: replaceAt(g.accompagnateurs, j, { label }) },
                        `accompagnateurs.${j}.label`,
                      )
                    }
                    error={err(path(`accompagnateurs.${j}.label`))}
                  />
                  <SelectField
                    label="Statut"
                    name={path(`accompagnateurs.${j}.kind`)}
                    value={a.kind}
                    onValueChange={(kind) =>
                      setGroup(
                        i,
                        { accompagnateurs: replaceAt(g.accompagnateurs, j, { kind: kind as typeof a.kind }) },
                        `accompagnateurs.${j}.kind`,
                      )
                    }
                  >
                    {ACCOMPAGNATEUR_KINDS.map((k) => (
                      <option key={k} value={k}>
                        {ACCOMPAGNATEUR_KIND_LABELS[k]}
                      </option>
                    ))}
                  </SelectField>
                  <SelectField
                    label="Formation"
                    name={path(`accompagnateurs.${j}.training`)}
                    value={a.training}
                    onValueChange={(training) =>
                      setGroup(
                        i,
                        {
                          accompagnateurs: replaceAt(g.accompagnateurs, j, { training: training as typeof a.training }),
                        },
                        `accompagnateurs.${j}.training`,
                      )
                    }
                  >
                    {TRAINING_STATUSES.map((t) => (
                      <option key={t} value={t}>
                        {TRAINING_STATUS_LABELS[t]}
                      </option>
                    ))}
                  </SelectField>
                </>
              )}
            />

            <RowList
              legend="Séances hebdomadaires"
              itemLegend={(j) => `Séance ${j + 1}`}
              rows={g.sessions}
              empty="Aucune séance pour l'instant."
              addLabel="Ajouter une séance"
              removeLabel={(j) => `Retirer la séance ${j + 1}`}
              focusAfterRender={focusAfterRender}
              onAdd={() => {
                const row = newSession();
                setGroup(i, { sessions: [...g.sessions, row] }, 'sessions');
                return row.key;
              }}
              onRemove={(j) => setGroup(i, { sessions: removeAt(g.sessions, j) }, 'sessions')}
              render={(s, j) => (
                <>
                  <SelectField
                    label="Jour"
                    name={path(`sessions.${j}.day`)}
                    value={s.day}
                    onValueChange={(day) =>
                      setGroup(
                        i,
                        { sessions: replaceAt(g.sessions, j, { day: day as typeof s.day }) },
                        `sessions.${j}.day`,
                      )
                    }
                  >
                    {WEEKDAYS.map((d) => (
                      <option key={d} value={d}>
                        {WEEKDAY_LABELS[d]}
                      </option>
                    ))}
                  </SelectField>
                  <TextField
                    label="Heure de début"
                    name={path(`sessions.${j}.start`)}
                    inputMode="numeric"
                    autoComplete="off"
                    value={s.start}
                    onValueChange={(start) =>
                      setGroup(i, { sessions: replaceAt(g.sessions, j, { start }) }, `sessions.${j}.start`)
                    }
                    error={err(path(`sessions.${j}.start`))}
                    hint="Format attendu : hh:mm (24 h), par exemple 17:00."
                  />
                  <TextField
                    label="Durée (minutes)"
                    name={path(`sessions.${j}.durationMinutes`)}
                    inputMode="numeric"
                    autoComplete="off"
                    value={s.durationMinutes}
                    onValueChange={(durationMinutes) =>
                      setGroup(
                        i,
                        { sessions: replaceAt(g.sessions, j, { durationMinutes }) },
                        `sessions.${j}.durationMinutes`,
                      )
                    }
                    error={err(path(`sessions.${j}.durationMinutes`))}
                  />
                </>
              )}
            />
            <Button
              variant="tertiary"
              className={fr.cx('fr-icon-delete-line', 'fr-btn--icon-left')}
              onClick={() => {
                change((v) => ({ ...v, groups: removeAt(v.groups, i) }), 'groups');
                focusAfterRender(`${ids}-ajouter-groupe`);
              }}
            >
              Supprimer le groupe {i + 1}
            </Button>
          </fieldset>
        );
      })}
      <Button
        variant="secondary"
        className={fr.cx('fr-icon-add-line', 'fr-btn--icon-left', 'fr-mb-3w')}
        data-focus={`${ids}-ajouter-groupe`}
        onClick={() => {
          const group = newGroup();
          change((v) => ({ ...v, groups: [...v.groups, group] }));
          focusAfterRender(group.key);
        }}
      >
        Ajouter un groupe
      </Button>
    </>
  );
}
