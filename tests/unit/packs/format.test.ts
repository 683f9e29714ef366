import { describe, expect, it } from 'vitest';
import { packSummary, parsePack, parsePackLine, serializePack, type PackSource } from '../../../lib/packs/format';

const text = 'Kupiansk: a dozen tanks lost\n\nRussian units lost 12 tanks near Kupiansk.';
const good: PackSource = {
  v: 1,
  meta: { id: 'pack:t/a.txt', doc: 't/a.txt', title: 'Kupiansk: a dozen tanks lost', published: '2024-11-04' },
  analysis: {
    warCoverage: { isWarCoverage: true, score: 0.8, reasons: ['x'] },
    units: [],
    places: [{ name: 'Kupiansk', lat: 49.71, lon: 37.62, country: 'UA', mentions: [] }],
    claims: [{ text: '12 tanks', start: text.indexOf('12 tanks'), end: text.indexOf('12 tanks') + 8, value: 12, low: 12, high: 12, approx: 'exact', unit: 'tank', canonicalValue: 12, category: 'equipment', side: 'ru', where: 'Kupiansk' }],
  },
  text,
  provenance: { kind: 'pack', pack: 't' },
};
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests break the shape on purpose
const line = (patch: (o: Record<string, any>) => void) => {
  const o = JSON.parse(JSON.stringify(good));
  patch(o);
  return JSON.stringify(o);
};

describe('pack lines', () => {
  it('round-trips a source', () => {
    const parsed = parsePack(serializePack([good]));
    expect(parsed).toEqual({ sources: [good], errors: [] });
    expect(packSummary(parsed)).toEqual({ sources: 1, claims: 1, warCoverage: 1, errors: 0 });
  });

  it.each([
    ['not JSON', '{"v":1,', /^not valid JSON/],
    ['an array', '[1]', /^not a JSON object$/],
    ['a future version', line((o) => (o.v = 2)), /version 2 is not supported/],
    ['no meta', line((o) => delete o.meta), /"meta" is missing/],
    ['no id', line((o) => (o.meta.id = '')), /"meta.id"/],
    ['a bad date', line((o) => (o.meta.published = 'last week')), /ISO date/],
    ['no claims list', line((o) => delete o.analysis.claims), /units, places and claims/],
    ['a place without coordinates', line((o) => delete o.analysis.places[0].lat), /place 0 lacks/],
    ['a claim whose offsets miss the text', line((o) => (o.analysis.claims[0].start += 1)), /claim 0 \("12 tanks"\) does not match the text/],
    ['a claim with a string value', line((o) => (o.analysis.claims[0].value = '12')), /non-numeric value/],
  ])('%s is refused with a reason', (_name, input, message) => {
    const r = parsePackLine(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(message);
  });

  it('a pack with bad lines keeps the good ones and names the bad ones by line number', () => {
    const second = line((o) => {
      o.meta.id = 'pack:t/b.txt';
      o.meta.doc = 't/b.txt';
    });
    const content = `\ufeff${serializePack([good]).trim()}\r\n\n{oops}\n${second}\n${serializePack([good]).trim()}\n`;
    const r = parsePack(content);
    expect(r.sources.map((s) => s.meta.id)).toEqual(['pack:t/a.txt', 'pack:t/b.txt']);
    expect(r.errors).toEqual([
      { line: 3, message: expect.stringMatching(/^not valid JSON/) },
      { line: 5, message: 'duplicate source id pack:t/a.txt' },
    ]);
  });

  it('a source without text is accepted (offsets cannot be checked then)', () => {
    const r = parsePackLine(line((o) => delete o.text));
    expect(r.ok && r.source.text).toBeUndefined();
  });
});
