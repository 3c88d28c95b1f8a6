import { describe, expect, it } from 'vitest';
import { meetingWhen, meetingWhenShort, parisDay, parisParts, parisToIso, parseTime, splitCommunes } from './format';

describe('parseTime', () => {
  it.each([
    ['14:30', '14:30'],
    ['14h30', '14:30'],
    ['14h', '14:00'],
    ['9:05', '09:05'],
    [' 08 : 00 ', '08:00'],
    ['23.59', '23:59'],
  ])('reads %s as %s', (text, time) => expect(parseTime(text)).toBe(time));

  it.each(['', '24:00', '14:60', 'midi', '1430'])('refuses %s', (text) => expect(parseTime(text)).toBeNull());
});

describe('parisToIso', () => {
  it('reads winter and summer wall-clock times in Paris', () => {
    expect(parisToIso('2026-12-15', '14:00')).toBe('2026-12-15T13:00:00.000Z');
    expect(parisToIso('2026-06-15', '14:00')).toBe('2026-06-15T12:00:00.000Z');
  });

  it('holds on the days the clocks change', () => {
    expect(parisToIso('2026-03-29', '10:00')).toBe('2026-03-29T08:00:00.000Z');
    expect(parisToIso('2026-10-25', '10:00')).toBe('2026-10-25T09:00:00.000Z');
  });

  it('round-trips through parisParts', () => {
    const iso = parisToIso('2026-11-03', '09:30')!;
    expect(parisParts(iso)).toEqual({ day: '2026-11-03', time: '09:30' });
  });

  it('refuses what is not a day and a time', () => {
    expect(parisToIso('15/12/2026', '14:00')).toBeUndefined();
    expect(parisToIso('2026-12-15', '14h')).toBeUndefined();
  });
});

describe('meeting dates in words', () => {
  it('says the day and both times', () => {
    expect(meetingWhen('2026-12-15T13:00:00.000Z', '2026-12-15T15:00:00.000Z')).toBe(
      'Mardi 15 décembre 2026, de 14:00 à 16:00',
    );
    expect(meetingWhenShort('2026-12-15T13:00:00.000Z', '2026-12-15T15:00:00.000Z')).toBe(
      'mar. 15/12/2026, 14:00–16:00',
    );
  });

  it('names the end day when it is another one', () => {
    expect(meetingWhen('2026-12-15T13:00:00.000Z', '2026-12-16T15:00:00.000Z')).toBe(
      'Du mardi 15 décembre 2026 à 14:00 au mercredi 16 décembre 2026 à 16:00',
    );
  });

  it('gives the Paris day of a late evening in UTC', () => {
    expect(parisDay('2026-12-15T23:30:00.000Z')).toBe('16/12/2026');
  });
});

describe('splitCommunes', () => {
  it('splits on commas and semicolons, drops blanks and repeats', () => {
    expect(splitCommunes('Bourges, Vierzon; ; bourges ,Mehun-sur-Yèvre')).toEqual([
      'Bourges',
      'Vierzon',
      'Mehun-sur-Yèvre',
    ]);
    expect(splitCommunes('  ')).toEqual([]);
  });
});
