import { useEffect, type RefObject } from 'react';
import { errorMessage, GraphQLRequestError } from './graphql';

export interface SplitErrors {
  /** Messages to show next to the form's own fields, keyed by field name. */
  fields: Record<string, string>;
  /** A message for the whole form (or null). */
  general: string | null;
  conflict: boolean;
}

/**
 * Splits a mutation error into field messages (BAD_USER_INPUT paths the form
 * knows) and one general message (everything else).
 */
export function splitErrors(
  error: unknown,
  knownFields: readonly string[],
  mapPath: (path: string) => string = (path) => path,
): SplitErrors {
  if (!error) return { fields: {}, general: null, conflict: false };
  if (error instanceof GraphQLRequestError) {
    if (error.hasCode('BAD_USER_INPUT')) {
      const all = error.fieldErrors();
      const fields: Record<string, string> = {};
      const others: string[] = [];
      for (const [rawPath, message] of Object.entries(all)) {
        const path = mapPath(rawPath);
        if (knownFields.includes(path)) fields[path] ??= message;
        else others.push(message);
      }
      const general = others.length
        ? others.join(' ')
        : Object.keys(fields).length
          ? null
          : error.message;
      return { fields, general, conflict: false };
    }
    if (error.hasCode('CONFLICT')) return { fields: {}, general: error.message, conflict: true };
  }
  return { fields: {}, general: errorMessage(error), conflict: false };
}

/** After a failed submit, moves focus to the first invalid field of the form. */
export function useFocusFirstInvalid(formRef: RefObject<HTMLFormElement | null>, errors: Record<string, string | undefined>): void {
  const signature = Object.keys(errors)
    .filter((key) => errors[key])
    .join('|');
  useEffect(() => {
    if (!signature) return;
    const invalid = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"], [data-invalid="true"] input');
    invalid?.focus();
  }, [signature, formRef]);
}
