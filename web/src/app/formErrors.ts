import { useEffect, type RefObject } from 'react';
import { errorMessage, GraphQLRequestError, type ConflictReason } from './graphql';

export interface SplitErrors {
  /** Messages to show next to the form's own fields, keyed by field name (the server's own words). */
  fields: Record<string, string>;
  /** A message for the whole form (or null): the server's own reason when no known field carries it. */
  general: string | null;
  /**
   * True ONLY for a stale version (CONFLICT with reason STALE_VERSION): someone changed the record
   * since it was read; offer to reload (SaveErrorBanner). Never true for a refused rule.
   */
  conflict: boolean;
  /** The CONFLICT's reason when the error is one (DUPLICATE, TRANSITION_REFUSED, RULE_REFUSED, STALE_VERSION). */
  reason?: ConflictReason;
}

/**
 * Splits a mutation error for a form:
 * - a stale version (CONFLICT/STALE_VERSION): `conflict` true, `general` the server's message;
 * - BAD_USER_INPUT or any other CONFLICT (DUPLICATE, TRANSITION_REFUSED, RULE_REFUSED) whose
 *   `fields` name a field the form knows (after `mapPath`): the server's message at that field;
 * - everything else (no field, a field the form does not show, another code): `general`, with the
 *   server's own message, never a generic one.
 * Show `fields` at the fields and everything in an ErrorSummary next to the submit button.
 */
export function splitErrors(
  error: unknown,
  knownFields: readonly string[],
  mapPath: (path: string) => string = (path) => path,
): SplitErrors {
  if (!error) return { fields: {}, general: null, conflict: false };
  if (error instanceof GraphQLRequestError) {
    const reason = error.conflictReason();
    if (error.isStaleVersion()) return { fields: {}, general: error.message, conflict: true, reason };
    const conflictError = error.hasCode('CONFLICT');
    if (error.hasCode('BAD_USER_INPUT') || conflictError) {
      const fields: Record<string, string> = {};
      const others: string[] = [];
      for (const [rawPath, message] of Object.entries(error.fieldErrors())) {
        const path = mapPath(rawPath);
        if (knownFields.includes(path)) fields[path] ??= message;
        else if (!others.includes(message)) others.push(message);
      }
      // A CONFLICT's whole message is its reason: shown once, at the field or in general.
      const general = Object.keys(fields).length
        ? others.length
          ? others.join(' ')
          : null
        : conflictError || !others.length
          ? error.message
          : others.join(' ');
      return { fields, general, conflict: false, ...(reason ? { reason } : {}) };
    }
  }
  return { fields: {}, general: errorMessage(error), conflict: false };
}

/** After a failed submit, moves focus to the first invalid field of the form. */
export function useFocusFirstInvalid(
  formRef: RefObject<HTMLFormElement | null>,
  errors: Record<string, string | undefined>,
): void {
  const signature = Object.keys(errors)
    .filter((key) => errors[key])
    .join('|');
  useEffect(() => {
    if (!signature) return;
    const invalid = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"], [data-invalid="true"] input');
    invalid?.focus();
  }, [signature, formRef]);
}
