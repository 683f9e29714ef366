// Node-only: turn a folder of articles (.txt with the title on the first line, or .html/.htm)
// into pack sources, with the same engine as the extension. Used by scripts/build-pack.mjs and by
// the test that keeps assets/packs/demo.jsonl in step with assets/packs/demo/.
//
// A .txt article may carry its publication date on the line after the title (after an optional
// blank line), alone or as a dateline: `12 August 2024`, `12 August 2024 — KYIV ...`, `2024-08-12`.
// That date is passed to the engine (to resolve relative dates) and stored as meta.published.

import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { analyze } from '../analyze';
import { datelineDate } from '../extract/dates';
import { readArticle } from '../cli/read-input';
import type { Gazetteer } from '../gazetteer/index';
import type { SourceMeta } from '../model';
import type { PackSource } from './format';

/** The date at the start of the first non-blank line after the title, as YYYY-MM-DD (a dateline). */
export function leadDate(text: string): string | undefined {
  return datelineDate(text);
}

export interface BuildOptions {
  /** Pack name, used in ids (`pack:NAME/file`) and provenance. */
  name: string;
  gazetteer: Gazetteer;
  /** Site name stored as meta.outlet (the demo's articles are written for the project). */
  outlet?: string;
  /** Keep the analysed text in the pack (default true). */
  includeText?: boolean;
}

export async function buildPackFromDir(dir: string, options: BuildOptions): Promise<PackSource[]> {
  const files = (await readdir(dir)).filter((f) => /\.(txt|html?)$/i.test(f)).sort();
  const out: PackSource[] = [];
  for (const file of files) {
    const article = await readArticle(join(dir, file));
    const date = article.date ?? (article.format === 'text' ? leadDate(article.text) : undefined);
    const analysis = analyze({ text: article.text, date }, { gazetteer: options.gazetteer });
    const doc = `${options.name}/${file}`;
    const meta: SourceMeta = { id: `pack:${doc}`, doc };
    if (article.url) meta.url = article.url;
    const outlet = article.outlet ?? options.outlet;
    if (outlet) meta.outlet = outlet;
    if (article.title) meta.title = article.title;
    if (date) meta.published = date;
    meta.language = article.language ?? 'en';
    const source: PackSource = { v: 1, meta, analysis, provenance: { kind: 'pack', pack: options.name } };
    if (options.includeText !== false) source.text = article.text;
    out.push(source);
  }
  return out;
}
