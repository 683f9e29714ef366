// The main text of an HTML page without a browser DOM, shared by the CLI (`crosscheck analyze
// page.html`) and the background's feed reader: linkedom builds a DOM in plain JavaScript (it
// runs in an MV3 service worker as well as in Node), @mozilla/readability picks the article, and
// the text is the title, a blank line, then the article's blocks separated by blank lines.
// When Readability finds nothing (or gives up on a huge page) the page's own body text is used.

import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { htmlMeta, type HtmlMeta } from './meta';

const BLOCK = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'UL', 'OL', 'BLOCKQUOTE',
  'PRE', 'TABLE', 'TR', 'FIGURE', 'FIGCAPTION', 'HEADER', 'FOOTER', 'DL', 'DT', 'DD', 'BR', 'HR',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME']);

/** The little of a DOM node the walk reads (linkedom's and a browser's nodes both have it). */
export interface MiniNode {
  nodeType: number;
  nodeValue: string | null;
  firstChild: MiniNode | null;
  nextSibling: MiniNode | null;
  tagName?: string;
}

/** Text of a DOM subtree with blank lines between blocks and single spaces inside them. */
export function blockText(root: MiniNode): string {
  const blocks: string[] = [];
  let current = '';
  const flush = () => {
    const t = current.replace(/\s+/g, ' ').trim();
    if (t) blocks.push(t);
    current = '';
  };
  const walk = (node: MiniNode, depth: number) => {
    if (depth > 200) return; // hostile nesting: the text deeper down is not worth a stack overflow
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) current += child.nodeValue ?? '';
      else if (child.nodeType === 1) {
        const tag = (child.tagName ?? '').toUpperCase();
        if (SKIP.has(tag)) continue;
        const block = BLOCK.has(tag);
        if (block) flush();
        walk(child, depth + 1);
        if (block) flush();
      }
    }
  };
  walk(root, 0);
  flush();
  return blocks.join('\n\n');
}

export interface ReadableOptions {
  /** Elements Readability may look at before giving up (then the body text is used). */
  maxElements?: number;
}

export interface Readable {
  meta: HtmlMeta;
  title: string;
  /** Title, blank line, blocks; empty when the page has no readable text. */
  text: string;
}

/** Reads an HTML page's article. Throws only when linkedom cannot parse the markup at all. */
export function readableHtml(html: string, options: ReadableOptions = {}): Readable {
  const meta = htmlMeta(html);
  let title = meta.title ?? '';
  let body = '';
  const { document } = parseHTML(html);
  let parsed: ReturnType<Readability['parse']> = null;
  try {
    const readOptions = { charThreshold: 200, ...(options.maxElements ? { maxElemsToParse: options.maxElements } : {}) };
    parsed = new Readability(document as unknown as Document, readOptions).parse();
  } catch {
    parsed = null; // too many elements, or markup Readability trips on: the body text below
  }
  if (parsed?.content) {
    const { document: inner } = parseHTML(`<!doctype html><html><body>${parsed.content}</body></html>`);
    body = blockText(inner.body as unknown as MiniNode);
    title = parsed.title?.trim() || title;
  }
  if (!body) {
    // Readability changes the document it reads: parse again for the page's own text.
    const { document: again } = parseHTML(html);
    if (again.body) body = blockText(again.body as unknown as MiniNode);
  }
  title = title.replace(/\s+/g, ' ').trim();
  if (!body.trim()) return { meta, title, text: '' };
  return { meta, title, text: title && !body.startsWith(title) ? `${title}\n\n${body}` : body };
}
