import { describe, expect, it } from 'vitest';
import { describeEvent, type NameLookup } from './timeline';

const names: NameLookup = {
  organisation: (id) => (id === 'o1' ? 'Mission Locale de Bourges' : 'une organisation partenaire'),
  platform: () => 'une autre plateforme',
};
const meetingId = '0b7c6f1e-3d2a-4c5b-9e8f-1a2b3c4d5e6f';

describe('describeEvent: a cotech’s decision', () => {
  it('says « à revoir » and links to the meeting', () => {
    expect(describeEvent('cotech_decision', { meetingId, decision: 'REVOIR' }, names)).toEqual({
      what: 'Décision du comité technique : à revoir au prochain cotech.',
      details: [],
      link: { to: `/instances/${meetingId}`, label: 'Voir la réunion du comité technique' },
    });
  });

  it('names the other decisions and keeps the comment', () => {
    const { what, details } = describeEvent(
      'cotech_decision',
      { meetingId, decision: 'AFFECTER', comment: 'Suivi renforcé' },
      names,
    );
    expect(what).toBe('Décision du comité technique : affecter à un partenaire.');
    expect(details).toEqual(['Commentaire : Suivi renforcé']);
  });

  it('links nowhere without a meeting id that is one', () => {
    expect(describeEvent('cotech_decision', { decision: 'CLORE' }, names).link).toBeUndefined();
    expect(describeEvent('cotech_decision', { meetingId: '../admin', decision: 'CLORE' }, names).link).toBeUndefined();
  });

  it('leaves the other events without a link', () => {
    const assigned = describeEvent('assign', { organisationId: 'o1' }, names);
    expect(assigned).toEqual({ what: 'Affecté à Mission Locale de Bourges.', details: [] });
  });
});

describe('describeEvent: a solution', () => {
  const data = { type: 'APPRENTISSAGE', startDate: '2026-09-01', organisationId: 'o1', offerId: 'f1' };
  it('names the catalogue offer the page knows', () => {
    const offer = (id: unknown) => (id === 'f1' ? 'CFA du BTP' : null);
    expect(describeEvent('solution', data, { ...names, offer })).toMatchObject({
      what: 'Solution enregistrée : apprentissage, à partir du 1 septembre 2026 (Mission Locale de Bourges).',
      details: ['Solution du catalogue : CFA du BTP'],
    });
  });

  it('names none it does not know', () => {
    expect(describeEvent('solution', data, names).details).toEqual([]);
  });
});
