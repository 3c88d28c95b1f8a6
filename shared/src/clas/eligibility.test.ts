import { describe, expect, it } from 'vitest';
import { defaultClasConfig } from './config.js';
import { evaluateEligibility, type EligibilityInput, type RuleResult } from './eligibility.js';
import type { ClasRule, RuleOutcome } from './enums.js';

const config = defaultClasConfig('2026-2027');

type Group = EligibilityInput['groups'][number];
const adult = (training: 'FAITE' | 'PREVUE' | 'AUCUNE' = 'FAITE') => ({
  label: 'Animatrice',
  kind: 'SALARIE' as const,
  training,
});

/** A group that passes every rule: 10 children, 2 adults, Tuesday and Thursday after school, the whole year. */
const goodGroup = (over: Partial<Group> = {}): Group => ({
  label: 'CM1-CM2',
  childrenCount: 10,
  accompagnateurs: [adult(), adult('PREVUE')],
  sessions: [
    { day: 'MARDI', start: '16:45', durationMinutes: 90 },
    { day: 'JEUDI', start: '16:45', durationMinutes: 90 },
  ],
  startDate: '2026-09-21',
  endDate: '2027-06-18',
  longestBreakWeeks: 2,
  ...over,
});

/** A project that passes every rule. */
const goodProject = (over: Partial<EligibilityInput> = {}, group: Partial<Group> = {}): EligibilityInput => ({
  diagnostic: 'Beaucoup d’enfants du quartier sans appui à la maison.',
  charterSigned: true,
  inDepartmentalFramework: true,
  activityKinds: ['AIDE_AUX_DEVOIRS', 'LECTURE_ECRITURE'],
  localPartners: ['Médiathèque'],
  schools: [{ name: 'École Jean-Moulin', uai: null, contactName: 'La directrice' }],
  parentActions: [
    { title: 'Café des parents', period: null },
    { title: 'Sortie en famille', period: null },
  ],
  concertationActions: [{ title: 'Bilan de trimestre', period: null }],
  groups: [goodGroup(group)],
  ...over,
});

const resultOf = (p: EligibilityInput, rule: ClasRule): RuleResult => {
  const found = evaluateEligibility(p, config).results.find((r) => r.rule === rule);
  if (!found) throw new Error(`no result for ${rule}`);
  return found;
};
const outcome = (p: EligibilityInput, rule: ClasRule): RuleOutcome => resultOf(p, rule).outcome;

describe('CLAS eligibility (docs/domain.md §3, default configuration)', () => {
  it('passes a complete project on every rule', () => {
    const e = evaluateEligibility(goodProject(), config);
    expect(e.results.filter((r) => r.outcome !== 'PASS')).toEqual([]);
    expect(e).toMatchObject({ eligible: true, failures: 0, warnings: 0 });
    // 8 project rules and 6 per group.
    expect(e.results).toHaveLength(8 + 6);
  });

  it.each<[number, RuleOutcome]>([
    [0, 'FAIL'],
    [4, 'FAIL'],
    [5, 'PASS'],
    [15, 'PASS'],
    [16, 'FAIL'],
  ])('group size: %i children → %s', (children, expected) => {
    // Enough adults that the adult rule never interferes.
    const accompagnateurs = Array.from({ length: 4 }, () => adult());
    expect(outcome(goodProject({}, { childrenCount: children, accompagnateurs }), 'GROUP_SIZE')).toBe(expected);
  });

  it.each<[number, number, RuleOutcome]>([
    [5, 1, 'PASS'],
    [6, 1, 'WARNING'],
    [7, 1, 'WARNING'],
    [8, 1, 'FAIL'],
    [14, 1, 'FAIL'],
    [14, 2, 'WARNING'],
    [15, 3, 'PASS'],
    [10, 0, 'FAIL'],
  ])('adults: %i children for %i accompagnateurs → %s', (children, adults, expected) => {
    const accompagnateurs = Array.from({ length: adults }, () => adult());
    expect(outcome(goodProject({}, { childrenCount: children, accompagnateurs }), 'ADULTS')).toBe(expected);
  });

  it('explains the adult rule with the value found, the threshold and a reason', () => {
    const r = resultOf(goodProject({}, { childrenCount: 14, accompagnateurs: [adult()] }), 'ADULTS');
    expect(r).toMatchObject({
      outcome: 'FAIL',
      groupIndex: 0,
      groupLabel: 'CM1-CM2',
      value: '14 enfants pour 1 accompagnateur (14 par adulte)',
      threshold: '7 enfants par accompagnateur au plus (référence : 5)',
    });
    expect(r.message).toMatch(/Plus de 7 enfants par accompagnateur/);
  });

  it.each<[number, RuleOutcome]>([
    [0, 'FAIL'],
    [1, 'WARNING'],
    [2, 'PASS'],
    [3, 'PASS'],
  ])('frequency: %i weekly sessions → %s', (n, expected) => {
    const sessions = Array.from({ length: n }, (_, i) => ({
      day: (['LUNDI', 'MARDI', 'JEUDI'] as const)[i]!,
      start: '17:00',
      durationMinutes: 60,
    }));
    expect(outcome(goodProject({}, { sessions }), 'FREQUENCY')).toBe(expected);
  });

  it.each<[string | null, string | null, number, RuleOutcome]>([
    ['2026-10-15', '2027-05-31', 0, 'PASS'], // exactly on both limits
    ['2026-10-16', '2027-06-30', 0, 'FAIL'], // starts the day after mid-October
    ['2026-09-01', '2027-05-30', 0, 'FAIL'], // ends the day before the end of May
    ['2026-09-01', '2027-06-30', 2, 'PASS'], // a break as long as school holidays
    ['2026-09-01', '2027-06-30', 3, 'WARNING'], // a break longer than school holidays
    [null, '2027-06-30', 0, 'FAIL'],
    ['2026-09-01', null, 0, 'FAIL'],
  ])('continuity: from %s to %s, longest break %i weeks → %s', (startDate, endDate, longestBreakWeeks, expected) => {
    expect(outcome(goodProject({}, { startDate, endDate, longestBreakWeeks }), 'CONTINUITY')).toBe(expected);
  });

  it('continuity follows the configured limits, not fixed dates', () => {
    const later = { ...config, latestStartDate: '2026-11-01' };
    const p = goodProject({}, { startDate: '2026-10-20' });
    expect(evaluateEligibility(p, config).results.find((r) => r.rule === 'CONTINUITY')!.outcome).toBe('FAIL');
    expect(evaluateEligibility(p, later).results.find((r) => r.rule === 'CONTINUITY')!.outcome).toBe('PASS');
  });

  it.each<[string, string, number, RuleOutcome]>([
    ['MARDI', '16:30', 60, 'PASS'], // starts when class ends
    ['MARDI', '16:00', 60, 'FAIL'], // overlaps the last half hour of class
    ['MARDI', '07:30', 60, 'PASS'], // ends when class starts
    ['MARDI', '07:30', 61, 'FAIL'],
    ['MERCREDI', '12:00', 120, 'PASS'], // Wednesday afternoon is out of school time
    ['MERCREDI', '11:00', 90, 'FAIL'],
    ['SAMEDI', '10:00', 120, 'PASS'],
  ])("children's activity: %s %s for %i min → %s", (day, start, durationMinutes, expected) => {
    const sessions = [
      { day: day as 'MARDI', start, durationMinutes },
      { day: 'JEUDI' as const, start: '17:00', durationMinutes: 60 },
    ];
    expect(outcome(goodProject({}, { sessions }), 'CHILDREN_ACTIVITY')).toBe(expected);
  });

  it.each<[number, RuleOutcome]>([
    [0, 'FAIL'],
    [1, 'WARNING'],
    [2, 'PASS'],
  ])('parent axis: %i parent actions → %s', (n, expected) => {
    const parentActions = Array.from({ length: n }, (_, i) => ({ title: `Action ${i}`, period: null }));
    expect(outcome(goodProject({ parentActions }), 'PARENT_AXIS')).toBe(expected);
  });

  it.each<[string, Partial<EligibilityInput>, RuleOutcome]>([
    ['no concertation action', { concertationActions: [] }, 'FAIL'],
    ['no school at all', { schools: [] }, 'FAIL'],
    ['no named school contact', { schools: [{ name: 'École Jean-Moulin', uai: null, contactName: null }] }, 'WARNING'],
    [
      'a blank contact is no contact',
      { schools: [{ name: 'École Jean-Moulin', uai: null, contactName: '  ' }] },
      'WARNING',
    ],
  ])('school concertation: %s → %s', (_, over, expected) => {
    expect(outcome(goodProject(over), 'SCHOOL_CONCERTATION')).toBe(expected);
  });

  it.each<[string, Partial<EligibilityInput>, ClasRule, RuleOutcome]>([
    ['no local partner', { localPartners: [] }, 'LOCAL_ACTORS', 'WARNING'],
    ['homework help only', { activityKinds: ['AIDE_AUX_DEVOIRS'] }, 'CONTENT', 'FAIL'],
    ['no activity at all', { activityKinds: [] }, 'CONTENT', 'FAIL'],
    ['one activity beyond homework help', { activityKinds: ['CULTUREL'] }, 'CONTENT', 'PASS'],
    ['outside the departmental framework', { inDepartmentalFramework: false }, 'PARTNERSHIP', 'FAIL'],
    ['a blank diagnostic', { diagnostic: '   ' }, 'DIAGNOSTIC', 'FAIL'],
    ['charter not signed', { charterSigned: false }, 'CHARTER', 'FAIL'],
    ['no group', { groups: [] }, 'GROUPS', 'FAIL'],
  ])('%s → %s %s', (_, over, rule, expected) => {
    expect(outcome(goodProject(over), rule)).toBe(expected);
  });

  it.each<['FAITE' | 'PREVUE' | 'AUCUNE', RuleOutcome]>([
    ['FAITE', 'PASS'],
    ['PREVUE', 'PASS'],
    ['AUCUNE', 'WARNING'],
  ])('training: an accompagnateur with training %s → %s', (training, expected) => {
    expect(outcome(goodProject({}, { accompagnateurs: [adult(), adult(training)] }), 'TRAINING')).toBe(expected);
  });

  it('is eligible with warnings, not with a failure', () => {
    const warned = evaluateEligibility(goodProject({ localPartners: [] }), config);
    expect(warned).toMatchObject({ eligible: true, failures: 0, warnings: 1 });
    const failed = evaluateEligibility(goodProject({ charterSigned: false }), config);
    expect(failed).toMatchObject({ eligible: false, failures: 1 });
  });

  it('checks each group on its own and says which one fails', () => {
    const p = goodProject({ groups: [goodGroup(), goodGroup({ label: 'Collège', childrenCount: 3 })] });
    const failing = evaluateEligibility(p, config).results.filter((r) => r.outcome === 'FAIL');
    expect(failing.map((r) => [r.rule, r.groupIndex, r.groupLabel])).toEqual([['GROUP_SIZE', 1, 'Collège']]);
  });

  it('uses the configured thresholds (a CAF asking 8 to 12 children with 2 adults)', () => {
    const strict = { ...config, minChildren: 8, maxChildren: 12 };
    const p = goodProject({}, { childrenCount: 13, accompagnateurs: [adult(), adult(), adult()] });
    expect(evaluateEligibility(p, config).results.find((r) => r.rule === 'GROUP_SIZE')!.outcome).toBe('PASS');
    expect(evaluateEligibility(p, strict).results.find((r) => r.rule === 'GROUP_SIZE')).toMatchObject({
      outcome: 'FAIL',
      threshold: 'de 8 à 12 enfants',
    });
  });
});
