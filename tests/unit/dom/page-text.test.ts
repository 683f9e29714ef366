// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { findMainRoot, readPageMeta, readPageText } from '../../../lib/dom/page-text';
import { rangeFor } from '../../../lib/dom/text-range';

function page(body: string, head = ''): Document {
  document.head.innerHTML = head;
  document.body.innerHTML = body;
  return document;
}

const filler = 'The brigade held the line through the night while shelling continued. '.repeat(4);

describe('readPageText', () => {
  test.each([
    ['inline markup joins words', '<p>The <b>47th</b> Mechanized <i>Brigade</i></p>', 'The 47th Mechanized Brigade'],
    ['whitespace collapses across nodes', '<p>  about\n\t 300 <span> troops </span>  killed </p>', 'about 300 troops killed'],
    ['entities are decoded', '<p>Ukraine&rsquo;s 1&nbsp;200 &amp; more</p>', 'Ukraine’s 1\u00a0200 & more'],
    ['blocks become blank lines', '<h1>Title</h1><p>One.</p><ul><li>a</li><li>b</li></ul>', 'Title\n\nOne.\n\na\n\nb'],
    ['<br> breaks a block', '<p>first line<br>second line</p>', 'first line\n\nsecond line'],
    ['hidden elements are skipped', '<p>seen <span hidden>secret</span><span style="display:none">gone</span><span aria-hidden="true">icon</span>text</p>', 'seen text'],
    ['scripts, styles, forms and our own cx- elements are skipped', '<p>a<script>x=1</script><style>p{}</style> b</p><form><p>sign up</p></form><cx-card>card</cx-card><div data-cx>ui</div><p>c</p>', 'a b\n\nc'],
    ['empty blocks leave no separators', '<p> </p><div><p>x</p></div><p></p><p>y</p>', 'x\n\ny'],
  ])('%s', (_name, html, text) => {
    const pt = readPageText(page(html), document.body);
    expect(pt.text).toBe(text);
  });

  test('blocks list each non-empty paragraph exactly', () => {
    const pt = readPageText(page('<h1>Head</h1><p>First <b>para</b>.</p><p>Second.</p>'), document.body);
    expect(pt.blocks.map((b) => pt.text.slice(b.start, b.end))).toEqual(['Head', 'First para.', 'Second.']);
  });

  test('every segment maps its text onto the Text node it came from', () => {
    const pt = readPageText(page('<p>The <b>47th  Mechanized</b> Brigade &amp; the <i>3rd</i>\nAssault</p>'), document.body);
    for (const s of pt.segments) {
      const fromText = pt.text.slice(s.start, s.end).replace(/ /g, ' ');
      const fromNode = s.node.data.slice(s.nodeStart, s.nodeStart + (s.end - s.start)).replace(/\s/g, ' ');
      expect(fromNode).toBe(fromText);
    }
  });
});

describe('findMainRoot', () => {
  test('prefers the article body over the page chrome', () => {
    page(`<nav>${filler}</nav><article><p>${filler}</p></article><aside>${filler}${filler}</aside>`);
    expect(findMainRoot(document).tagName).toBe('ARTICLE');
  });

  test('itemprop=articleBody wins over a wider article', () => {
    page(`<article><h1>T</h1><div itemprop="articleBody"><p>${filler}</p></div><div>${filler}</div></article>`);
    expect(findMainRoot(document).getAttribute('itemprop')).toBe('articleBody');
  });

  test('without markup, the element holding the most paragraph text', () => {
    page(`<div id="menu"><p>Home</p><p>World</p></div><div id="story"><p>${filler}</p><p>${filler}</p></div>`);
    expect(findMainRoot(document).id).toBe('story');
  });

  test('a short page falls back to the body', () => {
    page('<p>Just a line.</p>');
    expect(findMainRoot(document)).toBe(document.body);
  });

  test('the story is read without navigation, sidebar and footer', () => {
    page(`<header><nav>Home World</nav></header><main><p>${filler}</p><aside>Most read</aside></main><footer>© News</footer>`);
    const pt = readPageText(document);
    expect(pt.text).toBe(filler.trim());
  });
});

describe('rangeFor', () => {
  test.each([
    ['a unit in the middle of <b>', '<p>Soldiers of the <b>47th Mechanized Brigade</b> said</p>', '47th Mechanized'],
    ['across element boundaries', '<p>The <b>47th</b> Mechanized <i>Brigade</i> held</p>', '47th Mechanized Brigade'],
    ['after an entity', '<p>Ukraine&rsquo;s 1,200 troops</p>', '1,200 troops'],
    ['after collapsed whitespace', '<p>about   \n  300\n\n troops</p>', '300 troops'],
    ['in a later block', '<h1>Title</h1><p>first</p><p>then 14 assaults</p>', '14 assaults'],
  ])('%s', (_name, html, needle) => {
    const pt = readPageText(page(html), document.body);
    const start = pt.text.indexOf(needle);
    expect(start).toBeGreaterThanOrEqual(0);
    const range = rangeFor(pt, start, start + needle.length)!;
    expect(range).not.toBeNull();
    expect(range.toString().replace(/\s+/g, ' ')).toBe(needle);
  });

  test('a range over a block boundary spans both blocks', () => {
    const pt = readPageText(page('<p>alpha beta</p><p>gamma delta</p>'), document.body);
    const range = rangeFor(pt, pt.text.indexOf('beta'), pt.text.indexOf('gamma') + 5)!;
    expect(range.toString()).toBe('betagamma');
  });

  test('offsets outside the text or empty are refused', () => {
    const pt = readPageText(page('<p>short</p>'), document.body);
    expect(rangeFor(pt, -1, 2)).toBeNull();
    expect(rangeFor(pt, 2, 2)).toBeNull();
    expect(rangeFor(pt, 0, 99)).toBeNull();
  });

  test('a node removed from the page since reading gives no range', () => {
    const pt = readPageText(page('<p>keep</p><p id="gone">removed text</p>'), document.body);
    document.getElementById('gone')!.remove();
    const start = pt.text.indexOf('removed');
    expect(rangeFor(pt, start, start + 7)).toBeNull();
  });
});

describe('readPageMeta', () => {
  test('title, date from article:published_time and lang', () => {
    page('<p>x</p>', '<title>Doc title</title><meta property="og:title" content="Story title"><meta property="article:published_time" content="2025-03-14T09:00:00Z">');
    document.documentElement.setAttribute('lang', 'en');
    const meta = readPageMeta(document);
    expect(meta).toMatchObject({ title: 'Story title', published: '2025-03-14', lang: 'en' });
  });

  test('date from JSON-LD, nested in @graph', () => {
    page('<p>x</p>', '<title>T</title><script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2025-08-06T10:00:00+03:00"}]}</script>');
    document.documentElement.removeAttribute('lang');
    const meta = readPageMeta(document);
    expect(meta.published).toBe('2025-08-06');
    expect(meta.lang).toBeUndefined();
  });

  test('broken JSON-LD is ignored', () => {
    page('<p>x</p>', '<title>T</title><script type="application/ld+json">{"datePublished": </script>');
    expect(readPageMeta(document).published).toBeUndefined();
  });
});
