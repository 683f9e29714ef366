// The hand-written word scanner must find exactly the words the Unicode regular expressions it
// replaces would find (units and places tokenizers), on prose and on arbitrary strings.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wordSpans } from '../../../lib/text/scan';

const UNIT_RE = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;
const PLACE_RE = /[\p{L}\p{M}\p{N}]+(?:['\u2019\u02bc`\-\u2011][\p{L}\p{M}\p{N}]+)*/gu;
const unitJoiner = (c: number): boolean => c === 39 || c === 0x2019 || c === 46 || c === 45;
const placeJoiner = (c: number): boolean => c === 39 || c === 0x2019 || c === 0x2bc || c === 96 || c === 45 || c === 0x2011;

const byRegex = (text: string, re: RegExp): number[] => [...text.matchAll(re)].flatMap((m) => [m.index, m.index + m[0].length]);
const words = (text: string, spans: number[]): string[] => {
  const out: string[] = [];
  for (let i = 0; i < spans.length; i += 2) out.push(text.slice(spans[i], spans[i + 1]));
  return out;
};

describe('wordSpans', () => {
  const cases: Array<[string, string[], string[]]> = [
    ['the 81st Airmobile Brigade’s drones', ['the', '81st', 'Airmobile', 'Brigade’s', 'drones'], ['the', '81st', 'Airmobile', 'Brigade’s', 'drones']],
    ['U.S. troops near al-Qassam', ['U.S', 'troops', 'near', 'al-Qassam'], ['U', 'S', 'troops', 'near', 'al-Qassam']],
    ['Sudža, Kupʼjansk and Дніпро', ['Sudža', 'Kupʼjansk', 'and', 'Дніпро'], ['Sudža', 'Kupʼjansk', 'and', 'Дніпро']],
    ['Suda\u0308 ×3 ÷ 4² 𝐀b', ['Suda', '3', '4²', '𝐀b'], ['Suda\u0308', '3', '4²', '𝐀b']],
    ['end-- -start `q` Ras`Tanura x\u2011y', ['end', 'start', 'q', 'Ras', 'Tanura', 'x', 'y'], ['end', 'start', 'q', 'Ras`Tanura', 'x\u2011y']],
  ];
  it.each(cases)('%s', (text, unitWords, placeWords) => {
    expect(words(text, wordSpans(text, false, unitJoiner))).toEqual(unitWords);
    expect(words(text, wordSpans(text, true, placeJoiner))).toEqual(placeWords);
  });

  it('matches the regular expressions on any string', () => {
    const alphabet = fc.constantFrom('a', 'Z', '7', ' ', '.', '-', "'", '’', '`', 'ʼ', '\u2011', 'é', 'Д', '\u0301', '²', '—', '𝐀', '\ud835', '\u00d7', ',', '\n');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 60 }).map((a) => a.join('')), (text) => {
        expect(wordSpans(text, false, unitJoiner)).toEqual(byRegex(text, UNIT_RE));
        expect(wordSpans(text, true, placeJoiner)).toEqual(byRegex(text, PLACE_RE));
      }),
      { numRuns: 2000 },
    );
  });
});
