// The background of a Chrome MV3 extension is a service worker: no DOM, no DOMParser, no Node
// globals. Bundle the feed parser and the article extractor the way the extension build does
// (esbuild, platform browser) and run them in a bare V8 context that has only what a worker has.
import { build } from 'esbuild';
import vm from 'node:vm';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/feeds/${name}`, import.meta.url), 'utf8');

describe('feed parsing and article extraction in a service-worker-like context', () => {
  it('runs with no document, window, DOMParser, Buffer, process or require', async () => {
    const out = await build({
      stdin: {
        contents: `export { parseFeed } from './lib/feeds/parse.ts'; export { extractArticle } from './lib/feeds/article.ts';`,
        resolveDir: new URL('../../../', import.meta.url).pathname,
        loader: 'ts',
      },
      bundle: true,
      write: false,
      format: 'iife',
      globalName: 'CX',
      platform: 'browser',
      logLevel: 'silent',
    });
    const workerGlobals = { atob, btoa, URL, TextDecoder, TextEncoder, setTimeout, clearTimeout, AbortController, queueMicrotask, console };
    const ctx = vm.createContext({ ...workerGlobals, input: { rss: fixture('rss2-front.xml'), page: fixture('articles/pokrovsk-line.html') } });
    vm.runInContext(out.outputFiles[0].text, ctx);
    const result = vm.runInContext(
      `({
        absent: [typeof document, typeof window, typeof DOMParser, typeof Buffer, typeof process, typeof require],
        feed: CX.parseFeed(input.rss, 'https://news.example.org/feed.xml'),
        article: CX.extractArticle(input.page, 'https://news.example.org/2024/11/pokrovsk-line'),
      })`,
      ctx,
    );
    expect(result.absent).toEqual(Array(6).fill('undefined'));
    expect(result.feed.ok).toBe(true);
    expect(result.feed.feed.items.map((i: { title: string }) => i.title)[0]).toBe('Fighting near Pokrovsk: brigade holds the line');
    expect(result.article.title).toBe('Fighting near Pokrovsk: brigade holds the line');
    expect(result.article.text).toContain('The battalion counted 37 Russian soldiers killed');
    expect(result.article).toMatchObject({ outlet: 'Front Line Notes', lang: 'en', published: '2024-11-12' });
  });
});
