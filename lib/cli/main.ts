// The `crosscheck` command line: the same engine as the extension, over files.
//
//   crosscheck analyze FILES... [--json] [--date YYYY-MM-DD]
//   crosscheck ingest  FILES... --library PATH
//   crosscheck link    FILES... --library PATH [--json]
//
// Exit codes: 0 all files analysed, 1 some input could not be read (the rest are still
// analysed and printed), 2 bad usage.

import { analyze } from '../analyze';
import type { Analysis } from '../model';
import { InputError, readArticle } from './read-input';
import { loadGazetteer } from './load-gazetteer';

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

export const USAGE = `Usage:
  crosscheck analyze FILES... [--json] [--date YYYY-MM-DD]
      Find military units, places and numeric claims in articles (.txt with the title on the
      first line, or .html/.htm, optionally .gz). --json prints one object per file.
  crosscheck ingest FILES... --library PATH
      Add analysed articles to a library file (created when missing).
  crosscheck link FILES... --library PATH [--json]
      For each claim of FILES, list the claims of other sources that corroborate, conflict
      with, update or relate to it.
  crosscheck --help | --version
`;

export class UsageError extends Error {}

export interface AnalyzeOptions {
  files: string[];
  json: boolean;
  date?: string;
}

export function parseAnalyzeArgs(args: string[]): AnalyzeOptions {
  const opts: AnalyzeOptions = { files: [], json: false };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--json') opts.json = true;
    else if (a === '--date' || a.startsWith('--date=')) {
      const v = a === '--date' ? args[++i] : a.slice('--date='.length);
      if (!v || !/^\d{4}-\d{2}-\d{2}$/.test(v) || Number.isNaN(Date.parse(v)))
        throw new UsageError(`--date needs a date like 2025-03-14 (got ${v === undefined ? 'nothing' : JSON.stringify(v)})`);
      opts.date = v;
    } else if (a === '--') {
      opts.files.push(...args.slice(i + 1));
      break;
    } else if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option ${a}`);
    else opts.files.push(a);
  }
  if (!opts.files.length) throw new UsageError('analyze needs at least one file');
  return opts;
}

export interface FileResult extends Analysis {
  file: string;
  title: string;
  date?: string;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function formatSummary(r: FileResult): string {
  const lines: string[] = [];
  const verdict = r.warCoverage.isWarCoverage ? 'war coverage' : 'not war coverage';
  lines.push(`${r.file} — ${r.title || '(untitled)'}`);
  lines.push(`  ${verdict} (score ${r.warCoverage.score.toFixed(2)})${r.warCoverage.reasons.length ? ': ' + r.warCoverage.reasons.slice(0, 3).join('; ') : ''}`);
  lines.push(`  ${plural(r.units.length, 'unit')}${r.units.length ? ': ' + r.units.map((u) => u.name + (u.side ? ` [${u.side}]` : '')).join(', ') : ''}`);
  lines.push(`  ${plural(r.places.length, 'place')}${r.places.length ? ': ' + r.places.map((p) => `${p.name} (${p.lat.toFixed(2)}, ${p.lon.toFixed(2)})`).join(', ') : ''}`);
  lines.push(`  ${plural(r.claims.length, 'claim')}`);
  for (const c of r.claims) {
    const value =
      c.low !== null && c.high !== null && c.low !== c.high
        ? `${fmt(c.low)}–${fmt(c.high)}`
        : c.value !== null
          ? fmt(c.value)
          : c.low !== null
            ? `≥ ${fmt(c.low)}`
            : c.high !== null
              ? `≤ ${fmt(c.high)}`
              : '?';
    const extra = [c.measure ?? c.category, c.side, c.where, c.when, c.attribution && `per ${c.attribution}`].filter(Boolean).join(' · ');
    lines.push(`    "${c.text}" → ${value} ${c.unit}${extra ? ' · ' + extra : ''}`);
  }
  return lines.join('\n');
}

const fmt = (n: number) => (Math.abs(n) >= 1000 ? Math.round(n).toLocaleString('en-US') : String(Math.round(n * 100) / 100));

export async function runAnalyze(args: string[], io: Io): Promise<number> {
  const opts = parseAnalyzeArgs(args);
  const gazetteer = loadGazetteer();
  const results: FileResult[] = [];
  let failed = 0;
  for (const file of opts.files) {
    try {
      const article = await readArticle(file);
      const date = opts.date ?? article.date;
      const analysis = analyze(
        { text: article.text, date },
        { gazetteer, onError: (stage, e) => io.stderr(`crosscheck: ${file}: ${stage} extractor failed: ${(e as Error)?.message ?? e}\n`) },
      );
      const result: FileResult = { file, title: article.title, ...(date ? { date } : {}), ...analysis };
      results.push(result);
      if (!opts.json) io.stdout(formatSummary(result) + '\n\n');
    } catch (error) {
      failed++;
      io.stderr(`crosscheck: ${error instanceof InputError ? error.message : `${file}: ${(error as Error)?.message ?? error}`}\n`);
    }
  }
  if (opts.json) {
    const out = results.map(({ file, warCoverage, units, places, claims }) => ({ file, warCoverage, units, places, claims }));
    io.stdout(JSON.stringify(out, null, 2) + '\n');
  }
  return failed ? 1 : 0;
}

export async function main(argv: string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'analyze':
        return await runAnalyze(rest, io);
      case 'ingest': {
        const { runIngest } = await import('./ingest');
        return await runIngest(rest, io);
      }
      case 'link': {
        const { runLink } = await import('./link');
        return await runLink(rest, io);
      }
      case '--version':
      case '-V':
        io.stdout('crosscheck 0.1.0\n');
        return 0;
      case undefined:
      case '--help':
      case '-h':
      case 'help':
        io.stdout(USAGE);
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`unknown command ${JSON.stringify(command)}`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`crosscheck: ${error.message}\n\n${USAGE}`);
      return 2;
    }
    throw error;
  }
}
