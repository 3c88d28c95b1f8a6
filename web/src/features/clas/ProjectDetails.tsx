import type { ReactNode } from 'react';
import {
  ACCOMPAGNATEUR_KIND_LABELS,
  CLAS_ACTIVITY_KIND_LABELS,
  SCHOOL_LEVEL_LABELS,
  TRAINING_STATUS_LABELS,
  WEEKDAY_LABELS,
} from '@maillage/shared';
import { formatCount, formatDay, formatDuration, formatEuros, formatTime } from './format';
import type { ClasProjectData } from './projectQueries';

function Item({ term, children }: { term: string; children: ReactNode }) {
  return (
    <>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </>
  );
}

const or = (v: string | null | undefined, none = '—') => (v && v.trim() ? v : none);
const yesNo = (v: boolean) => (v ? 'Oui' : 'Non');

function PlannedList({ items, none }: { items: readonly { title: string; period: string | null }[]; none: string }) {
  if (!items.length) return <>{none}</>;
  return (
    <ul className="compact-list">
      {items.map((a, i) => (
        <li key={i}>
          {a.title}
          {a.period ? ` (${a.period})` : ''}
        </li>
      ))}
    </ul>
  );
}

/** The declaration of a project, read-only (the holder's view once deposited, the officer's evidence). */
export function ProjectDetails({ project, headingLevel = 2 }: { project: ClasProjectData; headingLevel?: 2 | 3 }) {
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const Hg = headingLevel === 2 ? 'h3' : 'h4';
  return (
    <div>
      <section aria-labelledby="clas-titre-projet" className="clas-block">
        <H className="fr-h4" id="clas-titre-projet">
          Le projet
        </H>
        <dl className="description-list">
          <Item term="Structure porteuse">{project.organisation.name}</Item>
          <Item term="Année scolaire">{project.schoolYear}</Item>
          <Item term="Diagnostic des besoins">
            <span className="clas-text">{or(project.diagnostic, 'Non rédigé')}</span>
          </Item>
          <Item term="Charte nationale signée">{yesNo(project.charterSigned)}</Item>
          <Item term="Inscrit dans le cadre partenarial départemental">{yesNo(project.inDepartmentalFramework)}</Item>
          <Item term="Activités proposées">
            {project.activityKinds.length
              ? project.activityKinds.map((k) => CLAS_ACTIVITY_KIND_LABELS[k]).join(', ')
              : 'Aucune'}
          </Item>
        </dl>
      </section>

      <section aria-labelledby="clas-titre-partenariats" className="clas-block">
        <H className="fr-h4" id="clas-titre-partenariats">
          Partenariats
        </H>
        <dl className="description-list">
          <Item term="Organisation de la concertation avec les enseignants">
            <span className="clas-text">{or(project.concertationDescription, 'Non décrite')}</span>
          </Item>
          <Item term="Établissements scolaires partenaires">
            {project.schools.length ? (
              <ul className="compact-list">
                {project.schools.map((s, i) => (
                  <li key={i}>
                    {s.name}
                    {s.uai ? ` (UAI ${s.uai})` : ''}
                    {s.contactName ? ` — contact : ${s.contactName}` : ' — aucun contact nommé'}
                  </li>
                ))}
              </ul>
            ) : (
              'Aucun'
            )}
          </Item>
          <Item term="Actions de concertation avec l'école">
            <PlannedList items={project.concertationActions} none="Aucune" />
          </Item>
          <Item term="Actions avec et pour les parents">
            <PlannedList items={project.parentActions} none="Aucune" />
          </Item>
          <Item term="Partenaires locaux">
            {project.localPartners.length ? project.localPartners.join(', ') : 'Aucun'}
          </Item>
        </dl>
      </section>

      <section aria-labelledby="clas-titre-groupes">
        <H className="fr-h4" id="clas-titre-groupes">
          Groupes d'enfants
        </H>
        {project.groups.length === 0 ? <p>Aucun groupe.</p> : null}
        <div className="detail-grid">
          {project.groups.map((g, i) => (
            <section key={g.id} className="clas-block" aria-labelledby={`clas-groupe-${g.id}`}>
              <Hg className="fr-h6" id={`clas-groupe-${g.id}`}>
                Groupe {i + 1} : {g.label}
              </Hg>
              <dl className="description-list">
                <Item term="Niveau">{SCHOOL_LEVEL_LABELS[g.level]}</Item>
                <Item term="Enfants inscrits">{formatCount(g.childrenCount)}</Item>
                <Item term="Lieu">{or(g.place)}</Item>
                <Item term="Période">
                  du {formatDay(g.startDate)} au {formatDay(g.endDate)}
                  {g.longestBreakWeeks
                    ? `, plus longue interruption : ${g.longestBreakWeeks} semaine${g.longestBreakWeeks > 1 ? 's' : ''}`
                    : ''}
                </Item>
                <Item term="Accompagnateurs">
                  {g.accompagnateurs.length ? (
                    <ul className="compact-list">
                      {g.accompagnateurs.map((a, j) => (
                        <li key={j}>
                          {a.label} — {ACCOMPAGNATEUR_KIND_LABELS[a.kind]},{' '}
                          {TRAINING_STATUS_LABELS[a.training].toLowerCase()}
                        </li>
                      ))}
                    </ul>
                  ) : (
                    'Aucun'
                  )}
                </Item>
                <Item term="Séances hebdomadaires">
                  {g.sessions.length ? (
                    <ul className="compact-list">
                      {g.sessions.map((s, j) => (
                        <li key={j}>
                          {WEEKDAY_LABELS[s.day]} à {formatTime(s.start)}, {formatDuration(s.durationMinutes)}
                        </li>
                      ))}
                    </ul>
                  ) : (
                    'Aucune'
                  )}
                </Item>
                <Item term="Coût éligible">{formatEuros(g.eligibleCostCents)}</Item>
                <Item term="Autres financements">{formatEuros(g.otherFundingCents)}</Item>
                <Item term="Prestation estimée">{formatEuros(g.fundingEstimateCents)}</Item>
              </dl>
            </section>
          ))}
        </div>
      </section>
    </div>
  );
}
