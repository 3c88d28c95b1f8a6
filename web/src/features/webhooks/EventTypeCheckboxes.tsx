import { fr } from '@codegouvfr/react-dsfr';
import { useId } from 'react';
import { WEBHOOK_EVENT_INFO, WEBHOOK_EVENT_TYPES, type WebhookEventType } from '@maillage/shared/api';

interface EventTypeCheckboxesProps {
  value: readonly string[];
  onChange: (types: WebhookEventType[]) => void;
  error?: string | undefined;
  /** The inputs' `name`, and `data-field` for the ErrorSummary's link. */
  name?: string;
}

/** The event types an address may receive, as DSFR checkboxes in a fieldset, each with its name on the wire. */
export function EventTypeCheckboxes({ value, onChange, error, name = 'eventTypes' }: EventTypeCheckboxesProps) {
  const id = useId();
  const legendId = `${id}-legende`;
  const messagesId = `${id}-messages`;
  function toggle(type: WebhookEventType, checked: boolean) {
    const next = checked ? [...value, type] : value.filter((t) => t !== type);
    onChange(WEBHOOK_EVENT_TYPES.filter((t) => next.includes(t)));
  }
  return (
    <fieldset
      className={fr.cx('fr-fieldset', error ? 'fr-fieldset--error' : undefined)}
      aria-labelledby={`${legendId} ${messagesId}`}
      data-invalid={error ? 'true' : undefined}
      data-field={name}
    >
      <legend id={legendId} className={fr.cx('fr-fieldset__legend', 'fr-fieldset__legend--regular')}>
        Événements envoyés à cette adresse
        <span className={fr.cx('fr-hint-text')}>
          Au moins un. Seuls les événements sur des objets que ce compte de service peut lire lui sont envoyés.
        </span>
      </legend>
      {WEBHOOK_EVENT_TYPES.map((type) => (
        <div className={fr.cx('fr-fieldset__element')} key={type}>
          <div className={fr.cx('fr-checkbox-group', 'fr-checkbox-group--sm')}>
            <input
              type="checkbox"
              id={`${id}-${type}`}
              name={name}
              value={type}
              checked={value.includes(type)}
              onChange={(event) => toggle(type, event.target.checked)}
            />
            <label className={fr.cx('fr-label')} htmlFor={`${id}-${type}`}>
              {WEBHOOK_EVENT_INFO[type].label}
              <span className={fr.cx('fr-hint-text')}>
                <code>{type}</code>
              </span>
            </label>
          </div>
        </div>
      ))}
      <div className={fr.cx('fr-messages-group')} id={messagesId} aria-live="assertive">
        {error ? <p className={fr.cx('fr-message', 'fr-message--error')}>{error}</p> : null}
      </div>
    </fieldset>
  );
}

/** The French label of an event type (its name on the wire when this version does not know it). */
export const eventLabel = (type: string) => WEBHOOK_EVENT_INFO[type as WebhookEventType]?.label ?? type;
