import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../../lib/cli/main';
import { readArticle } from '../../../lib/cli/read-input';

let dir: string;
const ARTICLE = `Drone strikes hit Kupiansk overnight
Ukrainian officials said at least 12 drones struck the city of Kupiansk in Kharkiv Oblast overnight.
`;
const PAGE = `<!doctype html><html lang="en-GB"><head><title>Shelling near Pokrovsk | Example News</title>
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2025-02-11T08:30:00Z">
<link rel="canonical" href="https://news.example/war/pokrovsk-shelling">
<script>var tracking = "ignore me 9999";</script></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article><h1>Shelling near Pokrovsk</h1>
<p>Russian artillery shelled the outskirts of Pokrovsk on Monday, regional officials said, in an attack that lasted nearly three hours and damaged more than 40 homes.</p>
<p>The regional governor said two civilians were wounded and that emergency crews worked through the night to clear the debris from the main road into the town.</p>
<p>Ukrainian commanders in the area have reported heavier pressure along the whole sector in recent weeks, with assaults by small groups of infantry supported by drones.</p>
</article><footer>Copyright Example News. All rights reserved.</footer></body></html>`;

function capture() {
  const out = { stdout: '', stderr: '' };
  return {
    out,
    io: { stdout: (s: string) => void (out.stdout += s), stderr: (s: string) => void (out.stderr += s) },
  };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'crosscheck-cli-'));
  writeFileSync(join(dir, 'good.txt'), ARTICLE);
  writeFileSync(join(dir, 'page.html'), PAGE);
  writeFileSync(join(dir, 'page.html.gz'), gzipSync(PAGE));
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'blank.txt'), '  \n\n \t\n');
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01, 0x02]));
  writeFileSync(join(dir, 'latin1.txt'), Buffer.from('Kyiv caf\xe9 report on 12 drones\n', 'latin1'));
  mkdirSync(join(dir, 'folder'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('crosscheck analyze', () => {
  it('prints exactly one JSON object per readable file, with the documented fields', async () => {
    const { io, out } = capture();
    const code = await main(['analyze', join(dir, 'good.txt'), join(dir, 'page.html'), '--json'], io);
    expect(code).toBe(0);
    const parsed = JSON.parse(out.stdout);
    expect(parsed).toHaveLength(2);
    expect(parsed[0].file).toBe(join(dir, 'good.txt'));
    for (const r of parsed) {
      expect(Object.keys(r).sort()).toEqual(['claims', 'file', 'places', 'units', 'warCoverage']);
      expect(typeof r.warCoverage.isWarCoverage).toBe('boolean');
      expect(Array.isArray(r.warCoverage.reasons)).toBe(true);
    }
    expect(out.stderr).toBe('');
  });

  it('reports every unreadable input on stderr, still analyses the rest, and exits 1', async () => {
    const { io, out } = capture();
    const bad = ['missing.txt', 'folder', 'empty.txt', 'blank.txt', 'binary.txt', 'latin1.txt'].map((f) => join(dir, f));
    const code = await main(['analyze', ...bad, join(dir, 'good.txt'), '--json'], io);
    expect(code).toBe(1);
    const parsed = JSON.parse(out.stdout);
    expect(parsed.map((r: { file: string }) => r.file)).toEqual([join(dir, 'good.txt')]);
    const lines = out.stderr.trim().split('\n');
    expect(lines).toHaveLength(6);
    expect(out.stderr).toMatch(/missing\.txt: no such file/);
    expect(out.stderr).toMatch(/folder: is a directory/);
    expect(out.stderr).toMatch(/empty\.txt: is empty/);
    expect(out.stderr).toMatch(/blank\.txt: contains only whitespace/);
    expect(out.stderr).toMatch(/binary\.txt: looks like binary data/);
    expect(out.stderr).toMatch(/latin1\.txt: is not valid UTF-8/);
  });

  it('rejects bad options with usage and exit code 2, analysing nothing', async () => {
    for (const argv of [
      ['analyze'],
      ['analyze', join(dir, 'good.txt'), '--date', '11/02/2025'],
      ['analyze', join(dir, 'good.txt'), '--date'],
      ['analyze', join(dir, 'good.txt'), '--colour'],
      ['frobnicate'],
    ]) {
      const { io, out } = capture();
      expect(await main(argv, io)).toBe(2);
      expect(out.stdout).toBe('');
      expect(out.stderr).toMatch(/Usage:/);
    }
  });

  it('prints a readable summary without --json', async () => {
    const { io, out } = capture();
    expect(await main(['analyze', join(dir, 'good.txt')], io)).toBe(0);
    expect(out.stdout).toContain('good.txt — Drone strikes hit Kupiansk overnight');
    expect(out.stdout).toMatch(/war coverage \(score \d\.\d\d\)/);
    expect(out.stdout).toMatch(/\d+ claims?/);
  });
});

describe('readArticle', () => {
  it('keeps a .txt file as it is, with the first line as title, so offsets index the file', async () => {
    const a = await readArticle(join(dir, 'good.txt'));
    expect(a.text).toBe(ARTICLE);
    expect(a.title).toBe('Drone strikes hit Kupiansk overnight');
    expect(a.format).toBe('text');
  });

  it('finds the article text of an HTML page, without navigation, scripts or footer, plus its metadata', async () => {
    for (const f of ['page.html', 'page.html.gz']) {
      const a = await readArticle(join(dir, f));
      expect(a.format).toBe('html');
      expect(a.text).toContain('Russian artillery shelled the outskirts of Pokrovsk on Monday');
      expect(a.text).toContain('assaults by small groups of infantry');
      expect(a.text).not.toContain('ignore me');
      expect(a.text).not.toMatch(/Home|Sport|Copyright/);
      // paragraphs stay separate blocks
      expect(a.text.split('\n\n').length).toBeGreaterThanOrEqual(3);
      expect(a.date).toBe('2025-02-11');
      expect(a.url).toBe('https://news.example/war/pokrovsk-shelling');
      expect(a.outlet).toBe('Example News');
      expect(a.language).toBe('en');
    }
  });
});
