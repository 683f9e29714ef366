// Who stands behind a figure when the sentence holding it names no one: the same article's
// attributed statement of that figure, or the original a copy or translation was made from.
// Two reports that only repeat one claimant are not independent of each other (guide §4).
import { describe, expect, it } from 'vitest';
import type { Claim } from '../../../lib/model';
import { claimantOf, linkPage } from '../../../lib/claims/linker';
import { fingerprint } from '../../../lib/claims/fingerprint';
import type { SourceRecord } from '../../../lib/claims/record';
import { MemoryLibrary } from '../../../lib/store/library';
import { testClaim } from '../helpers/claim';

const claim = testClaim;

const source = (id: string, claims: Claim[], text: string, extra: Partial<SourceRecord> = {}): SourceRecord => ({
  id,
  doc: id,
  claims,
  units: [],
  places: [{ name: 'Pokrovsk', admin: 'Donetsk Oblast', country: 'UA' }],
  fingerprint: fingerprint(text),
  ...extra,
});

const body = (n: string) =>
  `Russian forces pressed their assault on the eastern town for another week as artillery duels continued along the approaches. ${n} Local officials described repeated drone attacks on the railway station and the evacuation of the last families from the northern districts, while reinforcements arrived from the south.`;

describe('claimantOf', () => {
  const headline = claim('4,500 Russian troops', 4500);
  const quoted = claim('around 4,500 Russian soldiers', 4500, { approx: 'about', low: 4050, high: 4950, attribution: 'General Staff' });
  const other = claim('1,200 Russian soldiers', 1200);
  const tanks = claim('4,500 tanks', 4500, { unit: 'tank', category: 'equipment', measure: undefined, attribution: 'Oryx' });
  const r = source('a', [headline, quoted, other, tanks], body(''));

  it('takes the attribution of the same figure stated elsewhere in the article', () => {
    expect(claimantOf(r, headline)).toBe('General Staff');
    expect(claimantOf(r, quoted)).toBe('General Staff');
  });

  it('leaves a figure nobody in the article claims, and another quantity, unattributed', () => {
    expect(claimantOf(r, other)).toBeUndefined();
    expect(claimantOf(source('b', [headline, tanks], body('')), headline)).toBeUndefined();
  });
});

describe('independence of reports that repeat one claimant', () => {
  it('a headline figure repeating the General Staff counts as the General Staff', async () => {
    const lib = new MemoryLibrary();
    await lib.put(source('kyiv', [claim('4,500 Russian soldiers', 4500, { attribution: "Kyiv's military command", when: '2024-11' })], 'A different text about the front entirely, written on its own from other reporting and interviews.'));
    const page = source('rewrite', [claim('4,500 Russian troops', 4500, { when: '2024-11' }), claim('around 4,500 Russian soldiers', 4500, { approx: 'about', low: 4050, high: 4950, attribution: 'General Staff', when: '2024-11' })], body('A rewrite.'));
    const links = await linkPage(page, lib);
    expect(links[0].relations.map((x) => [x.relation, x.independent])).toEqual([['corroborates', false]]);
    expect(links[0].relations[0].reason).toMatch(/both per Kyiv's military command/);
    expect([links[0].independentSources, links[0].reports]).toEqual([0, 1]); // a report, but not independent corroboration
  });

  it('a translation that lost `said the ministry` repeats its original’s claimant; an unrelated unattributed report does not', async () => {
    const lib = new MemoryLibrary();
    const area = (text: string, v: number, extra: Partial<Claim> = {}) => claim(text, v, { unit: 'km2', category: 'territory', measure: undefined, where: 'Donetsk Oblast', when: '2025-03-10', ...extra });
    await lib.put(source('original', [area('1,500 square kilometres', 1500, { attribution: 'Moscow' })], body('Moscow said Russian units held 1,500 square kilometres.')));
    await lib.put(source('translation', [area('1 500 square kilometres', 1500)], body('The Russian units held 1 500 square kilometres, said its ministry of defence.')));
    await lib.put(source('elsewhere', [area('1,500 square kilometres', 1500)], 'An analysis from satellite images of the whole region, with maps drawn by the institute over the winter months.'));
    const page = source('november', [area('600 square kilometres', 600, { attribution: 'Russian Defence Ministry', when: '2024-11-20' })], 'The Russian Defence Ministry said in November its troops took 600 square kilometres of the region, a report from the capital.');
    const byDoc = Object.fromEntries((await linkPage(page, lib))[0].relations.map((x) => [x.b.doc, [x.relation, x.independent]]));
    expect(byDoc).toEqual({ original: ['updates', false], translation: ['updates', false], elsewhere: ['updates', true] });
  });
});
