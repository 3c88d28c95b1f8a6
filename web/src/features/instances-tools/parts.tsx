import { fr } from '@codegouvfr/react-dsfr';
import { Breadcrumb } from '@codegouvfr/react-dsfr/Breadcrumb';
import type { ReactNode } from 'react';
import { NavLink } from 'react-router-dom';
import { errorMessage } from '../../app/graphql';
import { hasRole, useMe } from '../../app/me';
import { ListCount, ListView, type ListQuery } from '../../ui/ListView';
import { PAGE_SIZES, type useNumberedPages } from '../../ui/usePagedList';
import { useActivePlatform } from '../platforms/activePlatform';
import '../../ui/styles/tools.css';

const TOOLS = [
  { to: '/instances/catalogue', label: 'Catalogue des solutions' },
  { to: '/instances/actions', label: 'Actions de la plateforme' },
  { to: '/instances/veille', label: 'Veille documentaire' },
] as const;

/** The links between the shared tools, under the « Réunions et instances » area. */
export function ToolsLinks() {
  return (
    <nav aria-label="Outils partagés de la plateforme" className={fr.cx('fr-mb-3w')}>
      <ul className={fr.cx('fr-btns-group', 'fr-btns-group--inline-md', 'fr-btns-group--sm')}>
        {TOOLS.map((t) => (
          <li key={t.to}>
            <NavLink
              to={t.to}
              className={({ isActive }) => fr.cx('fr-btn', isActive ? undefined : 'fr-btn--secondary')}
              end
            >
              {t.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** The page's frame: breadcrumb under « Réunions et instances », title, lead, the tools' links. */
export function ToolPage({ title, lead, children }: { title: string; lead: ReactNode; children: ReactNode }) {
  return (
    <div className="page tools-page">
      <Breadcrumb
        currentPageLabel={title}
        homeLinkProps={{ to: '/' }}
        segments={[{ label: 'Réunions et instances', linkProps: { to: '/instances' } }]}
        className={fr.cx('fr-mt-0', 'fr-mb-2w')}
      />
      <h1>{title}</h1>
      <p className={fr.cx('fr-text--lead')}>{lead}</p>
      <ToolsLinks />
      {children}
    </div>
  );
}

/**
 * A tool's list: the form being filled above it (if any), a failed removal's message, then the list a
 * page at a time with its count (`countText` once the first page is in).
 */
export function ToolList({
  form,
  removeError,
  query,
  countText,
  stale,
  paginationLabel,
  pagination,
  children,
}: {
  form: ReactNode;
  removeError: unknown;
  query: ListQuery;
  countText: string | undefined;
  stale: boolean;
  paginationLabel: string;
  pagination: ReturnType<typeof useNumberedPages>['pagination'];
  children: ReactNode;
}) {
  return (
    <>
      {form}
      {removeError ? (
        <p className={fr.cx('fr-error-text')} role="alert">
          {errorMessage(removeError)}
        </p>
      ) : null}
      <ListView
        query={query}
        count={<ListCount text={countText} stale={stale} />}
        pagination={{ label: paginationLabel, ...pagination, pageSizes: PAGE_SIZES }}
      >
        {children}
      </ListView>
    </>
  );
}

/** Who writes (a referent, on the active platform) and which platform's items to show. */
export function useToolsScope() {
  const me = useMe();
  const active = useActivePlatform();
  const isReferent = hasRole(me.data?.roles, 'PSAD_REFERENT');
  return {
    isReferent,
    platform: isReferent ? active.platform : null,
    /** Referents see their active platform's; partners every platform they work with. */
    platformId: isReferent ? (active.platform?.id ?? null) : null,
    isPending: active.isPending,
  };
}

const DAY = new Intl.DateTimeFormat('fr-FR', { timeZone: 'UTC', dateStyle: 'short' });
/** yyyy-mm-dd as jj/mm/aaaa. */
export const frenchDay = (iso: string | null | undefined) => (iso ? DAY.format(new Date(`${iso}T00:00:00Z`)) : '');
