// A sports word that heads a place's name (German `Golf` is a gulf) is no sports cue; the sport
// itself still is.
import { describe, expect, it } from 'vitest';
import { detectWarCoverage } from '../../../lib/extract/detect';

const sportsReason = (text: string): string | undefined => detectWarCoverage(text).reasons.find((r) => r.includes('sports vocabulary'));

describe('gulf names are places, not golf', () => {
  it.each([
    'Zwei Frachter wurden im Golf von Aden von Drohnen getroffen.',
    'Die Marine patrouilliert im Golf von Oman vor der Küste.',
    'Ein Tanker geriet im Persischen Golf unter Beschuss.',
    'Mehrere Reedereien meiden den Arabischen Golf seit Wochen.',
    'Le navire a été touché dans le Golfe d’Aden.',
    'Frigates escorted tankers through the Gulf of Oman and into the Gulf.',
  ])('%s', (text) => {
    expect(sportsReason(text)).toBeUndefined();
  });
});

describe('golf the sport still counts', () => {
  it.each([
    'She played a round of golf with the club captain before the tournament.',
    'Golf: the leaders tee off at the Open on Thursday.',
    'Er spielt jeden Sonntag Golf mit seinem Trainer.',
    // an adjective opening the sentence is capitalised as any first word is: no place's name
    'Das Turnier ist vorbei. Britischer Golf boomt seit dem Sieg.',
  ])('%s', (text) => {
    expect(sportsReason(text)).toMatch(/golf/);
  });
});
