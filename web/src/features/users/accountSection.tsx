import type { ReactNode } from 'react';
import { fr } from '@codegouvfr/react-dsfr';
import { splitErrors } from '../../app/formErrors';
import type { Role } from '../../gql/graphql';
import { SaveErrorBanner } from '../../ui/SaveErrorBanner';
import { ORGANISATION_KIND_LABELS } from '../identity/labels';

/* What every section of an account's page (AdminUserPage) shares: the account read, the section's frame, the stale-version banner. */

export const CONFLICT_MESSAGE =
  "Ce compte a été modifié entre-temps par quelqu'un d'autre. Rechargez-le pour repartir de sa dernière version : vos saisies non enregistrées seront perdues.";

export interface UserData {
  id: string;
  email: string;
  displayName: string;
  active: boolean;
  failedLoginCount?: number | null;
  lastFailedLoginAt?: string | null;
  lastLoginAt?: string | null;
  createdAt: string;
  version: number;
  memberships: {
    id: string;
    roles: Role[];
    version: number;
    organisation: { id: string; name: string; kind: keyof typeof ORGANISATION_KIND_LABELS; active: boolean };
  }[];
}

export interface SectionProps {
  user: UserData;
  /** The signed-in administrator is looking at their own account (some actions are refused then). */
  self: boolean;
  /** Re-reads the user; resolves once the new data is in. */
  reload: () => Promise<unknown>;
  /** Announces a success in the page's status region. */
  announce: (message: string) => void;
}

/** A stale version only: the DSFR alert with « Recharger » (the other errors go to the ErrorSummary). */
export function StaleBanner({ error, onReload }: { error: unknown; onReload: () => void }) {
  const split = splitErrors(error, []);
  return (
    <SaveErrorBanner
      conflict={split.conflict}
      conflictMessage={CONFLICT_MESSAGE}
      reloadLabel="Recharger le compte"
      onReload={onReload}
      reloading={false}
    />
  );
}

export function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="card">
      <h2 id={id} className={fr.cx('fr-h4')}>
        {title}
      </h2>
      {children}
    </section>
  );
}
