import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { gqlRequest } from '../../app/graphql';
import { graphql } from '../../gql';
import { hasRole } from '../../app/me';
import type { OrientationCiosQuery, Role } from '../../gql/graphql';
import { SelectField } from '../../ui/Field';

const OrientationCiosDocument = graphql(`
  query OrientationCios {
    orientationCios {
      id
      name
      canDirect
      people {
        id
        displayName
        roles
      }
    }
  }
`);

export type OrientationCio = OrientationCiosQuery['orientationCios'][number];

const STAFF_ROLES: readonly Role[] = ['PSYEN', 'CIO_DIRECTOR', 'IEN_IO'];

/** A CIO's staff (its PsyEn and direction team), as opposed to the heads of its networks' schools. */
export const isOrientationStaff = (roles: readonly Role[] | undefined) => STAFF_ROLES.some((r) => hasRole(roles, r));

/** The CIOs the user works in or with (issue 18): every orientation page starts from one of them. */
export function useOrientationCios() {
  return useQuery({ queryKey: ['orientationCios'], queryFn: () => gqlRequest(OrientationCiosDocument) });
}

/**
 * The CIO a page shows: the user's only one, or the one chosen in the list (an IEN-IO pilots every CIO
 * of the département). Returns the choice and the field to render when there is a choice to make.
 */
export function useChosenCio(cios: readonly OrientationCio[] | undefined) {
  const [chosenId, setChosenId] = useState<string | null>(null);
  const cio = cios?.find((c) => c.id === chosenId) ?? cios?.[0] ?? null;
  const picker =
    cios && cios.length > 1 ? (
      <SelectField label="CIO" value={cio?.id ?? ''} onValueChange={setChosenId}>
        {cios.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </SelectField>
    ) : null;
  return { cio, picker };
}
