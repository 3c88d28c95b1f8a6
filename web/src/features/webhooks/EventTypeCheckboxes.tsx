import { WEBHOOK_EVENT_INFO, WEBHOOK_EVENT_TYPES, type WebhookEventType } from '@maillage/shared/api';
import { CheckboxGroup } from '../../ui/CheckboxGroup';

interface EventTypeCheckboxesProps {
  value: readonly string[];
  onChange: (types: WebhookEventType[]) => void;
  error?: string | undefined;
  /** The inputs' `name`, and `data-field` for the ErrorSummary's link. */
  name?: string;
}

const OPTIONS = WEBHOOK_EVENT_TYPES.map((type) => ({
  value: type,
  label: WEBHOOK_EVENT_INFO[type].label,
  hint: <code>{type}</code>,
}));

/** The event types an address may receive, each with its name on the wire. */
export function EventTypeCheckboxes({ value, onChange, error, name = 'eventTypes' }: EventTypeCheckboxesProps) {
  return (
    <CheckboxGroup
      legend="Événements envoyés à cette adresse"
      hint="Au moins un. Seuls les événements sur des objets que ce compte de service peut lire lui sont envoyés."
      options={OPTIONS}
      selected={value.filter((v): v is WebhookEventType => (WEBHOOK_EVENT_TYPES as readonly string[]).includes(v))}
      onChange={onChange}
      error={error}
      name={name}
    />
  );
}

/** The French label of an event type (its name on the wire when this version does not know it). */
export const eventLabel = (type: string) => WEBHOOK_EVENT_INFO[type as WebhookEventType]?.label ?? type;
