import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { main } from '../../../lib/cli/main';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cx-link-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function capture() {
  const out = { stdout: '', stderr: '' };
  return { out, io: { stdout: (s: string) => void (out.stdout += s), stderr: (s: string) => void (out.stderr += s) } };
}

interface GoldPair {
  a: { doc: string; surface: string };
  b: { doc: string; surface: string };
  relation: string;
  independent: boolean;
}
interface Pred {
  a: { doc: string; text: string; start: number; end: number };
  b: { doc: string; text: string; start: number; end: number };
  relation: string;
  independent: boolean;
  reason: string;
}

const stem = (d: string) => basename(d).replace(/\.txt$/, '');
const samePair = (p: Pred, g: GoldPair) => {
  const x = [`${stem(p.a.doc)}|${p.a.text}`, `${stem(p.b.doc)}|${p.b.text}`].sort().join('~');
  const y = [`${g.a.doc}|${g.a.surface}`, `${g.b.doc}|${g.b.surface}`].sort().join('~');
  return x === y;
};

async function linkCluster(corpus: string) {
  const files = readdirSync(corpus).filter((f) => f.endsWith('.txt')).sort().map((f) => join(corpus, f));
  const library = join(dir, `${basename(corpus)}-${Date.now()}.jsonl`);
  const ing = capture();
  expect(await main(['ingest', ...files, '--library', library], ing.io)).toBe(0);
  const lk = capture();
  expect(await main(['link', ...files, '--library', library, '--json'], lk.io)).toBe(0);
  const gold = JSON.parse(readFileSync(join(corpus, 'links.gold.json'), 'utf8')) as GoldPair[];
  return { pred: (JSON.parse(lk.out.stdout) as { relations: Pred[] }).relations, gold };
}

function tally(pred: Pred[], gold: GoldPair[]) {
  const scored = ['corroborates', 'conflicts', 'updates'];
  const wrong = pred.filter((p) => scored.includes(p.relation) && !gold.some((g) => samePair(p, g) && g.relation === p.relation));
  const found = gold.filter((g) => scored.includes(g.relation) && pred.some((p) => samePair(p, g) && p.relation === g.relation));
  const flags = gold.map((g) => pred.find((p) => samePair(p, g) && p.relation === g.relation)).filter(Boolean) as Pred[];
  const flagRight = gold.filter((g) => {
    const p = pred.find((q) => samePair(q, g) && q.relation === g.relation);
    return p && p.independent === g.independent;
  }).length;
  return { wrong, found: found.length, total: gold.filter((g) => scored.includes(g.relation)).length, flagRight, flagTotal: flags.length };
}

describe('crosscheck link on the own fixture cluster (tests/fixtures/link)', () => {
  const corpus = resolve('tests/fixtures/link');
  it('prints relations in the agreed JSON shape, each pair once, with reasons', async () => {
    const { pred } = await linkCluster(corpus);
    expect(pred.length).toBeGreaterThan(0);
    for (const p of pred) {
      expect(Object.keys(p).sort()).toEqual(['a', 'b', 'independent', 'reason', 'relation']);
      expect(Object.keys(p.a).sort()).toEqual(['doc', 'end', 'start', 'text']);
      expect(p.a.doc).not.toBe(p.b.doc);
      expect(p.reason.length).toBeGreaterThan(10);
      const text = readFileSync(p.b.doc, 'utf8');
      expect(text.slice(p.b.start, p.b.end)).toBe(p.b.text);
    }
    const keys = pred.map((p) => [`${p.a.doc}:${p.a.start}`, `${p.b.doc}:${p.b.start}`].sort().join('|'));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('finds the conflict, the unit conversions and the timeline without wrong relations', async () => {
    const { pred, gold } = await linkCluster(corpus);
    const t = tally(pred, gold);
    expect(t.wrong.map((w) => `${w.relation}: ${w.a.text} ~ ${w.b.text}`)).toEqual([]);
    expect(pred.some((p) => p.relation === 'conflicts' && /1,200/.test(p.a.text + p.b.text))).toBe(true);
    expect(pred.some((p) => p.relation === 'corroborates' && /230 square miles/.test(p.a.text + p.b.text) && /590 square kilometres/.test(p.a.text + p.b.text))).toBe(true);
    expect(t.found / t.total).toBeGreaterThanOrEqual(0.7);
    expect(t.flagRight / t.flagTotal).toBeGreaterThanOrEqual(0.85);
  });
});

const seeds = resolve('../shared/corpus/seeds');
describe.skipIf(!existsSync(join(seeds, 'links.gold.json')))('crosscheck link on the development seeds (../shared)', () => {
  it('links the rewrites, the translation and the km²/sq mi figures as the gold file does', async () => {
    const { pred, gold } = await linkCluster(seeds);
    const t = tally(pred, gold);
    expect(t.wrong.map((w) => `${w.relation}: ${w.a.text} ~ ${w.b.text}`)).toEqual([]);
    expect(t.found / t.total).toBeGreaterThanOrEqual(0.85);
    expect(t.flagRight / t.flagTotal).toBeGreaterThanOrEqual(0.9);
  });
});

describe.skipIf(!existsSync(join(seeds, 'links.gold.json')))('two campaigns in one library', () => {
  it('links nothing across the Kursk seeds and the Pokrovsk fixture except loosely related claims', async () => {
    const files = [seeds, resolve('tests/fixtures/link')].flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.txt')).sort().map((f) => join(d, f)));
    const library = join(dir, 'both.jsonl');
    await main(['ingest', ...files, '--library', library], capture().io);
    const lk = capture();
    expect(await main(['link', ...files, '--library', library, '--json'], lk.io)).toBe(0);
    const rels = (JSON.parse(lk.out.stdout) as { relations: Pred[] }).relations;
    const cluster = (d: string) => (d.includes('fixtures/link') ? 'fixture' : 'seeds');
    const across = rels.filter((r) => cluster(r.a.doc) !== cluster(r.b.doc) && r.relation !== 'related');
    expect(across.map((r) => `${r.relation}: ${r.a.text} ~ ${r.b.text}`)).toEqual([]);
  });
});

describe('crosscheck ingest', () => {
  const article = (title: string, body: string) => `${title}\n\n${body}\n`;
  it('ingests good files, reports bad ones and exits 1; a revisit updates instead of duplicating', async () => {
    const a = join(dir, 'a.txt');
    const bad = join(dir, 'missing.txt');
    writeFileSync(a, article('Russian losses near Pokrovsk', 'Russian forces have lost about 4,500 soldiers killed near Pokrovsk, the General Staff said on November 20, 2024.'));
    const library = join(dir, 'lib.jsonl');
    const first = capture();
    expect(await main(['ingest', a, bad, '--library', library], first.io)).toBe(1);
    expect(first.out.stderr).toContain('missing.txt: no such file');
    expect(first.out.stdout).toMatch(/1 added, 0 updated, 1 failed; 1 sources/);
    writeFileSync(a, article('Russian losses near Pokrovsk', 'Russian forces have lost about 4,600 soldiers killed near Pokrovsk, the General Staff said on November 21, 2024.'));
    const again = capture();
    expect(await main(['ingest', a, '--library', library], again.io)).toBe(0);
    expect(again.out.stdout).toMatch(/0 added, 1 updated; 1 sources/);
    const lines = readFileSync(library, 'utf8').trim().split('\n');
    expect(lines).toHaveLength(2); // header + one source
    expect(lines[1]).toContain('4,600');
    expect(lines[1]).not.toContain('General Staff said on November 21'); // no full text kept
  });

  it('keeps a library line it cannot read instead of dropping it', async () => {
    const library = join(dir, 'damaged.jsonl');
    writeFileSync(library, '{"crosscheck":"library","schema":2}\n{"id": broken\n');
    const a = join(dir, 'b.txt');
    writeFileSync(a, article('Strike on Kupiansk', 'At least 12 drones struck Kupiansk overnight, officials said.'));
    const run = capture();
    expect(await main(['ingest', a, '--library', library], run.io)).toBe(1);
    expect(run.out.stderr).toMatch(/damaged\.jsonl:2: skipped a bad line: not valid JSON/);
    expect(readFileSync(`${library}.rejected.jsonl`, 'utf8')).toContain('{"id": broken');
  });

  it('needs --library', async () => {
    const run = capture();
    expect(await main(['ingest', 'x.txt'], run.io)).toBe(2);
    expect(run.out.stderr).toContain('ingest needs --library PATH');
  });

  it('prints a readable report without --json', async () => {
    const x = join(dir, 'x.txt');
    const y = join(dir, 'y.txt');
    writeFileSync(x, article('Territory', 'The Russian Defence Ministry said on November 20, 2024 that its troops had captured 600 square kilometres of Donetsk Oblast since August.'));
    writeFileSync(y, article('Territory again', 'Analysts mapping geolocated footage estimate that Russian forces now hold some 230 square miles of Donetsk Oblast seized since the summer, according to an ISW report on November 20, 2024.'));
    const library = join(dir, 'report.jsonl');
    await main(['ingest', x, y, '--library', library], capture().io);
    const run = capture();
    expect(await main(['link', x, '--library', library], run.io)).toBe(0);
    expect(run.out.stdout).toContain('"600 square kilometres" — 1 independent source (1 report)');
    expect(run.out.stdout).toMatch(/corroborates\s+.*y\.txt: "some 230 square miles"/);
  });
});
