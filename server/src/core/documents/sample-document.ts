import { fileURLToPath } from 'node:url';
import type { Document, TableBlock } from './model.js';

/** Where the tests leave what they rendered, for a person to open (git-ignored). */
export const TEST_OUTPUT = fileURLToPath(new URL('../../../test-output/documents/', import.meta.url));

const SECTORS = ['Ain', 'Ardèche', 'Côte-d’Or', 'Hautes-Alpes', 'Bouches-du-Rhône', 'Corrèze', 'Creuse'];

/** Rows enough for the table to run over three pages; every seventh count is masked. */
export function sectorTable(rows: number): TableBlock {
  return {
    kind: 'table',
    caption: 'Tableau 1 — Élèves accompagnés par secteur',
    columns: ['Secteur', 'Élèves', 'Référents', 'Taux de présence (%)'],
    rows: Array.from({ length: rows }, (_, i) => [
      `${SECTORS[i % SECTORS.length]} — secteur ${i + 1}`,
      i % 7 === 3 ? null : 1000 + i * 37,
      (i * 13) % 50,
      Math.round((62.5 + ((i * 7) % 30)) * 100) / 100,
    ]),
    note: 'Source : Maillage, fiches de suivi. s : effectif inférieur à 5, masqué.',
  };
}

/** A bilan as the instances module would write it: French text, a chart with masked figures, a long table. */
export function sampleBilan(tableRows = 80): Document {
  return {
    title: 'Bilan annuel 2026 « Réussite éducative »',
    subtitle: 'Comité de pilotage — année scolaire 2025-2026',
    issuer: 'Maillage — Plateforme des coordinations éducatives',
    generatedAt: new Date('2026-03-30T12:05:00Z'),
    footerNote: 'Données au 28 février 2026. Secret statistique : les effectifs inférieurs à 5 sont masqués (« s »).',
    blocks: [
      { kind: 'heading', level: 1, text: 'Synthèse' },
      {
        kind: 'paragraph',
        text: 'Les élèves accompagnés ont progressé ; le coût moyen d’un parcours est de 1 234,50 €.\nDeuxième ligne : œuvre, Ça, Être, naïve, « guillemets » et <balises> & esperluette.',
      },
      { kind: 'list', items: ['Ateliers du mercredi', 'Tutorat « grands frères »', 'Accueil des familles'] },
      {
        kind: 'barChart',
        caption: 'Graphique 1 — Élèves accompagnés par département',
        unit: 'Élèves',
        categories: ['Ain', 'Ardèche', 'Côte-d’Or', 'Bouches-du-Rhône'],
        series: [
          { name: '2025', values: [120, 80, null, 1530] },
          { name: '2026', values: [140, null, 45, 1710], masks: [null, '< 5', null, null] },
        ],
        note: 's : secret statistique.',
      },
      { kind: 'heading', level: 2, text: 'Détail par secteur' },
      sectorTable(tableRows),
      { kind: 'pageBreak' },
      { kind: 'heading', level: 1, text: 'Perspectives' },
      { kind: 'heading', level: 3, text: 'Année 2026-2027' },
      { kind: 'paragraph', text: 'Étendre l’accompagnement à deux nouveaux quartiers prioritaires.' },
      { kind: 'pageBreak' },
    ],
  };
}
