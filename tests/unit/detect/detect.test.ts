// War-coverage detection: war reports from many wars and styles score high; sports, business,
// history, films and games, disasters, policing and defence-industry news score low; the
// reasons say which cues fired.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectWarCoverage } from '../../../lib/extract/detect';

const here = new URL('.', import.meta.url).pathname;
const FIXTURE_DIRS = [join(here, '../../fixtures/units'), join(here, '../../fixtures/detect')];
const SEEDS = join(here, '../../../../shared/corpus/seeds');
const NEWS = join(here, '../../../../shared/corpus/news-pages');

function labelled(dir: string): Array<{ name: string; text: string; war: boolean }> {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => {
      const gold = JSON.parse(readFileSync(join(dir, f.replace(/\.txt$/, '.gold.json')), 'utf8'));
      return { name: f, text: readFileSync(join(dir, f), 'utf8'), war: gold.warCoverage };
    })
    .filter((d) => typeof d.war === 'boolean');
}

describe('labelled fixtures of our own writing (other wars, hard negatives)', () => {
  const docs = FIXTURE_DIRS.flatMap(labelled);
  it('has both kinds', () => {
    expect(docs.filter((d) => d.war).length).toBeGreaterThanOrEqual(10);
    expect(docs.filter((d) => !d.war).length).toBeGreaterThanOrEqual(10);
  });
  it.each(docs.map((d) => [d.name, d] as const))('%s', (_n, d) => {
    const r = detectWarCoverage(d.text);
    expect(r.isWarCoverage).toBe(d.war);
  });
});

const seeds = labelled(SEEDS);
describe.skipIf(seeds.length === 0)('shared seed articles are war coverage', () => {
  it.each(seeds.map((d) => [d.name, d] as const))('%s', (_n, d) => {
    expect(detectWarCoverage(d.text).isWarCoverage).toBe(d.war);
  });
});

describe('short texts', () => {
  const cases: Array<[string, boolean]> = [
    ['Russian forces shelled Kherson overnight, killing two civilians, the regional governor said. Ukrainian troops repelled 14 assaults near Pokrovsk.', true],
    ['Russia launched 120 missiles and 90 drones at energy facilities overnight in a massive Russian attack on the power grid, the energy minister said.', true],
    ['RSF fighters stormed the camp near El Fasher; the army said its artillery struck their positions and 40 civilians were killed.', true],
    ['Houthi forces fired anti-ship missiles at a tanker in the Red Sea; a US destroyer intercepted both, the Pentagon said.', true],
    ['The price war between the two airlines is a battle for the title of cheapest carrier; shares fell 3% as investors worried about margins.', false],
    ['The striker killed it again: two goals, and an army of fans sang through the match as the league leaders stayed top of the table.', false],
    ['Veterans laid wreaths at the memorial on the 80th anniversary of the Battle of Kursk, where Soviet and German tank armies clashed in 1943.', false],
    ['A magnitude 7.1 earthquake killed at least 120 people; soldiers and rescuers searched the rubble as aftershocks shook the region.', false],
    ['Shares in the defence contractor rose after it won a $2bn contract to supply missiles and ammunition; investors cheered record revenue.', false],
    ['The new war film stars a famous actor as a sniper; the director shot the battle scenes in long takes, and it arrives on Netflix in May.', false],
    // a strategy game names no real party or place: its divisions and enemy soldiers are pieces
    ['The new strategy title lets you command an army group of 40 divisions on a hex map; a good pincer can encircle 100,000 enemy soldiers and the campaign lasts 30 hours. Out now for $29.99.', false],
    // a report that names nobody but is full of fighting is still read as war coverage
    ['Enemy artillery pounded the trenches all night and drones struck two supply trucks; three soldiers were killed and eight wounded in the assault, the battalion commander said.', true],
  ];
  it.each(cases)('%s', (text, war) => {
    expect(detectWarCoverage(text).isWarCoverage).toBe(war);
  });
});

describe('reasons a person can read', () => {
  it('name the cues that fired, with examples from the text', () => {
    const r = detectWarCoverage(
      'A large Russian force attacked the positions of the 81st Airmobile Brigade. 159 Russians were killed or wounded, and Ukrainian artillery and drones destroyed the assault column.',
      { units: 1 },
    );
    expect(r.isWarCoverage).toBe(true);
    const all = r.reasons.join(' | ');
    expect(all).toMatch(/casualty count: 159 Russians were killed or wounded/);
    expect(all).toMatch(/military units named: 81st Airmobile Brigade/);
    expect(all).toMatch(/weapons in use: .*drones/);
    expect(all).toMatch(/fighting and forces: .*artillery/);
  });
  it('name the units the caller already found, with the same verdict as finding them itself', () => {
    const text = 'Russian troops attacked the positions of the 81st Airmobile Brigade near Siversk; artillery and drones struck the assault column, and the brigade repelled the attack.';
    const own = detectWarCoverage(text, { units: 1 });
    expect(detectWarCoverage(text, { units: 1, unitNames: ['81st Airmobile Brigade'] })).toEqual(own);
    // the names given are the names shown (the detector does not look for units itself)
    const given = detectWarCoverage(text, { units: 1, unitNames: ['3rd Assault Brigade'] });
    expect(given.reasons.join(' | ')).toMatch(/military units named: 3rd Assault Brigade/);
    expect(given.score).toBe(own.score);
  });
  it('name the topic that outweighs war words on a negative page', () => {
    const r = detectWarCoverage('Supermarkets escalate their price war: shares fell as investors feared lower profits, and revenue growth slowed in the quarter.');
    expect(r.isWarCoverage).toBe(false);
    expect(r.reasons.join(' | ')).toMatch(/war words used as metaphor: price war/);
    expect(r.reasons.join(' | ')).toMatch(/business vocabulary/);
  });
  it('say so when there is nothing', () => {
    const r = detectWarCoverage('');
    expect(r).toEqual({ isWarCoverage: false, score: expect.any(Number), reasons: expect.any(Array) });
    expect(r.score).toBeLessThan(0.1);
  });
});

describe('hints from the extractors', () => {
  it('named units raise the score of a page with war words', () => {
    const text = 'Troops of the brigade held their positions under shelling near the river for a third day.';
    expect(detectWarCoverage(text, { units: 3 }).score).toBeGreaterThan(detectWarCoverage(text).score);
  });
  it('do not turn a page without war words into war coverage', () => {
    const text = 'The bakery on the corner sells bread, cakes and coffee from seven in the morning.';
    expect(detectWarCoverage(text, { units: 5, places: 10, claims: 10 }).isWarCoverage).toBe(false);
  });
});

// Real pages from 2019 (mostly not war coverage); read at test time, skipped when absent.
const WAR_PAGES = /taliban-prisoners|al-tanf-rukban|helicopter-crash/;
const pages: Array<{ url: string; body: string; hash: string }> = existsSync(join(NEWS, 'ground-truth.json'))
  ? Object.entries<{ url?: string; articleBody: string }>(JSON.parse(readFileSync(join(NEWS, 'ground-truth.json'), 'utf8'))).map(([hash, v]) => ({
      url: v.url ?? hash,
      body: v.articleBody ?? '',
      hash,
    }))
  : [];
const stripHtml = (html: string) =>
  html
    .replace(/<(script|style|noscript|template)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;|&#160;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&#?\w+;/g, ' ');

describe.skipIf(pages.length === 0)('news pages (false-positive check)', () => {
  it('flags the war pages and nothing else in the article text', () => {
    const flagged = pages.filter((p) => detectWarCoverage(p.body).isWarCoverage).map((p) => p.url);
    const expected = pages.filter((p) => WAR_PAGES.test(p.url)).map((p) => p.url);
    expect(flagged.sort()).toEqual(expected.sort());
  });
  it('flags no non-war page from its raw HTML stripped of tags', () => {
    const falsePositives: string[] = [];
    for (const p of pages) {
      if (WAR_PAGES.test(p.url)) continue;
      const f = join(NEWS, 'html', `${p.hash}.html.gz`);
      if (!existsSync(f)) continue;
      const text = stripHtml(gunzipSync(readFileSync(f)).toString('utf8'));
      if (detectWarCoverage(text).isWarCoverage) falsePositives.push(p.url);
    }
    expect(falsePositives).toEqual([]);
  });
});

describe('robustness', () => {
  it('never throws, scores in [0, 1], verdict agrees with the score, deterministic', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 300 }), fc.array(fc.constantFrom('war', 'price', 'killed', '159', 'Russians', 'it', 'battle', 'for', 'the', 'troops', ',', '78', '000', 'soldiers', 'of', 'words', 'army', 'fans', 'Gaza'), { maxLength: 80 }).map((a) => a.join(' '))), (text) => {
        const r = detectWarCoverage(text);
        expect(r.score).toBeGreaterThanOrEqual(0);
        expect(r.score).toBeLessThanOrEqual(1);
        expect(r.isWarCoverage).toBe(r.score >= 0.5);
        expect(r.reasons.length).toBeGreaterThan(0);
        expect(detectWarCoverage(text)).toEqual(r);
      }),
      { numRuns: 300 },
    );
  });
  it('finishes on adversarial input', () => {
    for (const s of ['A'.repeat(100_000), '9'.repeat(100_000), '1,'.repeat(50_000), 'war '.repeat(25_000), 'price war '.repeat(10_000)]) {
      expect(typeof detectWarCoverage(s).score).toBe('number');
    }
  });
  it('accepts non-string input', () => {
    expect(detectWarCoverage(undefined as unknown as string).isWarCoverage).toBe(false);
  });
});
