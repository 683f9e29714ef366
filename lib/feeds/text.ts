// Markup-to-text helpers for feed fields (titles, summaries), without a DOM: a feed's title or
// description may be plain text, entity-escaped HTML, CDATA-wrapped HTML or inline XHTML. All
// scanning is linear (no nested quantifiers), so hostile input cannot stall the worker.

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', hellip: '…', laquo: '«', raquo: '»',
  copy: '©', reg: '®', trade: '™', deg: '°', middot: '·', bull: '•', eacute: 'é', egrave: 'è',
  aacute: 'á', agrave: 'à', oacute: 'ó', uacute: 'ú', iacute: 'í', ccedil: 'ç', uuml: 'ü',
  ouml: 'ö', auml: 'ä', szlig: 'ß', euro: '€', pound: '£', times: '×', minus: '−', shy: '',
  zwnj: '', zwj: '', thinsp: ' ', ensp: ' ', emsp: ' ',
};

function codePoint(n: number): string {
  if (!Number.isFinite(n) || n <= 0 || n > 0x10ffff || (n >= 0xd800 && n <= 0xdfff)) return '\ufffd';
  return String.fromCodePoint(n);
}

/** Decodes numeric references and the common named HTML entities; unknown names stay as they are. */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#[xX][0-9a-fA-F]{1,6}|#\d{1,7}|[a-zA-Z][a-zA-Z0-9]{1,31});/g, (whole, body: string) => {
    if (body[0] === '#') return codePoint(body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : Number(body.slice(1)));
    return NAMED[body] ?? NAMED[body.toLowerCase()] ?? whole;
  });
}

const BLOCK_TAG = /^(p|div|br|li|ul|ol|h[1-6]|blockquote|tr|table|section|article|figure|figcaption|hr|pre|dd|dt)$/i;

/** HTML (or XHTML) fragment to plain text: drops scripts, styles and comments, blocks become spaces. */
export function htmlToText(html: string): string {
  let out = '';
  let i = 0;
  const n = html.length;
  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      out += html.slice(i);
      break;
    }
    out += html.slice(i, lt);
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end < 0 ? n : end + 3;
      continue;
    }
    const gt = html.indexOf('>', lt + 1);
    if (gt < 0) {
      // A lone '<' (as in "distance < 5 km"): keep it as text.
      out += html.slice(lt);
      break;
    }
    const m = /^<\/?([a-zA-Z][a-zA-Z0-9:-]*)/.exec(html.slice(lt, Math.min(gt + 1, lt + 64)));
    if (!m) {
      out += '<';
      i = lt + 1;
      continue;
    }
    const name = m[1].toLowerCase();
    const closing = html[lt + 1] === '/';
    if (!closing && (name === 'script' || name === 'style')) {
      const end = html.toLowerCase().indexOf(`</${name}`, gt + 1);
      const close = end < 0 ? -1 : html.indexOf('>', end);
      i = close < 0 ? n : close + 1;
      continue;
    }
    if (BLOCK_TAG.test(name)) out += ' ';
    i = gt + 1;
  }
  return decodeEntities(out).replace(/\s+/g, ' ').trim();
}

/**
 * Text of a raw XML element body as fast-xml-parser hands it over for a stop node: CDATA
 * sections are literal, everything else is XML-escaped once. The result is then read as HTML,
 * since feeds put escaped or CDATA-wrapped HTML in titles and descriptions.
 */
export function xmlFieldText(raw: string): string {
  let html = '';
  let i = 0;
  while (i < raw.length) {
    const start = raw.indexOf('<![CDATA[', i);
    if (start < 0) {
      html += decodeXml(raw.slice(i));
      break;
    }
    html += decodeXml(raw.slice(i, start));
    const end = raw.indexOf(']]>', start + 9);
    if (end < 0) {
      html += raw.slice(start + 9);
      break;
    }
    html += raw.slice(start + 9, end);
    i = end + 3;
  }
  return htmlToText(html);
}

/** One level of XML escapes; named HTML entities (&nbsp;) are left for the HTML pass. */
function decodeXml(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(amp|lt|gt|quot|apos|#\d{1,7}|#[xX][0-9a-fA-F]{1,6});/g, (_, b: string) => {
    if (b === 'amp') return '&';
    if (b === 'lt') return '<';
    if (b === 'gt') return '>';
    if (b === 'quot') return '"';
    if (b === 'apos') return "'";
    return codePoint(b[1] === 'x' || b[1] === 'X' ? parseInt(b.slice(2), 16) : Number(b.slice(1)));
  });
}
