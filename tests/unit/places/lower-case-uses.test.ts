import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { extractPlaces, lowerCaseUses } from '../../../lib/extract/places';
import { loadGazetteer } from '../../../lib/cli/load-gazetteer';

// A capitalised one-word name that the same text also writes in lower case is a common word
// there ("Front" ... "the front"), not a place. The place pass answers the first few words it
// asks about with a text search and the later ones with a word set; both must give one answer.
describe('a word written in lower case, by text search and by word set alike', () => {
  const cases: [string, string, string, boolean][] = [
    // [what, text, word asked, written in lower case]
    ['a whole word', 'Front Street is quiet; the front moved east.', 'front', true],
    ['the first part of a compound', 'Front Street is quiet; front-line units moved east.', 'front', true],
    ['the last part of a compound', 'Russian media cheered; pro-russian groups rallied.', 'russian', true],
    ['a middle part of a compound', 'Post offices closed in the pre-post-war town.', 'post', true],
    ['a part after a non-breaking hyphen', 'Front Street is quiet; front\u2011line units moved.', 'front', true],
    ['a part of a capitalised compound', 'Post offices reopened in Pre-post towns.', 'post', true],
    ['a possessive', "Front Street is quiet; the front's north end moved.", 'front', true],
    ['a whole compound in lower case', 'Front-Line Radio said front-line units moved.', 'front-line', true],
    ['only the capitalised spelling', 'Front Street is quiet; Front-Line Radio agreed.', 'front', false],
    ['inside a longer word', 'Front Street is quiet; the frontier moved east.', 'front', false],
    ['two parts are not one part', 'Pre-war stock of pre-post-war goods.', 'pre-post', false],
    ['next to a digit', 'Front Street is quiet; see front2 in the index.', 'front', false],
  ];
  it.each(cases)('%s', (_what, text, word, expected) => {
    expect(lowerCaseUses(text).has(word)).toBe(expected); // first word asked: text search
    expect(lowerCaseUses(text, 0).has(word)).toBe(expected); // the word set
  });

  it('answers a word the same however many words were asked before it', () => {
    const text = 'Front Street is quiet; front-line units and pro-russian groups moved east.';
    const others = ['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', 'golf', 'hotel', 'india'];
    for (const word of ['front', 'russian', 'line', 'street', 'east']) {
      const early = lowerCaseUses(text).has(word);
      const late = lowerCaseUses(text);
      for (const o of others) late.has(o);
      expect(late.has(word)).toBe(early);
    }
  });
});

describe('the text search and the word set agree on any text', () => {
  const pieces = ['front', 'Front', 'line', 'post', 'Post', 'pro', '-', '\u2011', "'s", '’s', ' ', ' ', '\u00a0', '.', '5', 'é', 'x', 'al-', 'Al-', 'İ'];
  const words = ['front', 'line', 'post', 'pro', 'front-line', 'pro-front', 'x', 'al', 'é', 'fronté'];
  it('for every word asked', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        for (const w of words) expect(lowerCaseUses(text).has(w)).toBe(lowerCaseUses(text, 0).has(w));
      }),
      { numRuns: 400 },
    );
  });
});

describe('a small place whose name the text uses in a compound', () => {
  const g = loadGazetteer();
  // small towns (each asked about in turn) before the name, or none
  const towns = 'Reporters drove through Siversk, Toretsk, Kurakhove, Sudzha, Vuhledar, Lyman, Avdiivka, Kupiansk, Orikhiv and Huliaipole. ';
  it.each([
    ['with no other town', ''],
    ['after ten other towns', towns],
  ])('is a common word %s', (_what, before) => {
    const text = `${before}Troops reached Druzhba on Monday. Old druzhba-era slogans were painted over.`;
    expect(extractPlaces(text, g).some((p) => p.mentions.some((m) => m.text === 'Druzhba'))).toBe(false);
  });
});
